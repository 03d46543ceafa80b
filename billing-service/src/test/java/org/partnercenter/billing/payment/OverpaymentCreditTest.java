package org.partnercenter.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;
import static org.partnercenter.billing.payment.PaymentCalls.events;
import static org.partnercenter.billing.payment.PaymentCalls.recorded;
import static org.partnercenter.billing.support.Publish.record;
import static org.partnercenter.billing.support.Publish.usage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
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
import org.partnercenter.billing.period.BillingPeriod;
import org.partnercenter.billing.support.Closes;
import org.partnercenter.billing.support.Publish;
import org.partnercenter.billing.support.RatingWorld;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.AdjustableClock;
import org.partnercenter.testing.PostgresAndKafka;

/**
 * An overpayment becomes the partner's credit, which its next close consumes into the next invoice's
 * {@code creditApplied}. Real closes of usage sent on the topics; the clock frozen in December 2015, each test with a
 * partner, a meter (at 1.00 an hour, no tax) and two months of 2015 of its own.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class OverpaymentCreditTest {

    private static final Instant NOW = Instant.parse("2015-12-05T10:00:00Z");

    @Inject
    AdjustableClock clock;

    private final RatingWorld world = new RatingWorld();
    private final UUID partner = world.partner;
    private final Caller globalAdmin = caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN);

    @BeforeEach
    void freezeTheClock() {
        clock.set(NOW);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void shouldApplyTheCreditToTheNextInvoiceOnceWhenTheLastOneWasOverpaid() {
        // given a closed month of 10.00, paid with 14.00, and 6 hours of the next month
        BillingPeriod first = months(1, "10", "6");
        String january = Closes.invoices(partner).get(0).id;
        Map<String, Object> payment = recorded(january, "14.00", "USD");
        assertThat(payment).containsEntry("creditedAmount", "4");
        assertThat(PaymentCalls.invoice(globalAdmin, january)).containsEntry("paymentStatus", "paid")
                .containsEntry("balanceAmount", "0").containsEntry("paidAmount", "14");

        // when the next month is closed
        assertThat(Closes.close(first.next().id(), partner)).containsEntry("status", "succeeded");

        // then its invoice consumed the credit of 4.00 in its own field, not as a line, and owes the rest
        List<Invoice> invoices = Closes.invoices(partner);
        assertThat(invoices).hasSize(2);
        Invoice february = invoices.get(1);
        assertThat(february.totalCharges).isEqualByComparingTo("6.00");
        assertThat(february.lineItemCount).isOne();
        assertThat(PaymentCalls.invoice(globalAdmin, february.id)).containsEntry("creditApplied", "4")
                .containsEntry("paidAmount", "0").containsEntry("balanceAmount", "2")
                .containsEntry("paymentStatus", "partially_paid");
        // and closing that month again issues nothing new and applies no credit twice
        assertThat(Closes.close(first.next().id(), partner)).containsEntry("status", "succeeded");
        assertThat(Closes.invoices(partner)).extracting(invoice -> invoice.id).containsExactly(january, february.id);
        assertThat(credit()).isEqualByComparingTo("0");
    }

    @Test
    void shouldPayTheNextInvoiceWholeAndKeepTheRestWhenTheCreditExceedsIt() {
        // given a month of 10.00 paid with 30.00 (a credit of 20.00), and 6 hours of the next month
        BillingPeriod first = months(3, "10", "6");
        recorded(Closes.invoices(partner).get(0).id, "30", "USD");

        // when the next month is closed
        assertThat(Closes.close(first.next().id(), partner)).containsEntry("status", "succeeded");

        // then its invoice is paid by credit at its issue, announced paid, and 14.00 of credit is left
        String next = Closes.invoices(partner).get(1).id;
        assertThat(PaymentCalls.invoice(globalAdmin, next)).containsEntry("creditApplied", "6")
                .containsEntry("balanceAmount", "0").containsEntry("paymentStatus", "paid");
        assertThat(events("invoice.paid", next)).isOne();
        assertThat(credit()).isEqualByComparingTo("14");
    }

    /**
     * Makes the partner known, prices its meter from the first month on, sends {@code firstHours} of usage in the
     * month {@code firstMonth} and {@code nextHours} in the next, and closes the first: the first month.
     */
    private BillingPeriod months(int firstMonth, String firstHours, String nextHours) {
        BillingPeriod first = new BillingPeriod(YearMonth.of(2015, firstMonth));
        world.known("USD");
        Closes.awaitPartner(partner);
        world.flatPrice(first.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant(), "1.00");
        Publish.usage(world.customer, usage(world.customer, partner, null, List.of(
                record("r1", world.subscription, world.meterId, firstHours, at(first, 3), "/vm/a"),
                record("r2", world.subscription, world.meterId, nextHours, at(first.next(), 4), "/vm/a"))));
        assertThat(Closes.close(first.id(), partner)).containsEntry("status", "succeeded");
        return first;
    }

    private BigDecimal credit() {
        return QuarkusTransaction.requiringNew().call(() -> {
            PartnerCredit credit = PartnerCredit.findById(new PartnerCredit.Key(partner, "USD"));
            return credit == null ? BigDecimal.ZERO : credit.amount;
        });
    }

    private static Instant at(BillingPeriod period, int day) {
        return LocalDate.of(period.month().getYear(), period.month().getMonth(), day).atTime(8, 0)
                .toInstant(ZoneOffset.UTC);
    }
}
