package org.partnercenter.billing.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.billing.support.Publish.meter;
import static org.partnercenter.billing.support.Publish.priceChunk;
import static org.partnercenter.billing.support.Publish.record;
import static org.partnercenter.billing.support.Publish.usage;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.billing.support.Publish;
import org.partnercenter.billing.support.RatedLines;
import org.partnercenter.billing.support.RatedLines.Line;
import org.partnercenter.billing.support.RatingWorld;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.testing.PostgresAndKafka;

/** The same usage gives the same line items whatever the order it arrives in, and however often. */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class RatingOrderTest {

    private final RatingWorld world = new RatingWorld();

    @Test
    void shouldGiveTheSameLinesWhenTheRecordsArriveShuffledLateAndEveryEventTwice() {
        // given a tiered meter (5 units free, 1.00 up to 20 units, 0.25 from there) and twelve days of usage,
        // delivered in a shuffled order over six events, each delivered twice, the earliest days last
        world.known("USD");
        UUID version = UUID.randomUUID();
        Publish.prices(priceChunk(version, Instant.parse("2033-05-01T00:00:00Z"), 0, 1, List.of(
                meter(world.meterId, "Compute Hours", "5", new String[] {"0", "20"}, new String[] {"1.00", "0.25"}))));
        List<Map<String, Object>> records = new ArrayList<>();
        for (int day = 1; day <= 12; day++) {
            records.add(record("d" + day, world.subscription, world.meterId, "3",
                    Instant.parse(String.format("2033-05-%02dT10:00:00Z", day)), "/vm/a"));
        }
        List<Map<String, Object>> shuffled = new ArrayList<>(records.subList(3, 12));
        Collections.shuffle(shuffled, new Random(15));
        shuffled.addAll(List.of(records.get(2), records.get(0), records.get(1)));
        for (int from = 0; from < shuffled.size(); from += 2) {
            EventEnvelope event = usage(world.customer, world.partner, null, shuffled.subList(from, from + 2));
            Publish.usage(world.customer, event, event);
        }

        // then the lines are those of the records in usage order: day by day over the cumulative quantity
        RatedLines.awaitLines(world.subscription, lines -> assertThat(lines).containsExactly(
                line(1, "1", "0", "0.00", version),          // units 0-3, free
                line(2, "1", "0.3333333333", "1.00", version), // 3-6: 2 free, 1 at 1.00
                line(3, "1", "1", "3.00", version),          // 6-9
                line(4, "1", "1", "3.00", version),          // 9-12
                line(5, "1", "1", "3.00", version),          // 12-15
                line(6, "1", "1", "3.00", version),          // 15-18
                line(7, "0.25", "0.75", "2.25", version),    // 18-21: 2 at 1.00, 1 at 0.25
                line(8, "0.25", "0.25", "0.75", version),    // 21-24
                line(9, "0.25", "0.25", "0.75", version),
                line(10, "0.25", "0.25", "0.75", version),
                line(11, "0.25", "0.25", "0.75", version),
                line(12, "0.25", "0.25", "0.75", version)));
    }

    private Line line(int day, String unitPrice, String effectiveUnitPrice, String usd, UUID version) {
        return new Line(world.partner, null, world.customer, world.meterId,
                LocalDate.of(2033, 5, day), "/vm/a", "2033-05", "Compute Hours", "1 GB", "westeurope",
                Map.of("env", "test"), "3", unitPrice, effectiveUnitPrice, usd, "USD", usd, "USD", "1", null,
                version);
    }
}
