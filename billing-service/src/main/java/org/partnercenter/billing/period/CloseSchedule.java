package org.partnercenter.billing.period;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Closes every ended period not closed yet, for every partner, when {@code partner-center.billing.close.schedule}
 * says (by default 02:00 UTC on the 2nd). Every instance may run it: a partner's close is idempotent under its lock.
 */
@ApplicationScoped
class CloseSchedule {

    private final PeriodCloser closer;
    private final Clock clock;

    CloseSchedule(PeriodCloser closer, Clock clock) {
        this.closer = closer;
        this.clock = clock;
    }

    @Scheduled(identity = "billing-period-close", cron = "{partner-center.billing.close.schedule}", timeZone = "UTC",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void closeEndedPeriods() {
        closer.closeEndedPeriods(BillingPeriod.current(clock).previous());
    }
}
