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
import org.partnercenter.commons.retry.RetryPolicy;
import org.partnercenter.commons.retry.Sleeper;

/**
 * Runs the {@link OutboxRelay} on a thread of its own for the life of the service: drains the outbox,
 * sleeps until a commit wakes it or the poll interval passes, and backs off exponentially (the
 * {@link RetryPolicy}, without end) while Kafka refuses. It never drops a row: a row leaves the outbox only
 * once Kafka has acknowledged it.
 */
@ApplicationScoped
public class OutboxRelayRunner {

    /** What the loop drives: the relay over the database and Kafka, or a test's stand-in. */
    interface Passes {
        /** @return the rows read */
        int relayBatch() throws Exception;

        void purgeSentBefore(Instant cutoff) throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(OutboxRelayRunner.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final OutboxConfig.Relay config;
    private final RetryPolicy backoff;
    private final DataSource dataSource;
    private final String bootstrapServers;
    private final String serviceName;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean stopping;
    private Thread thread;

    OutboxRelayRunner(OutboxConfig config, DataSource dataSource, ErrorSource service, Clock clock, Sleeper sleeper,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092") String bootstrap) {
        this.config = config.relay();
        this.backoff = new RetryPolicy(RetryPolicy.WITHOUT_END, this.config.minBackoff(), this.config.maxBackoff());
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrap;
        this.serviceName = service.name();
        this.clock = clock;
        this.sleeper = sleeper;
    }

    void start(@Observes StartupEvent started) {
        if (!config.enabled()) {
            LOG.info("Outbox relay disabled (partner-center.outbox.relay.enabled=false)");
            return;
        }
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopped) throws InterruptedException {
        stopping = true;
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
            relayUntilStopped(new Passes() {
                public int relayBatch() throws Exception {
                    return relay.relayBatch();
                }

                public void purgeSentBefore(Instant cutoff) throws Exception {
                    relay.purgeSentBefore(cutoff);
                }
            });
        }
    }

    void relayUntilStopped(Passes relay) {
        int failures = 0;
        Instant nextPurge = clock.instant();
        while (!stopping) {
            try {
                int read = relay.relayBatch();
                failures = 0;
                if (read >= config.batchSize()) {
                    continue;
                }
                if (!clock.instant().isBefore(nextPurge)) {
                    relay.purgeSentBefore(clock.instant().minus(config.retention()));
                    nextPurge = clock.instant().plus(PURGE_EVERY);
                }
                await(config.pollInterval());
            } catch (Exception e) {
                failures++;
                Duration delay = backoff.delayAfter(failures);
                LOG.warnf("Outbox relay failed, retrying in %s ms: %s", delay.toMillis(), e.getMessage());
                sleep(delay);
            }
        }
    }

    private void await(Duration duration) {
        try {
            wakeUps.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS);
            wakeUps.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    /** Unlike {@link #await}, commits do not cut a backoff short: Kafka is what we are waiting for. */
    private void sleep(Duration duration) {
        try {
            sleeper.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
