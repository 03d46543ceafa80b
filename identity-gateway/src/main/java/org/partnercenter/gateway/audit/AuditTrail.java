package org.partnercenter.gateway.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.commons.events.OutgoingEvent;
import org.partnercenter.events.gateway.AuditRecorded;
import org.partnercenter.events.gateway.IdentityGatewayEvents;

/**
 * Writes audit records off the request path: the edge hands each finished request over, and a writer
 * stores them in batches, each batch in one transaction with its events on the audit topic. A request
 * never waits for its audit record; a crash can lose the last fraction of a second of them.
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

    private final BlockingQueue<AuditEntry> pending = new LinkedBlockingQueue<>();
    private final AuditStore store;
    private final Outbox outbox;
    private volatile boolean running;
    private Thread writer;

    AuditTrail(AuditStore store, Outbox outbox) {
        this.store = store;
        this.outbox = outbox;
    }

    public void record(AuditEntry entry) {
        pending.add(entry);
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
        while (running || !pending.isEmpty()) {
            List<AuditEntry> batch = new ArrayList<>();
            try {
                AuditEntry first = pending.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                fill(batch, System.nanoTime() + LINGER_NANOS);
                QuarkusTransaction.requiringNew().run(() -> store(batch));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warnf("Could not store %d audit records, retrying: %s", batch.size(), e.getMessage());
                pending.addAll(batch);
                pause();
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

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
