package org.partnercenter.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.partnercenter.pricing.support.Callers.as;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.events.pricing.PricingServiceEvents;
import org.partnercenter.pricing.support.Callers;
import org.partnercenter.pricing.support.OutboxRows;
import org.partnercenter.pricing.support.PriceListBodies;
import org.partnercenter.pricing.support.PriceLists;
import org.partnercenter.pricing.support.TestTimes;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.TopicReader;

/**
 * A version travels on the prices topic as its meters in ordered chunks, each well under Kafka's limit, then its
 * announcement, all from its publish transaction.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class PriceListEventsTest {

    private static final Logger LOG = Logger.getLogger(PriceListEventsTest.class);
    private static final int CHUNK_LIMIT = 256 * 1024;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    final TestTimes year = TestTimes.ownYear();

    @Test
    void shouldCarryEveryMeterInOrderedChunksUnderTheLimitWhenAVersionHas50000Meters() {
        PriceListBodies list = PriceListBodies.effective(year.at(1, 1)).manyMeters(50_000, "Compute");
        List<String> published = ((List<?>) list.build().get("meters")).stream()
                .map(m -> String.valueOf(((Map<?, ?>) m).get("id"))).toList();

        long start = System.nanoTime();
        String id = PriceLists.publishId(list);
        LOG.infof("50,000 meters published in %d ms", (System.nanoTime() - start) / 1_000_000);

        List<OutboxRows.Row> rows = OutboxRows.about(id);
        List<OutboxRows.Row> chunks = rows.subList(0, rows.size() - 1);
        assertThat(chunks.size()).as("chunks").isGreaterThan(10);
        List<String> carried = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            OutboxRows.Row chunk = chunks.get(i);
            assertThat(chunk.type()).isEqualTo("pricelist.meters");
            assertThat(chunk.key()).isEqualTo("USD");
            assertThat(chunk.payload().getBytes(StandardCharsets.UTF_8).length).as("bytes of chunk %d", i)
                    .isLessThanOrEqualTo(CHUNK_LIMIT);
            assertThat(chunk.data().path("versionId").asText()).isEqualTo(id);
            assertThat(chunk.data().path("index").asInt()).isEqualTo(i);
            assertThat(chunk.data().path("count").asInt()).isEqualTo(chunks.size());
            chunk.data().path("meters").forEach(m -> carried.add(m.path("meterId").asText()));
        }
        assertThat(carried).containsExactlyElementsOf(published);
        assertThat(rows.get(rows.size() - 1).type()).isEqualTo("pricelist.published");
        assertThat(rows.get(rows.size() - 1).key()).isEqualTo("USD");
    }

    @Test
    void shouldCarryEveryFieldThatRatingNeedsWhenAMeterIsPublished() {
        UUID meter = UUID.randomUUID();
        String id = PriceLists.publishId(PriceListBodies.effective(year.at(3, 1))
                .meter(meter, "0=0.02", "100=0.015", "1000=0.01").with("includedQuantity", 5)
                .with("tags", List.of("preview", "gpu")).with("effectiveDate", year.at(2, 1).toString()));

        JsonNode chunk = OutboxRows.about(id).get(0).data();

        assertThat(chunk.path("effectiveDate").asText()).isEqualTo(year.at(3, 1).toString());
        assertThat(chunk.path("currency").asText()).isEqualTo("USD");
        assertThat(chunk.path("index").asInt()).isZero();
        assertThat(chunk.path("count").asInt()).isEqualTo(1);
        JsonNode m = chunk.path("meters").get(0);
        assertThat(m.path("meterId").asText()).isEqualTo(meter.toString());
        assertThat(List.of(m.path("name").asText(), m.path("category").asText(), m.path("subcategory").asText(),
                m.path("region").asText(), m.path("unit").asText()))
                .containsExactly("Data Transfer Out", "Networking", "Bandwidth", "US West", "1 GB");
        assertThat(m.path("includedQuantity").decimalValue()).isEqualByComparingTo("5");
        assertThat(tiers(m)).containsExactly("0=0.02", "100=0.015", "1000=0.01");
        assertThat(m.path("effectiveDate").asText()).isEqualTo(year.at(2, 1).toString());
        assertThat(m.path("tags").toString()).isEqualTo("[\"preview\",\"gpu\"]");
    }

    @Test
    void shouldSendTheChunksThenTheAnnouncementInOrderWhenTheRelayPublishes() {
        String id = PriceLists.publishId(PriceListBodies.effective(year.at(4, 1)).manyMeters(3, "Events"));

        var records = TopicReader.readUntil(bootstrapServers, PricingServiceEvents.PRICES.name(),
                read -> read.stream().anyMatch(r -> r.value().contains("\"pricelist.published\"")
                        && r.value().contains(id)), Duration.ofSeconds(30));

        List<String> types = records.stream().filter(r -> r.value().contains(id))
                .map(r -> EventJson.read(r.value()).type()).toList();
        assertThat(types).containsExactly("pricelist.meters", "pricelist.published");
        var announcement = EventJson.read(records.stream().filter(r -> r.value().contains(id)).toList().get(1).value());
        assertThat(announcement.data().path("meterCount").asInt()).isEqualTo(3);
        assertThat(announcement.data().has("meters")).isFalse();
    }

    @Test
    void shouldWriteNoEventAndNameTheMeterWhenAMeterIsTooLargeForAChunk() {
        long before = OutboxRows.ofType("pricelist.meters");
        UUID huge = UUID.randomUUID();
        PriceListBodies list = PriceListBodies.effective(year.at(5, 1)).manyMeters(2, "Small")
                .meter(huge, "0=1").with("tags", Collections.nCopies(2_000, "t".repeat(200)));

        as(Callers.operator()).body(list.build()).post("/v1/pricelists").then().statusCode(400)
                .body("data", hasItem("meters: " + huge));

        assertThat(OutboxRows.ofType("pricelist.meters")).isEqualTo(before);
    }

    private static List<String> tiers(JsonNode meter) {
        List<String> tiers = new ArrayList<>();
        meter.path("tiers").forEach(t -> tiers.add(t.path("startQuantity").decimalValue().toPlainString() + "="
                + t.path("unitPrice").decimalValue().toPlainString()));
        return tiers;
    }
}
