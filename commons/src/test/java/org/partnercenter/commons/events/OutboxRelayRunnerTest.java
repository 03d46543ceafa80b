package org.partnercenter.commons.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.error.ErrorSource;

/** The relay's loop without a database or Kafka: the passes and the waits are stand-ins. */
class OutboxRelayRunnerTest {

    private final List<Duration> waits = new ArrayList<>();

    @Test
    void shouldWaitLongerAfterEachFailureUpToTheMaximumWhenKafkaKeepsRefusing() {
        OutboxRelayRunner runner = runner(Map.of());

        runner.relayUntilStopped(passes(runner, 10, 0));

        assertThat(waits).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800),
                Duration.ofMillis(1_600), Duration.ofMillis(3_200), Duration.ofMillis(6_400),
                Duration.ofMillis(12_800), Duration.ofMillis(25_600), Duration.ofSeconds(30), Duration.ofSeconds(30));
    }

    @Test
    void shouldStartAgainFromTheShortestWaitWhenAPassSucceededBetweenFailures() {
        OutboxRelayRunner runner = runner(Map.of("partner-center.outbox.relay.min-backoff", "1s",
                "partner-center.outbox.relay.max-backoff", "3s", "partner-center.outbox.relay.poll-interval", "1ms"));

        runner.relayUntilStopped(passes(runner, 3, 2));

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3),
                Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    /** Fails {@code failures} times, succeeds once, fails {@code failuresAfter} times, then stops the runner. */
    private static OutboxRelayRunner.Passes passes(OutboxRelayRunner runner, int failures, int failuresAfter) {
        return new OutboxRelayRunner.Passes() {
            private int pass;

            public int relayBatch() throws Exception {
                pass++;
                if (pass == failures + 1) {
                    return 0;
                }
                if (pass > failures + 1 + failuresAfter) {
                    runner.stop(null);
                    return 0;
                }
                throw new SQLException("Kafka refuses, pass " + pass);
            }

            public void purgeSentBefore(Instant cutoff) {
            }
        };
    }

    private OutboxRelayRunner runner(Map<String, String> properties) {
        OutboxConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(OutboxConfig.class).build().getConfigMapping(OutboxConfig.class);
        ErrorSource service = () -> "test";
        return new OutboxRelayRunner(config, null, service, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), waits::add,
                new KafkaClientSettings(Map.of("bootstrap.servers", "127.0.0.1:9092")));
    }
}
