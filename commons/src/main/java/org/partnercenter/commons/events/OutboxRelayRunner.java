package org.partnercenter.commons.events;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.jboss.logging.Logger;
import org.partnercenter.commons.error.ErrorSource;
import org.partnercenter.commons.retry.RetryPolicy;
import org.partnercenter.commons.retry.Sleeper;
import org.partnercenter.commons.work.DrainLoop;

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
    private final DataSource dataSource;
    private final Map<String, Object> kafkaConnection;
    private final String serviceName;
    private final Clock clock;
    private final DrainLoop loop;
    private Instant nextPurge;

    OutboxRelayRunner(OutboxConfig config, DataSource dataSource, ErrorSource service, Clock clock, Sleeper sleeper,
            KafkaClientSettings kafka) {
        this.config = config.relay();
        this.dataSource = dataSource;
        this.kafkaConnection = kafka.connection();
        this.serviceName = service.name();
        this.clock = clock;
        this.loop = new DrainLoop("outbox-relay", this.config.pollInterval(),
                new RetryPolicy(RetryPolicy.WITHOUT_END, this.config.minBackoff(), this.config.maxBackoff()), sleeper);
    }

    void start(@Observes StartupEvent started) {
        if (!config.enabled()) {
            LOG.info("Outbox relay disabled (partner-center.outbox.relay.enabled=false)");
            return;
        }
        Thread thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopped) throws InterruptedException {
        loop.stop(Duration.ofSeconds(15));
    }

    /** Called after a transaction that wrote events commits, so they leave within milliseconds. */
    public void wakeUp() {
        loop.wakeUp();
    }

    private void run() {
        try (KafkaProducer<String, String> producer = RelayProducers.create(kafkaConnection, serviceName + "-outbox")) {
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

    /** A full batch is relayed again at once; once the outbox is drained, sent rows past retention go hourly. */
    void relayUntilStopped(Passes relay) {
        nextPurge = clock.instant();
        loop.runUntilStopped(() -> {
            if (relay.relayBatch() >= config.batchSize()) {
                return true;
            }
            if (!clock.instant().isBefore(nextPurge)) {
                relay.purgeSentBefore(clock.instant().minus(config.retention()));
                nextPurge = clock.instant().plus(PURGE_EVERY);
            }
            return false;
        });
    }
}
