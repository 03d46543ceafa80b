package org.partnercenter.billing.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.support.Publish.record;
import static org.partnercenter.billing.support.Publish.usage;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.support.Publish;
import org.partnercenter.billing.support.RatedLines;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;

/** Usage events are applied in batches; a faulty one costs only itself. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class UsageEventsTest {

    private final UUID customer = UUID.randomUUID();
    private final UUID partner = UUID.randomUUID();
    private final UUID subscription = UUID.randomUUID();

    @Test
    void shouldStoreTheRestOfABatchAndParkOnlyTheFaultyEventWhenOneEventCannotBeStored() {
        // given three usage events sent at once, the middle one with a negative quantity
        EventEnvelope first = usage(customer, partner, null, List.of(
                record("a", subscription, "m", "1", Instant.parse("2039-01-02T00:00:00Z"), "/vm")));
        EventEnvelope faulty = usage(customer, partner, null, List.of(
                record("b", subscription, "m", "-1", Instant.parse("2039-01-02T01:00:00Z"), "/vm")));
        EventEnvelope last = usage(customer, partner, null, List.of(
                record("c", subscription, "m", "2", Instant.parse("2039-01-02T02:00:00Z"), "/vm")));

        // when they are published (and the first again)
        Publish.usage(customer, first, faulty, last, first);

        // then the good records are stored once each, and the faulty event is parked with its error
        StoredRows.awaitStored("select count(*) from parked_event where event_id = ?1", faulty.id());
        RatedLines.awaitHeld(customer, Map.of("a", "PARTNER_UNKNOWN", "c", "PARTNER_UNKNOWN"));
        assertThat(StoredRows.count("select count(*) from usage_record where customer_id = ?1", customer))
                .isEqualTo(2);
        assertThat(StoredRows.count("select count(*) from consumed_event where event_id in (?1, ?2)", first.id(),
                last.id())).isEqualTo(2);
    }
}
