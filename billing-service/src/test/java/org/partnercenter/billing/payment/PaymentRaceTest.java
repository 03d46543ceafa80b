package org.partnercenter.billing.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.invoice.InvoiceBuilder.invoice;
import static org.partnercenter.billing.lineitem.BillingCallers.caller;
import static org.partnercenter.billing.payment.PaymentCalls.events;
import static org.partnercenter.billing.payment.PaymentCalls.payment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.lineitem.BillingRows;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.Race;

/** Payments of one invoice recorded at the same moment take turns: the balance is paid once, the rest credited. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class PaymentRaceTest {

    private static final int ROUNDS = 5;

    private final UUID partner = BillingRows.partner(PartnerType.DIRECT, "Racing", "6", null);

    @Test
    void shouldCreditOnlyWhatIsBeyondTheBalanceAndAnnouncePaidOnceWhenTwoPaymentsOfOneInvoiceRace() {
        for (int round = 0; round < ROUNDS; round++) {
            // given an invoice of 121.00
            String id = invoice(partner, YearMonth.of(2048, 1 + round)).currency("USD").insert().id;
            Callable<Integer> pay = () -> PaymentCalls.record(payment(id, "70", "USD")).statusCode();

            // when two payments of 70.00 are recorded at once
            List<Integer> answers = Race.atOnce(List.of(pay, pay));

            // then both are recorded, the invoice is paid once, and 19.00 of them is the partner's credit
            assertThat(answers).containsExactly(201, 201);
            assertThat(PaymentCalls.invoice(caller(partner, PartnerType.DIRECT, Roles.GLOBAL_ADMIN), id))
                    .containsEntry("paidAmount", "140").containsEntry("balanceAmount", "0");
            assertThat(events("invoice.paid", id)).isOne();
            assertThat(credit()).isEqualByComparingTo(new BigDecimal("19").multiply(BigDecimal.valueOf(round + 1)));
        }
    }

    private BigDecimal credit() {
        return QuarkusTransaction.requiringNew().call(() -> {
            PartnerCredit credit = PartnerCredit.findById(new PartnerCredit.Key(partner, "USD"));
            return credit == null ? BigDecimal.ZERO : credit.amount;
        });
    }
}
