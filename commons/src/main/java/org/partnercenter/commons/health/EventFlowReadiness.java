package org.partnercenter.commons.health;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness stays up while Kafka is out of reach, with {@code kafka: degraded} and why: a pod taken out of routing
 * would refuse the writes its outbox can hold. (SmallRye's own Kafka readiness, which goes down, is off in commons'
 * configuration.) Also each consumer's lag, which {@code /q/metrics} gives as
 * {@code kafka_consumer_fetch_manager_records_lag_max}. The database's own check says whether it answers.
 */
@Readiness
@ApplicationScoped
public class EventFlowReadiness implements HealthCheck {

    /** SmallRye names its consumers' client ids so: kafka-consumer-{channel}. */
    private static final String CONSUMER_PREFIX = "kafka-consumer-";

    private final DataSource dataSource;
    private final MeterRegistry meters;
    private final EventFlowConfig config;
    private final Clock clock;

    EventFlowReadiness(DataSource dataSource, MeterRegistry meters, EventFlowConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.meters = meters;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("event-flow").up();
        Map<String, EventFlow.Consumer> consumers = consumers();
        consumers.forEach((channel, consumer) -> response.withData("lag." + channel, (long) consumer.lag()));
        try {
            EventFlow flow = outbox(consumers);
            List<String> degradations = flow.degradations(config.outboxUnsentFor());
            response.withData("outboxUnsent", flow.unsent())
                    .withData("kafka", degradations.isEmpty() ? "up" : "degraded");
            if (!degradations.isEmpty()) {
                response.withData("degraded", String.join("; ", degradations));
            }
        } catch (SQLException e) {
            response.withData("kafka", "unknown").withData("outbox", "unreadable: " + e.getMessage());
        }
        return response.build();
    }

    private EventFlow outbox(Map<String, EventFlow.Consumer> consumers) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            try (ResultSet row = statement.executeQuery("select count(*), min(created_at) from outbox_event "
                    + "where sent_at is null")) {
                row.next();
                Timestamp oldest = row.getTimestamp(2);
                return new EventFlow(row.getLong(1), Optional.ofNullable(oldest)
                        .map(t -> Duration.between(t.toInstant(), clock.instant())), consumers);
            }
        }
    }

    /** From the Kafka client metrics Micrometer binds for every consumer SmallRye creates. */
    private Map<String, EventFlow.Consumer> consumers() {
        Map<String, Double> connections = byChannel("kafka.consumer.connection.count");
        Map<String, Double> lags = byChannel("kafka.consumer.fetch.manager.records.lag.max");
        Map<String, EventFlow.Consumer> consumers = new HashMap<>();
        connections.forEach((channel, count) -> consumers.put(channel,
                new EventFlow.Consumer(count, Math.max(0, lags.getOrDefault(channel, 0.0)))));
        return consumers;
    }

    private Map<String, Double> byChannel(String meter) {
        Map<String, Double> values = new HashMap<>();
        for (Meter m : meters.find(meter).meters()) {
            String client = m.getId().getTag("client.id");
            if (client != null && client.startsWith(CONSUMER_PREFIX) && m.getId().getTag("topic") == null) {
                m.measure().forEach(measurement -> values.merge(client.substring(CONSUMER_PREFIX.length()),
                        measurement.getValue(), Math::max));
            }
        }
        return values;
    }
}
