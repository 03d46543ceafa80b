package org.partnercenter.billing.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.support.Publish.record;
import static org.partnercenter.billing.support.Publish.usage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.support.Closes;
import org.partnercenter.billing.support.Publish;
import org.partnercenter.billing.support.RatedLines;
import org.partnercenter.billing.support.RatingWorld;
import org.partnercenter.testing.AdjustableClock;
import org.partnercenter.testing.PostgresAndKafka;

/**
 * The checks a close makes before it commits, each forced to fail by data that breaks it: the partner's close issues
 * nothing, bills nothing, and its failed operation says why; once mended, the same close goes through.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class CloseInvariantsTest {

    /** Months of 2012, one a test (each prices its own meter from its month's start), closed in December. */
    private static final Instant NOW = Instant.parse("2012-12-05T10:00:00Z");

    @Inject
    EntityManager em;
    @Inject
    AdjustableClock clock;

    private BillingPeriod month;

    @BeforeEach
    void freezeTheClock() {
        clock.set(NOW);
    }

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    private final RatingWorld world = new RatingWorld();

    @Test
    void shouldIssueNothingAndSayWhyWhenAUsageRecordIsAlreadyOnAnotherInvoice() {
        month = new BillingPeriod(YearMonth.of(2012, 2));
        // given a month's usage rated, one record of which the database says is already on another invoice
        rated();
        sql("update usage_record set invoice_number = 'X999999999' where customer_id = ?1 and record_id = 'r2'");

        // when the month is closed, then nothing is issued and the operation says why
        assertFailed(Closes.close(month.id(), world.partner), "a usage record is already on another invoice");

        // and once mended, the close issues the invoice
        sql("update usage_record set invoice_number = null where customer_id = ?1 and record_id = 'r2'");
        assertClosedFor("10.00");
    }

    @Test
    void shouldIssueNothingAndSayWhyWhenRatedUsageHasNoLineItem() {
        month = new BillingPeriod(YearMonth.of(2012, 4));
        // given a month's usage rated, one day's line item of which is lost
        rated();
        sql("delete from usage_line_item where customer_id = ?1 and quantity = 6");

        // when the month is closed, then billed plus unbilled would not be all the rated usage: nothing is issued
        assertFailed(Closes.close(month.id(), world.partner), "rate a quantity of 4, but its rated usage records "
                + "sum to 10");

        // and once the day is rated again, the close issues the invoice
        Publish.usage(world.customer, usage(world.customer, world.partner, null, List.of(record("r3",
                world.subscription, world.meterId, "0", day(8), "/vm/a"))));
        RatedLines.awaitLines(world.subscription, lines -> assertThat(lines).hasSize(2));
        assertClosedFor("10.00");
    }

    /** 4 and 6 hours at 1.00 on two days of the month, rated. */
    private void rated() {
        world.known("USD");
        world.flatPrice(month.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant(), "1.00");
        Publish.usage(world.customer, usage(world.customer, world.partner, null, List.of(
                record("r1", world.subscription, world.meterId, "4", day(7), "/vm/a"),
                record("r2", world.subscription, world.meterId, "6", day(8), "/vm/a"))));
        RatedLines.awaitLines(world.subscription, lines -> assertThat(lines).hasSize(2));
        Closes.awaitPartner(world.partner);
    }

    private void assertFailed(Map<String, Object> operation, String why) {
        assertThat(operation).containsEntry("status", "failed");
        @SuppressWarnings("unchecked")
        Map<String, Object> error = (Map<String, Object>) operation.get("error");
        assertThat(error).containsEntry("code", "invariant_violated");
        assertThat((String) error.get("message")).contains(world.partner.toString()).contains(why);
        assertThat(Closes.invoices(world.partner)).isEmpty();
        assertThat(Closes.recordInvoices(world.customer)).containsEntry("r1", "null");
    }

    private void assertClosedFor(String subTotal) {
        assertThat(Closes.close(month.id(), world.partner)).containsEntry("status", "succeeded");
        assertThat(Closes.invoices(world.partner)).singleElement()
                .satisfies(invoice -> assertThat(invoice.subTotal).isEqualByComparingTo(subTotal));
    }

    private void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).setParameter(1, world.customer)
                .executeUpdate());
    }

    private Instant day(int day) {
        return month.firstDay().withDayOfMonth(day).atTime(8, 0).toInstant(ZoneOffset.UTC);
    }
}
