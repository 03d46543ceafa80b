package org.partnercenter.billing.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.support.Publish.customer;
import static org.partnercenter.billing.support.Publish.partner;
import static org.partnercenter.billing.support.Publish.record;
import static org.partnercenter.billing.support.Publish.subscription;
import static org.partnercenter.billing.support.Publish.usage;
import static org.partnercenter.events.billing.BillingServiceEvents.INVOICE_ISSUED;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.invoice.Invoice;
import org.partnercenter.billing.support.Closes;
import org.partnercenter.billing.support.Publish;
import org.partnercenter.billing.support.RatingWorld;
import org.partnercenter.testing.AdjustableClock;
import org.partnercenter.testing.EventContract;
import org.partnercenter.testing.PostgresAndKafka;

/**
 * An indirect provider's invoice covers its resellers' customers, those it created for them and those they created
 * themselves: one invoice, every reseller's lines on it.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class IndirectCloseTest {

    /** May 2013, closed in December: no other test prices usage of 2013. */
    private static final BillingPeriod MONTH = new BillingPeriod(YearMonth.of(2013, 5));

    @Inject
    AdjustableClock clock;

    private final RatingWorld world = new RatingWorld();

    @BeforeEach
    void freezeTheClock() {
        clock.set(Instant.parse("2013-12-05T10:00:00Z"));
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void shouldIssueTheProviderOneInvoiceCoveringBothResellersWhenItsMonthIsClosed() {
        // given an indirect provider, two of its resellers with a customer each, and both customers' usage
        UUID provider = world.partner;
        UUID[] resellers = {UUID.randomUUID(), UUID.randomUUID()};
        UUID[] customers = {UUID.randomUUID(), UUID.randomUUID()};
        UUID[] subscriptions = {UUID.randomUUID(), UUID.randomUUID()};
        Publish.partners(partner(provider, "indirect_provider", null, "1000001", "USD"),
                partner(resellers[0], "indirect_reseller", provider, "2000001", "USD"),
                partner(resellers[1], "indirect_reseller", provider, "2000002", "USD"));
        world.flatPrice(MONTH.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant(), "0.10");
        for (int i = 0; i < 2; i++) {
            Publish.customers(customer(customers[i], provider, resellers[i]));
            Publish.subscriptions(customers[i], subscription(subscriptions[i], customers[i], provider, resellers[i]));
            Publish.usage(customers[i], usage(customers[i], provider, resellers[i], List.of(record("u" + i,
                    subscriptions[i], world.meterId, i == 0 ? "7" : "30", MONTH.firstDay().plusDays(2)
                            .atStartOfDay(ZoneOffset.UTC).toInstant(), "/vm"))));
        }
        // and a customer the first reseller created itself, which customer-service names as the reseller's own
        UUID own = UUID.randomUUID();
        UUID ownSubscription = UUID.randomUUID();
        Publish.customers(customer(own, resellers[0], null));
        Publish.subscriptions(own, subscription(ownSubscription, own, resellers[0], null));
        Publish.usage(own, usage(own, resellers[0], null, List.of(record("u-own", ownSubscription, world.meterId,
                "5", MONTH.firstDay().plusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant(), "/vm"))));
        Closes.awaitPartner(provider);

        // when the operator closes the month for the provider
        assertThat(Closes.close(MONTH.id(), provider)).containsEntry("status", "succeeded");

        // then one invoice bills both resellers' customers, each line naming its reseller
        Invoice invoice = Closes.invoices(provider).get(0);
        assertThat(Closes.invoices(provider)).hasSize(1);
        assertThat(invoice.subTotal).isEqualByComparingTo("4.20");
        assertThat(invoice.totalCharges).isEqualByComparingTo("4.20");
        assertThat(Closes.lines(invoice.id)).extracting(line -> line.resellerTenantId + " " + line.customerId + " "
                + line.usageDate + " " + line.billingPreTaxTotal.toPlainString()).containsExactlyInAnyOrder(
                resellers[0] + " " + customers[0] + " " + day(2) + " 0.70",
                resellers[1] + " " + customers[1] + " " + day(2) + " 3.00",
                resellers[0] + " " + own + " " + day(3) + " 0.50");
        // the resellers have no invoices of their own
        assertThat(Closes.invoices(resellers[0])).isEmpty();
        assertThat(Closes.invoices(resellers[1])).isEmpty();
        // and the issue was announced, in the shape of the event's committed sample
        EventContract.assertPublishedAsSample(INVOICE_ISSUED, provider.toString());
    }

    private static LocalDate day(int plusDays) {
        return MONTH.firstDay().plusDays(plusDays);
    }
}
