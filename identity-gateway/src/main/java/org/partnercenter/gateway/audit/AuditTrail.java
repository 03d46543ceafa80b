package org.partnercenter.gateway.audit;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.commons.events.OutgoingEvent;
import org.partnercenter.commons.retry.RetryPolicy;
import org.partnercenter.commons.retry.Sleeper;
import org.partnercenter.events.gateway.AuditRecorded;
import org.partnercenter.events.gateway.IdentityGatewayEvents;

/**
 * Writes audit records off the request path: the edge hands each finished request over, and a writer
 * stores them in batches, each batch in one transaction with its events on the audit topic. A request
 * never waits for its audit record; a crash can lose the last fraction of a second of them.
 *
 * <p>The queue between them is bounded ({@code gateway.audit.queue-capacity}). When it is full (the
 * database has been away or slow for a while) a new record is dropped, counted in
 * {@code audit_records_dropped_total} and reported in the log at most once per
 * {@code gateway.audit.dropped-report-interval}; the request is neither slowed nor failed. Records are handed
 * over on the Vert.x event loop after the response was sent, so blocking there would stall every request on
 * that loop: an audit store outage would become an outage of the whole API, and an unbounded queue would end
 * it in an out-of-memory crash that loses every queued record at once. A batch the writer could not store is
 * kept and tried again, in order, while new records wait in the queue.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);
    private static final int BATCH = 500;
    /**
     * How long a batch waits for more records after its first: one transaction, outbox relay pass and Kafka
     * round trip per batch instead of per request, which cost a loaded gateway more than forwarding.
     */
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    /** While the database is away: retried soon at first, then every few seconds. */
    private static final RetryPolicy STORE_RETRIES = new RetryPolicy(RetryPolicy.WITHOUT_END,
            Duration.ofMillis(250), Duration.ofSeconds(5));

    private final BlockingQueue<AuditEntry> pending;
    private final DroppedAuditRecords dropped;
    private final AuditStore store;
    private final Outbox outbox;
    private final Sleeper sleeper;
    private volatile boolean running;
    private Thread writer;

    AuditTrail(AuditStore store, Outbox outbox, AuditTrailConfig config, MeterRegistry registry, Clock clock,
            Sleeper sleeper) {
        this.pending = new ArrayBlockingQueue<>(config.queueCapacity());
        this.dropped = new DroppedAuditRecords(registry, clock, config);
        this.store = store;
        this.outbox = outbox;
        this.sleeper = sleeper;
    }

    /** Queues the record for the writer, or drops and counts it when the queue is full; never blocks. */
    public void record(AuditEntry entry) {
        if (!pending.offer(entry)) {
            dropped.add();
        }
    }

    void start(@Observes StartupEvent started) {
        running = true;
        writer = new Thread(this::writeLoop, "audit-writer");
        writer.setDaemon(true);
        writer.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        if (writer != null) {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    private void writeLoop() {
        List<AuditEntry> batch = new ArrayList<>();
        int failures = 0;
        while (running || !pending.isEmpty() || !batch.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    AuditEntry first = pending.poll(200, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    fill(batch, System.nanoTime() + LINGER_NANOS);
                }
                QuarkusTransaction.requiringNew().run(() -> store(batch));
                batch.clear();
                failures = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                Duration delay = STORE_RETRIES.delayAfter(++failures);
                LOG.warnf("Could not store %d audit records, retrying in %d ms: %s", batch.size(), delay.toMillis(),
                        e.getMessage());
                if (!pause(delay)) {
                    return;
                }
            }
        }
    }

    private void fill(List<AuditEntry> batch, long deadline) throws InterruptedException {
        long left;
        while (batch.size() < BATCH && running && (left = deadline - System.nanoTime()) > 0) {
            AuditEntry next = pending.poll(left, TimeUnit.NANOSECONDS);
            if (next != null) {
                batch.add(next);
                pending.drainTo(batch, BATCH - batch.size());
            }
        }
    }

    private void store(List<AuditEntry> batch) {
        outbox.publishAll(store.insertAll(batch).stream().map(AuditTrail::event).toList());
    }

    /** Mapped from the stored record, not from its {@code /v1/auditrecords} view: the API and the topic differ. */
    private static OutgoingEvent event(AuditRecord record) {
        String key = record.partnerTenantId == null ? "anonymous" : record.partnerTenantId.toString();
        return OutgoingEvent.of(IdentityGatewayEvents.AUDIT_RECORDED, key, String.valueOf(record.id),
                new AuditRecorded(record.id, record.partnerTenantId, record.objectId, record.userPrincipalName,
                        record.applicationId, record.method, record.route, record.path, record.customerId,
                        record.status, record.durationMs, record.occurredAt, record.correlationId, record.requestId));
    }

    /** @return false when the writer was interrupted, and must end */
    private boolean pause(Duration delay) {
        try {
            sleeper.sleep(delay);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
