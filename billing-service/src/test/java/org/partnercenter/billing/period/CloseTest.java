package org.partnercenter.billing.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.support.Publish.customer;
import static org.partnercenter.billing.support.Publish.meter;
import static org.partnercenter.billing.support.Publish.partnerIn;
import static org.partnercenter.billing.support.Publish.priceChunk;
import static org.partnercenter.billing.support.Publish.record;
import static org.partnercenter.billing.support.Publish.subscription;
import static org.partnercenter.billing.support.Publish.usage;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.invoice.Invoice;
import org.partnercenter.billing.lineitem.UsageLineItem;
import org.partnercenter.billing.support.Closes;
import org.partnercenter.billing.support.Publish;
import org.partnercenter.billing.support.RatedLines;
import org.partnercenter.testing.AdjustableClock;
import org.partnercenter.testing.PostgresAndKafka;

/**
 * A partner's months closed and invoiced, through the topics and the API, every line of every invoice asserted. The
 * clock is frozen in December 2011 (a close takes ended months only; invoice dates are exact); each test has a
 * partner, a meter and months of 2011 of its own.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class CloseTest {

    /** Every test's months are over by then, and no other test class prices usage of 2011. */
    private static final Instant NOW = Instant.parse("2011-12-05T10:15:30.123456Z");

    @Inject
    AdjustableClock clock;

    private final UUID partner = UUID.randomUUID();
    private final UUID customer = UUID.randomUUID();
    private final UUID subscription = UUID.randomUUID();
    private final String meterId = UUID.randomUUID().toString();
    private final Instant now = NOW;
    // A test's two months: its price-list version is effective from the first's start, so the tests' months never
    // overlap (a later version of another test would be in force for them, without this test's meter).
    private BillingPeriod first;
    private BillingPeriod last;

    @BeforeEach
    void freezeTheClock() {
        clock.set(NOW);
    }

    private void months(int firstMonth) {
        first = new BillingPeriod(YearMonth.of(2011, firstMonth));
        last = first.next();
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void shouldIssueOneInvoiceWithEveryLineAndTheCountrysTaxWhenAMonthIsClosedRightAfterItsUsageWasSent() {
        months(1);
        // given a French partner (20 % tax in the test profile) in USD, its meter at 1.50 an hour, and usage of the
        // month and of the next, sent just before the close (not awaited: the close catches up)
        known("FR");
        price("0", new String[] {"0"}, new String[] {"1.50"});
        Publish.usage(customer, usage(customer, partner, null, List.of(
                record("r1", subscription, meterId, "10", at(first, 3, 8), "/vm/a"),
                record("r2", subscription, meterId, "5", at(first, 3, 9), "/vm/b"),
                record("r3", subscription, meterId, "4", at(first, 10, 8), "/vm/a"),
                record("r4", subscription, meterId, "7", at(last, 2, 8), "/vm/a"))));

        // when the operator closes the first month for it
        Map<String, Object> operation = Closes.close(first.id(), partner);

        // then the operation succeeded, pointing at the month's invoices
        assertThat(operation).containsEntry("status", "succeeded")
                .containsEntry("resourceLocation", "/invoices?period=" + first.id());
        List<Invoice> invoices = Closes.invoices(partner);
        assertThat(invoices).hasSize(1);
        Invoice invoice = invoices.get(0);
        assertThat(invoice.id).matches("G\\d{9}");
        assertThat(invoice.period).isEqualTo(first.id());
        assertThat(invoice.currencyCode).isEqualTo("USD");
        assertThat(invoice.invoiceDate).isEqualTo(now);
        assertThat(invoice.dueDate).isEqualTo(now.plus(Duration.ofDays(30)));
        assertThat(invoice.billingPeriodStart).isEqualTo(first.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(invoice.billingPeriodEnd).isEqualTo(first.lastDay().atStartOfDay(ZoneOffset.UTC).toInstant());
        // 19 hours at 1.50 = 28.50; 20 % tax = 5.70
        assertThat(invoice.subTotal).isEqualByComparingTo("28.50");
        assertThat(invoice.taxRate).isEqualByComparingTo("0.20");
        assertThat(invoice.taxTotal).isEqualByComparingTo("5.70");
        assertThat(invoice.totalCharges).isEqualByComparingTo("34.20");
        assertThat(invoice.paidAmount).isEqualByComparingTo("0");
        assertThat(invoice.lineItemCount).isEqualTo(3);
        assertThat(invoice.usageRecordCount).isEqualTo(3);
        assertThat(Closes.lines(invoice.id)).extracting(CloseTest::line).containsExactly(
                first.firstDay().plusDays(2) + " /vm/a 10 15.00",
                first.firstDay().plusDays(2) + " /vm/b 5 7.50",
                first.firstDay().plusDays(9) + " /vm/a 4 6.00");
        // and each record of the month is on it, the next month's still unbilled
        assertThat(Closes.recordInvoices(customer)).isEqualTo(Map.of("r1", invoice.id, "r2", invoice.id,
                "r3", invoice.id, "r4", "null"));
        RatedLines.awaitLines(subscription, lines -> assertThat(lines).filteredOn(line -> line.period()
                .equals(last.id())).hasSize(1));
    }

    @Test
    void shouldBillLateUsageOnTheNextInvoiceWithItsOwnDateAndPeriodTiersWhenItArrivesAfterTheClose() {
        months(3);
        // given a month closed with 10 hours at 1.00 (the first 10 of a month cost 1.00, the rest 0.50)
        known("US");
        price("0", new String[] {"0", "10"}, new String[] {"1.00", "0.50"});
        Publish.usage(customer, usage(customer, partner, null, List.of(
                record("r1", subscription, meterId, "10", at(first, 5, 8), "/vm/a"))));
        assertThat(Closes.close(first.id(), partner)).containsEntry("status", "succeeded");
        Invoice billed = Closes.invoices(partner).get(0);
        assertThat(billed.subTotal).isEqualByComparingTo("10.00");

        // when 5 hours of that month arrive late, dated before the billed ones, and 2 of the next month
        Publish.usage(customer, usage(customer, partner, null, List.of(
                record("r2", subscription, meterId, "5", at(first, 2, 8), "/vm/a"),
                record("r3", subscription, meterId, "2", at(last, 4, 8), "/vm/a"))));

        // then they are rated within the closed month's tiers: its 15 hours cost 12.50, 2.50 more than billed,
        // which stays unbilled (the 5 late hours at 1.00, and the billed day's 10 now partly at 0.50: -2.50)
        RatedLines.awaitLines(subscription, lines -> assertThat(lines).hasSize(4));
        assertThat(Closes.lines(billed.id)).extracting(CloseTest::line)
                .containsExactly(first.firstDay().plusDays(4) + " /vm/a 10 10.00");

        // and the next close bills them with their own usage dates beside the new month's usage
        assertThat(Closes.close(last.id(), partner)).containsEntry("status", "succeeded");
        List<Invoice> invoices = Closes.invoices(partner);
        assertThat(invoices).hasSize(2);
        Invoice second = invoices.get(1);
        assertThat(second.period).isEqualTo(last.id());
        assertThat(second.subTotal).isEqualByComparingTo("4.50");
        assertThat(Closes.lines(second.id)).extracting(CloseTest::line).containsExactly(
                first.firstDay().plusDays(1) + " /vm/a 5 5.00",
                first.firstDay().plusDays(4) + " /vm/a 0 -2.50",
                last.firstDay().plusDays(3) + " /vm/a 2 2.00");
        // the first invoice never changed
        Invoice firstAgain = Closes.invoices(partner).get(0);
        assertThat(firstAgain.subTotal).isEqualByComparingTo("10.00");
        assertThat(firstAgain.lineItemCount).isEqualTo(1);
        assertThat(Closes.recordInvoices(customer)).isEqualTo(Map.of("r1", billed.id, "r2", second.id,
                "r3", second.id));
    }

    @Test
    void shouldSucceedIssuingNothingNewWhenAPeriodIsClosedTwice() {
        months(5);
        // given a month closed
        known("US");
        price("0", new String[] {"0"}, new String[] {"2.00"});
        Publish.usage(customer, usage(customer, partner, null, List.of(
                record("r1", subscription, meterId, "3", at(first, 7, 8), "/vm/a"))));
        assertThat(Closes.close(first.id(), partner)).containsEntry("status", "succeeded");

        // when it is closed again
        Map<String, Object> again = Closes.close(first.id(), partner);

        // then the operation succeeds and still one invoice exists, with the same line
        assertThat(again).containsEntry("status", "succeeded");
        List<Invoice> invoices = Closes.invoices(partner);
        assertThat(invoices).hasSize(1);
        assertThat(invoices.get(0).subTotal).isEqualByComparingTo("6.00");
        assertThat(Closes.lines(invoices.get(0).id)).hasSize(1);
    }

    /** Publishes the partner, its customer and subscription, and waits for billing to know the partner. */
    private void known(String country) {
        Publish.partners(partnerIn(partner, country, "USD"));
        Publish.customers(customer(customer, partner, null));
        Publish.subscriptions(customer, subscription(subscription, customer, partner, null));
        Closes.awaitPartner(partner);
    }

    private void price(String included, String[] starts, String[] prices) {
        Publish.prices(priceChunk(UUID.randomUUID(), first.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant(), 0, 1,
                List.of(meter(meterId, "Compute Hours", included, starts, prices))));
    }

    private static Instant at(BillingPeriod period, int day, int hour) {
        return LocalDate.of(period.month().getYear(), period.month().getMonth(), day).atTime(hour, 0)
                .toInstant(ZoneOffset.UTC);
    }

    private static String line(UsageLineItem line) {
        return line.usageDate + " " + line.resourceUri + " " + line.quantity.stripTrailingZeros().toPlainString() + " "
                + line.billingPreTaxTotal.toPlainString();
    }
}
