package org.partnercenter.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.events.pricing.PriceListMeters;
import org.partnercenter.pricing.meter.MeterPrice;
import org.partnercenter.rating.Tier;

/** Chunks are cut by bytes: meters of very different sizes all fit, in order, and no chunk passes the limit. */
class MeterChunksTest {

    private static final int LIMIT = 16 * 1024;
    private static final Instant DATE = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void shouldKeepEveryChunkUnderTheLimitAndEveryMeterInOrderWhenMetersDifferInSize() {
        List<MeterPrice> meters = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            // Every tenth meter is a hundred times the size of the others.
            meters.add(meter(i % 10 == 0 ? 40 : 0));
        }

        List<List<PriceListMeters.Meter>> chunks = MeterChunks.split(meters, LIMIT);

        assertThat(chunks).hasSizeGreaterThan(2);
        List<UUID> carried = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            assertThat(envelopeBytes(chunks, i)).as("bytes of chunk %d", i).isLessThanOrEqualTo(LIMIT);
            chunks.get(i).forEach(m -> carried.add(m.meterId()));
        }
        assertThat(carried).containsExactlyElementsOf(meters.stream().map(MeterPrice::id).toList());
    }

    @Test
    void shouldFillAChunkByBytesWhenMetersAreSmall() throws JsonProcessingException {
        List<MeterPrice> meters = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            meters.add(meter(0));
        }

        List<List<PriceListMeters.Meter>> chunks = MeterChunks.split(meters, LIMIT);

        // Not a count per chunk: every chunk but the last is full to within one meter, and none passes the limit.
        int oneMeter = EventJson.mapper().writeValueAsBytes(MeterChunks.event(meters.get(0))).length + 1;
        for (int i = 0; i < chunks.size(); i++) {
            assertThat(envelopeBytes(chunks, i)).as("bytes of chunk %d", i).isLessThanOrEqualTo(LIMIT);
            if (i < chunks.size() - 1) {
                assertThat(chunks.get(i).size() * oneMeter)
                        .isGreaterThan(LIMIT - MeterChunks.ENVELOPE_ALLOWANCE - oneMeter);
            }
        }
    }

    @Test
    void shouldMeasureAMeterAsItsEnvelopeWritesItWhenItsDecimalsHaveTrailingZeros() throws JsonProcessingException {
        MeterPrice meter = new MeterPrice(UUID.randomUUID(), "Storage", "Storage", "", "", "1 GB",
                new BigDecimal("10"), List.of(new Tier(new BigDecimal("0.00"), new BigDecimal("0.0200")),
                        new Tier(new BigDecimal("100"), new BigDecimal("1.50"))), DATE, List.of());

        PriceListMeters.Meter event = MeterChunks.event(meter);

        // The outbox writes through a JSON tree, which drops trailing zeros (100.00 is 100 there) and writes plain.
        String enveloped = EventJson.mapper().writeValueAsString(EventJson.mapper().valueToTree(event));
        assertThat(EventJson.mapper().writeValueAsString(event)).isEqualTo(enveloped);
        assertThat(enveloped).contains("\"startQuantity\":100,").doesNotContain("E+");
    }

    @Test
    void shouldRefuseThePublishNamingTheMeterWhenOneMeterIsLargerThanAChunk() {
        MeterPrice huge = meter(400);

        assertThatThrownBy(() -> MeterChunks.split(List.of(meter(0), huge), LIMIT))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains(
                        huge.id().toString()));
    }

    /** Chunk {@code index} as the outbox stores and Kafka is sent it: in its envelope, through a JSON tree. */
    private static int envelopeBytes(List<List<PriceListMeters.Meter>> chunks, int index) {
        String id = UUID.randomUUID().toString();
        PriceListMeters payload = new PriceListMeters(UUID.fromString(id), DATE, "USD", UUID.randomUUID(), index,
                chunks.size(), chunks.get(index));
        return EventJson.write(new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(),
                "/pricing-service", "pricelist.meters", id, Instant.now(), "application/json", 1,
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), EventJson.mapper().valueToTree(payload)))
                .getBytes(StandardCharsets.UTF_8).length;
    }

    private static MeterPrice meter(int tags) {
        return new MeterPrice(UUID.randomUUID(), "Standard D2 v3 VM", "Virtual Machines", "Dv3 Series",
                "EU West", "1 Hour", BigDecimal.ZERO, List.of(new Tier(BigDecimal.ZERO, new BigDecimal("0.096")),
                        new Tier(BigDecimal.TEN, new BigDecimal("0.09"))), DATE,
                Collections.nCopies(tags, "a tag of some forty characters, or near"));
    }
}
