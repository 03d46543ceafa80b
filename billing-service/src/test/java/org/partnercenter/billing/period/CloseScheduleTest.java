package org.partnercenter.billing.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.support.Publish.record;
import static org.partnercenter.billing.support.Publish.usage;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.invoice.Invoice;
import org.partnercenter.billing.support.Closes;
import org.partnercenter.billing.support.Publish;
import org.partnercenter.billing.support.RatedLines;
import org.partnercenter.billing.support.RatingWorld;
import org.partnercenter.testing.AdjustableClock;
import org.partnercenter.testing.PostgresAndKafka;

/**
 * The schedule closes every ended period not closed yet, oldest first. The clock is set to a February of its own
 * (2019): what it closes is that time's, never the other tests' later months.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class CloseScheduleTest {

    private static final Instant SECOND_OF_FEBRUARY = Instant.parse("2019-02-02T02:00:00Z");

    @Inject
    AdjustableClock clock;
    @Inject
    CloseSchedule schedule;

    private final RatingWorld world = new RatingWorld();

    @AfterEach
    void resetTheClock() {
        clock.reset();
    }

    @Test
    void shouldCloseEachEndedMonthNotClosedYetOldestFirstWhenTheScheduleFires() {
        // given a partner's usage of December and January, rated, neither month closed
        clock.set(SECOND_OF_FEBRUARY);
        world.known("USD");
        world.flatPrice(Instant.parse("2018-12-01T00:00:00Z"), "1.00");
        Publish.usage(world.customer, usage(world.customer, world.partner, null, List.of(
                record("dec", world.subscription, world.meterId, "3", Instant.parse("2018-12-30T10:00:00Z"), "/vm"),
                record("jan", world.subscription, world.meterId, "4", Instant.parse("2019-01-30T10:00:00Z"), "/vm"),
                record("feb", world.subscription, world.meterId, "5", Instant.parse("2019-02-01T10:00:00Z"), "/vm"))));
        RatedLines.awaitLines(world.subscription, lines -> assertThat(lines).hasSize(3));

        // when the schedule fires at 02:00 on the 2nd of February
        schedule.closeEndedPeriods();

        // then December is invoiced, then January, each with its own usage; February runs on
        List<Invoice> invoices = Closes.invoices(world.partner);
        assertThat(invoices).extracting(invoice -> invoice.period + " " + invoice.subTotal.toPlainString() + " "
                + invoice.invoiceDate).containsExactly("2018-12 3.00 " + SECOND_OF_FEBRUARY,
                "2019-01 4.00 " + SECOND_OF_FEBRUARY);
        assertThat(Closes.recordInvoices(world.customer)).containsEntry("dec", invoices.get(0).id)
                .containsEntry("jan", invoices.get(1).id).containsEntry("feb", "null");
    }
}
