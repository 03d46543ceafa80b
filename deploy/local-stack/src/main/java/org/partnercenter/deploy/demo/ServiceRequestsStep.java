package org.partnercenter.deploy.demo;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Service requests as partners' helpdesks open them: Contoso's helpdesk agent one about billing (escalated to
 * the operator's support, then followed by a note) and one about one of its customers' usage; Fabrikam's admin
 * agent a critical one about signing in. Resellers have none: they use their provider's solution.
 */
final class ServiceRequestsStep implements DemoStep {

    private static final String BILLING = "32444601";
    private static final String USAGE = "32444605";
    private static final String SIGN_IN = "32444606";
    private static final Duration CUSTOMER_KNOWN_TIMEOUT = Duration.ofSeconds(30);

    @Override
    public String name() {
        return "service requests";
    }

    /** support-service answers through the gateway: the direct partner can list its (still empty) requests. */
    @Override
    public boolean available(DemoContext demo) throws IOException, InterruptedException {
        return demo.gateway().status("/v1/servicerequests?size=1", demo.globalAdminToken(demo.partner("contoso")))
                == 200;
    }

    @Override
    public String load(DemoContext demo) throws IOException, InterruptedException {
        DemoPartner contoso = demo.partner("contoso");
        String hana = demo.tokenOfUserWith(contoso, "helpdesk_agent");
        String title = "Invoice total does not match its line items";
        String invoice = open(demo, hana, title, "The last invoice is 12.40 USD higher than the sum of its line "
                + "items in the reconciliation file.", "moderate", BILLING, null);
        demo.gateway().post("/v1/servicerequests/" + invoice + "/escalate", hana,
                Map.of("reason", "Our billing team cannot explain the difference"));
        String note = "The difference first appeared on the invoice after the Litware Inc order.";
        demo.gateway().patch("/v1/servicerequests/" + invoice, hana, Map.of("NewNote", Map.of("Text", note)));
        contoso.addServiceRequest(new DemoServiceRequest(invoice, title, "moderate", null, true, List.of(note)));

        DemoCustomer litware = customer(contoso, "Litware Inc");
        awaitKnownToSupport(demo, litware, hana);
        title = "Storage usage missing for two days";
        String usage = open(demo, hana, title, "Daily utilization of the Azure plan shows no storage usage for two "
                + "days in a row.", "minimal", USAGE, litware.id());
        contoso.addServiceRequest(new DemoServiceRequest(usage, title, "minimal", litware.id(), false, List.of()));

        DemoPartner fabrikam = demo.partner("fabrikam");
        title = "App-only tokens refused since this morning";
        String signIn = open(demo, demo.tokenOfUserWith(fabrikam, "admin_agent"), title, "Every call of our "
                + "provisioning application answers 401 since 07:00 UTC; user sign-ins work.", "critical", SIGN_IN,
                null);
        fabrikam.addServiceRequest(new DemoServiceRequest(signIn, title, "critical", null, false, List.of()));
        return "3 service requests (Contoso 2, one of them escalated; Fabrikam 1)";
    }

    /** Opens the request and answers its id. */
    private static String open(DemoContext demo, String token, String title, String description, String severity,
            String topicId, String customerId) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Title", title);
        body.put("Description", description);
        body.put("Severity", severity);
        body.put("SupportTopicId", topicId);
        if (customerId != null) {
            body.put("CustomerId", customerId);
        }
        return demo.gateway().post("/v1/servicerequests/en-US", token, body).path("id").asText();
    }

    private static DemoCustomer customer(DemoPartner partner, String companyName) {
        return partner.customers().stream().filter(c -> c.companyName().equals(companyName)).findFirst()
                .orElseThrow(() -> new DemoFailure(partner.name() + " has no customer " + companyName));
    }

    /** support-service learns customers from the customers topic, a moment after customer-service made them. */
    private static void awaitKnownToSupport(DemoContext demo, DemoCustomer customer, String token)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + CUSTOMER_KNOWN_TIMEOUT.toNanos();
        while (demo.gateway().status("/v1/customers/" + customer.id() + "/servicerequests", token) != 200) {
            if (System.nanoTime() > deadline) {
                throw new DemoFailure("support-service did not learn customer " + customer.companyName()
                        + " from the customers topic within " + CUSTOMER_KNOWN_TIMEOUT.toSeconds() + " s: see its log");
            }
            Thread.sleep(200);
        }
    }
}
