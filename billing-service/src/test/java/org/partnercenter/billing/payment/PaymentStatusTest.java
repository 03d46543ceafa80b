package org.partnercenter.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.invoice.InvoiceBuilder.invoice;
import static org.partnercenter.billing.lineitem.BillingCallers.as;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;
import static org.partnercenter.billing.payment.PaymentCalls.events;
import static org.partnercenter.billing.payment.PaymentCalls.recorded;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.lineitem.BillingRows;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.AdjustableClock;
import org.partnercenter.testing.PostgresAndKafka;

/**
 * An invoice's payment status as its payments and the clock move it, through the API, and the events each change
 * writes. Invoices of May 2017: issued 1 June, due 1 July; the clock starts on 10 June. A clock in the past: the
 * outbox relay purges the events it sent a week before the clock, and these tests read them.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class PaymentStatusTest {

    private static final YearMonth MAY = YearMonth.of(2017, 5);
    private static final Instant BEFORE_DUE = Instant.parse("2017-06-10T12:00:00Z");
    private static final Instant AFTER_DUE = Instant.parse("2017-07-01T00:00:01Z");

    @Inject
    AdjustableClock clock;

    @Inject
    OverdueCheck overdueCheck;

    private final UUID partner = BillingRows.partner(PartnerType.DIRECT, "Fabrikam", "4711", null);
    private final Caller billingAdmin = caller(partner, PartnerType.DIRECT, Roles.BILLING_ADMIN);

    @BeforeEach
    void beforeItIsDue() {
        clock.set(BEFORE_DUE);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void shouldGoFromPartiallyPaidToPaidAnnouncingPaidOnceWhenAPartialPaymentIsFollowedByTheRest() {
        // given an unpaid invoice of 121.00 USD
        String id = invoice(partner, MAY).currency("USD").insert().id;
        assertThat(PaymentCalls.invoice(billingAdmin, id)).containsEntry("paymentStatus", "unpaid")
                .containsEntry("balanceAmount", "121");

        // when the operator records 21.00, then the remaining 100.00
        Map<String, Object> first = recorded(id, "21.00", "USD");
        Map<String, Object> afterFirst = PaymentCalls.invoice(billingAdmin, id);
        Map<String, Object> second = recorded(id, "100", "USD");

        // then the invoice was partially paid, and is paid
        assertThat(afterFirst).containsEntry("paymentStatus", "partially_paid").containsEntry("paidAmount", "21")
                .containsEntry("balanceAmount", "100");
        Map<String, Object> afterSecond = PaymentCalls.invoice(billingAdmin, id);
        assertThat(afterSecond).containsEntry("paymentStatus", "paid").containsEntry("paidAmount", "121")
                .containsEntry("balanceAmount", "0");
        // and each payment reads back as recorded, the second defaulting to today by the clock
        assertThat(first).containsEntry("invoiceId", id).containsEntry("partnerTenantId", partner.toString())
                .containsEntry("currencyCode", "USD").containsEntry("paymentDate", "2017-06-10T00:00:00Z")
                .containsEntry("recordedDateTime", "2017-06-10T12:00:00Z")
                .containsEntry("attributes", Map.of("objectType", "Payment"));
        assertThat(as(billingAdmin).get(PaymentCalls.PAYMENTS + "?invoiceId=" + id).then().statusCode(200).extract()
                .jsonPath().getList("items.id")).containsExactly(first.get("id"), second.get("id"));
        // and each payment was announced, the invoice paid once
        assertThat(events("payment.recorded", (String) first.get("id"))).isOne();
        assertThat(events("payment.recorded", (String) second.get("id"))).isOne();
        assertThat(events("invoice.paid", id)).isOne();
        // and a payment beyond a paid invoice is the partner's credit, the invoice paid still once
        recorded(id, "5", "USD");
        assertThat(events("invoice.paid", id)).isOne();
        assertThat(PaymentCalls.invoice(billingAdmin, id)).containsEntry("paymentStatus", "paid")
                .containsEntry("paidAmount", "126").containsEntry("balanceAmount", "0");
    }

    @Test
    void shouldReadOverdueAndAnnounceItOnceWhenTheClockPassesTheDueDateOfAnInvoiceNotFullyPaid() {
        // given an invoice partly paid, and another paid in full
        String partlyPaid = invoice(partner, MAY).currency("USD").insert().id;
        String paid = invoice(partner, MAY).currency("EUR").insert().id;
        recorded(partlyPaid, "21", "USD");
        recorded(paid, "121", "EUR");
        overdueCheck.run();
        assertThat(events("invoice.overdue", partlyPaid)).isZero();

        // when the clock passes their due date and the check runs twice
        clock.set(AFTER_DUE);
        overdueCheck.run();
        overdueCheck.run();

        // then the partly paid one reads overdue and was announced once; the paid one neither
        assertThat(PaymentCalls.invoice(billingAdmin, partlyPaid)).containsEntry("paymentStatus", "overdue")
                .containsEntry("balanceAmount", "100");
        assertThat(events("invoice.overdue", partlyPaid)).isOne();
        assertThat(PaymentCalls.invoice(billingAdmin, paid)).containsEntry("paymentStatus", "paid");
        assertThat(events("invoice.overdue", paid)).isZero();
        // and the list says the same
        List<Map<String, Object>> listed = as(billingAdmin).get("/v1/invoices").then().statusCode(200).extract()
                .jsonPath().getList("items");
        assertThat(listed).filteredOn(item -> item.get("id").equals(partlyPaid))
                .extracting(item -> item.get("paymentStatus")).containsExactly("overdue");
        // and once paid it is paid, not overdue
        recorded(partlyPaid, "100", "USD");
        assertThat(PaymentCalls.invoice(billingAdmin, partlyPaid)).containsEntry("paymentStatus", "paid");
        assertThat(events("invoice.paid", partlyPaid)).isOne();
    }
}
