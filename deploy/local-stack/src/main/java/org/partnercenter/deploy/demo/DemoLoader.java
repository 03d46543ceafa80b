package org.partnercenter.deploy.demo;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.partnercenter.deploy.report.Console;

/**
 * Loads the demo data into a stack that is up, through the gateway's public API only and with tokens
 * from the identity provider, as a partner integration would: partners of each type, their users and
 * roles, a price list and exchange rates, customers with an Azure plan, a month of usage, the previous month's
 * invoices, and service requests.
 */
public final class DemoLoader {

    /** In order: each step builds on what the earlier ones made. A new service's demo is one more step here. */
    static final List<DemoStep> STEPS = List.of(
            new PartnersStep(),
            new PartnerUsersStep(),
            new PriceListStep(),
            new CustomersStep(),
            new UsageStep(),
            new InvoicesStep(),
            new PaymentsStep(),
            new ServiceRequestsStep());

    private final String gatewayUrl;
    private final String authority;
    private final String audience;
    private final Clock clock;

    /** @param authority the identity provider's root, as the stack's analogue of login.microsoftonline.com */
    public DemoLoader(String gatewayUrl, String authority, String audience, Clock clock) {
        this.gatewayUrl = gatewayUrl;
        this.authority = authority;
        this.audience = audience;
        this.clock = clock;
    }

    /**
     * Runs every step as the operator's admin (a user of the operator's tenant with operator_admin) and
     * returns the partners made; quantities and choices depend only on {@code seed}.
     */
    public List<DemoPartner> load(String operatorTenantId, String operatorUserPrincipalName, String operatorPassword,
            long seed) throws IOException, InterruptedException {
        // Only signs in: the gateway knows the operator's admin by the object id the launcher gave it.
        DemoUser operator = new DemoUser(operatorTenantId, null, operatorUserPrincipalName, operatorPassword,
                List.of("operator_admin"), null);
        DemoContext demo = new DemoContext(new GatewayClient(gatewayUrl), new Accounts(authority, audience), operator,
                new Random(seed), clock);
        for (DemoStep step : STEPS) {
            long begin = System.nanoTime();
            if (!step.available(demo)) {
                Console.line("demo data: " + step.name() + " skipped, the service behind it does not answer yet");
                continue;
            }
            String made = step.load(demo);
            Console.line("demo data: " + made + " (" + Console.seconds(Duration.ofNanos(System.nanoTime() - begin))
                    + ")");
        }
        return demo.partners();
    }
}
