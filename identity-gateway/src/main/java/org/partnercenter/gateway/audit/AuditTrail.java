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
import org.partnercenter.commons.events.OutgoingEvent;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.commons.events.Topics;

/**
 * Writes audit records off the request path: the edge hands each finished request over, and a writer
 * stores them in batches, each batch in one transaction with its events on the audit topic. A request
 * never waits for its audit record; a crash can lose the last fraction of a second of them.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);
    private static final int BATCH = 500;

    private final BlockingQueue<AuditEntry> pending = new LinkedBlockingQueue<>();
    private final Outbox outbox;
    private volatile boolean running;
    private Thread writer;

    AuditTrail(Outbox outbox) {
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
                pending.drainTo(batch, BATCH - 1);
                QuarkusTransaction.requiringNew().run(() -> batch.forEach(this::store));
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

    private void store(AuditEntry entry) {
        AuditRecord record = entry.toRecord();
        record.persist();
        String key = entry.partnerTenantId() == null ? "anonymous" : entry.partnerTenantId().toString();
        outbox.publish(new OutgoingEvent(Topics.AUDIT, key, "audit.recorded", String.valueOf(record.id),
                AuditRecordView.SCHEMA_VERSION, AuditRecordView.of(record)));
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
