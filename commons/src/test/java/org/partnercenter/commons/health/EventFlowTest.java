package org.partnercenter.commons.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the event flow is degraded: Kafka not taking the outbox's events, or a consumer cut off from it. */
class EventFlowTest {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final EventFlow.Consumer CONNECTED = new EventFlow.Consumer(1, 0);

    @Test
    void shouldFindNothingWrongWhenTheOutboxDrainsAndEveryConsumerIsConnected() {
        EventFlow flow = new EventFlow(3, Optional.of(Duration.ofMillis(40)), Map.of("usage", CONNECTED,
                "prices", new EventFlow.Consumer(2, 1_500)));

        assertThat(flow.degradations(LIMIT)).isEmpty();
    }

    @Test
    void shouldSayTheOutboxWaitsWhenItsOldestEventIsOlderThanTheLimit() {
        EventFlow flow = new EventFlow(120, Optional.of(Duration.ofSeconds(45)), Map.of("usage", CONNECTED));

        assertThat(flow.degradations(LIMIT)).singleElement().asString()
                .contains("120 events wait in the outbox", "45 s");
    }

    @Test
    void shouldNameTheConsumerWhenItHasNoConnectionToKafka() {
        EventFlow flow = new EventFlow(0, Optional.empty(), Map.of("usage", new EventFlow.Consumer(0, 0),
                "prices", CONNECTED));

        assertThat(flow.degradations(LIMIT)).containsExactly("the usage consumer has no connection to Kafka");
    }
}
