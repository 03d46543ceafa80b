package org.partnercenter.commons.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.partnercenter.commons.error.ErrorSource;

/**
 * Runs the {@link OutboxRelay} on a thread of its own for the life of the service: drains the outbox,
 * sleeps until a commit wakes it or the poll interval passes, and backs off exponentially while Kafka
 * refuses. It never drops a row: a row leaves the outbox only once Kafka has acknowledged it.
 */
@ApplicationScoped
public class OutboxRelayRunner {

    private static final Logger LOG = Logger.getLogger(OutboxRelayRunner.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final OutboxConfig.Relay config;
    private final DataSource dataSource;
    private final String bootstrapServers;
    private final String serviceName;
    private final Clock clock;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    OutboxRelayRunner(OutboxConfig config, DataSource dataSource, ErrorSource service, Clock clock,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092") String bootstrap) {
        this.config = config.relay();
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrap;
        this.serviceName = service.name();
        this.clock = clock;
    }

    void start(@Observes StartupEvent started) {
        if (!config.enabled()) {
            LOG.info("Outbox relay disabled (partner-center.outbox.relay.enabled=false)");
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        wakeUp();
        if (thread != null) {
            thread.join(TimeUnit.SECONDS.toMillis(15));
        }
    }

    /** Called after a transaction that wrote events commits, so they leave within milliseconds. */
    public void wakeUp() {
        wakeUps.release();
    }

    private void run() {
        try (KafkaProducer<String, String> producer = RelayProducers.create(bootstrapServers, serviceName + "-outbox")) {
            OutboxRelay relay = new OutboxRelay(dataSource, producer, config.batchSize());
            Duration backoff = config.minBackoff();
            Instant nextPurge = clock.instant();
            while (running) {
                try {
                    if (relay.relayBatch() >= config.batchSize()) {
                        continue;
                    }
                    backoff = config.minBackoff();
                    if (!clock.instant().isBefore(nextPurge)) {
                        relay.purgeSentBefore(clock.instant().minus(config.retention()));
                        nextPurge = clock.instant().plus(PURGE_EVERY);
                    }
                    await(config.pollInterval());
                } catch (Exception e) {
                    LOG.warnf("Outbox relay failed, retrying in %s ms: %s", backoff.toMillis(), e.getMessage());
                    sleep(backoff);
                    backoff = min(backoff.multipliedBy(2), config.maxBackoff());
                }
            }
        }
    }

    private void await(Duration duration) {
        try {
            wakeUps.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
            wakeUps.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Unlike {@link #await}, commits do not cut a backoff short: Kafka is what we are waiting for. */
    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
