package org.partnercenter.commons.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.partnercenter.events.EventType;
import org.partnercenter.events.Topic;

/** The consumer's retries and parking, without a database: {@code applyOnce} and the parking are stand-ins. */
class ConsumedEventsRetryTest {

    private static final Tracer NO_TRACER = OpenTelemetry.noop().getTracer("test");
    private static final EventType<Object> WIDGET_COUNTED = new EventType<>(new Topic("widgets", "test", "id"),
            "widget.counted", 1, Object.class);

    private final List<Duration> waits = new ArrayList<>();
    private final List<Throwable> parkedFailures = new ArrayList<>();
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void shouldParkAfterFiveAttemptsWaitingAsBeforeWhenNothingIsConfigured() {
        ConsumedEvents consumed = consumed(Map.of());

        consumed.apply("test", event(), e -> {
            throw new IllegalStateException("database restarting");
        });

        assertThat(attempts).hasValue(5);
        assertThat(waits).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800),
                Duration.ofMillis(1_600));
        assertThat(parkedFailures).singleElement().hasFieldOrPropertyWithValue("message", "database restarting");
    }

    @Test
    void shouldParkAtOnceWhenTheEffectFindsTheEventInvalid() {
        ConsumedEvents consumed = consumed(Map.of());

        consumed.apply("test", event(), e -> {
            throw new IllegalArgumentException("no such partner type");
        });

        assertThat(attempts).hasValue(1);
        assertThat(waits).isEmpty();
        assertThat(parkedFailures).singleElement().isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldApplyWithoutParkingWhenALaterAttemptSucceeds() {
        ConsumedEvents consumed = consumed(Map.of());

        consumed.apply("test", event(), e -> {
            if (attempts.get() < 3) {
                throw new IllegalStateException("lock timeout");
            }
        });

        assertThat(attempts).hasValue(3);
        assertThat(parkedFailures).isEmpty();
    }

    @Test
    void shouldWaitForTheDatabaseWithoutParkingWhenItIsOutOfReachLongerThanTheRetries() {
        ConsumedEvents consumed = consumed(Map.of());

        consumed.apply("test", event(), e -> {
            if (attempts.get() <= 12) {
                throw new JDBCConnectionException("Unable to acquire JDBC Connection",
                        new SQLException("Connection refused", "08001"));
            }
        });

        assertThat(attempts).hasValue(13);
        assertThat(parkedFailures).isEmpty();
        assertThat(waits).contains(Duration.ofMillis(1_600)).allSatisfy(wait -> assertThat(wait)
                .isLessThanOrEqualTo(Duration.ofMillis(1_600)));
    }

    @Test
    void shouldWaitForTheDatabaseWithoutParkingWhenABatchFindsItOutOfReach() {
        List<List<EventEnvelope>> applied = new ArrayList<>();
        AtomicInteger batchAttempts = new AtomicInteger();
        ConsumedEvents consumed = new ConsumedEvents(null, parking(), config(Map.of()), waits::add, NO_TRACER) {
            @Override
            public List<EventEnvelope> applyBatchOnce(String consumer, List<EventEnvelope> events,
                    Consumer<List<EventEnvelope>> effect) {
                if (batchAttempts.incrementAndGet() <= 7) {
                    throw new JDBCConnectionException("commit", new SQLException("I/O error", "08006"));
                }
                effect.accept(events);
                return events;
            }
        };

        consumed.applyAllOnce("test", List.of(event(), event()), List.of(WIDGET_COUNTED), applied::add);

        assertThat(batchAttempts).hasValue(8);
        assertThat(applied).singleElement().satisfies(batch -> assertThat(batch).hasSize(2));
        assertThat(parkedFailures).isEmpty();
    }

    @Test
    void shouldTryAsOftenAndWaitAsLongAsConfiguredWhenConfigured() {
        ConsumedEvents consumed = consumed(Map.of("partner-center.consumer.attempts", "3",
                "partner-center.consumer.first-backoff", "1s", "partner-center.consumer.max-backoff", "1500ms"));

        consumed.apply("test", event(), e -> {
            throw new IllegalStateException("database restarting");
        });

        assertThat(attempts).hasValue(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofMillis(1_500));
    }

    private ConsumedEvents consumed(Map<String, String> properties) {
        return new ConsumedEvents(null, parking(), config(properties), waits::add, NO_TRACER) {
            @Override
            public boolean applyOnce(String consumer, EventEnvelope event, Consumer<EventEnvelope> effect) {
                attempts.incrementAndGet();
                effect.accept(event);
                return true;
            }
        };
    }

    private static ConsumedEventsConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .withConverter(Duration.class, 100, new DurationConverter())
                .withMapping(ConsumedEventsConfig.class).build().getConfigMapping(ConsumedEventsConfig.class);
    }

    private ParkedEvents parking() {
        return new ParkedEvents(null) {
            @Override
            public void park(String consumer, EventEnvelope event, Throwable failure) {
                parkedFailures.add(failure);
            }
        };
    }

    private static EventEnvelope event() {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(), "/test", "widget.counted",
                "subject", Instant.parse("2026-11-25T10:00:00Z"), "application/json", 1, null, null, null);
    }
}
