package org.partnercenter.gateway.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * The audit records the trail could not queue: counted in {@code audit_records_dropped_total} (what to alert
 * on), and told in the log at most once per interval, so that a full queue under load does not flood it.
 */
final class DroppedAuditRecords {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);

    private final Counter dropped;
    private final Clock clock;
    private final Duration reportInterval;
    private final int capacity;
    private final AtomicLong unreported = new AtomicLong();
    private final AtomicReference<Instant> nextReport = new AtomicReference<>(Instant.MIN);

    DroppedAuditRecords(MeterRegistry registry, Clock clock, AuditTrailConfig config) {
        this.dropped = Counter.builder("audit.records.dropped")
                .description("Audit records dropped because the audit writer's queue was full").register(registry);
        this.clock = clock;
        this.reportInterval = config.droppedReportInterval();
        this.capacity = config.queueCapacity();
    }

    void add() {
        dropped.increment();
        unreported.incrementAndGet();
        Instant now = clock.instant();
        Instant next = nextReport.get();
        if (!now.isBefore(next) && nextReport.compareAndSet(next, now.plus(reportInterval))) {
            LOG.errorf("Dropped %d audit records since the last report: the audit writer's queue is full (%d "
                    + "records), it cannot store them fast enough or at all (see its warnings)",
                    unreported.getAndSet(0), capacity);
        }
    }
}
