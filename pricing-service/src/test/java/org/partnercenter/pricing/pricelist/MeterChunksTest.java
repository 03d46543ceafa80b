package org.partnercenter.pricing.pricelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.events.pricing.PriceListMeters;
import org.partnercenter.pricing.meter.MeterPrice;
import org.partnercenter.pricing.meter.Tier;

/** Chunks are cut by bytes: meters of very different sizes all fit, in order, and no chunk passes the limit. */
class MeterChunksTest {

    private static final int LIMIT = 16 * 1024;
    private static final Instant DATE = Instant.parse("2030-01-01T00:00:00Z");

    @Test
    void shouldKeepEveryChunkUnderTheLimitAndEveryMeterInOrderWhenMetersDifferInSize() throws Exception {
        List<MeterPrice> meters = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            // Every tenth meter is a hundred times the size of the others.
            meters.add(meter(i % 10 == 0 ? 40 : 0));
        }

        List<List<PriceListMeters.Meter>> chunks = MeterChunks.split(meters, LIMIT);

        assertThat(chunks).hasSizeGreaterThan(2);
        List<UUID> carried = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            // As the outbox writes it: through a JSON tree, where 10 becomes the longer 1E+1.
            byte[] json = EventJson.mapper().writeValueAsBytes(EventJson.mapper().valueToTree(
                    payload(chunks.get(i), i, chunks.size())));
            assertThat(json.length).as("bytes of chunk %d", i).isLessThanOrEqualTo(LIMIT - 1024);
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

        // Not a count per chunk: every chunk but the last is full to within one meter.
        int oneMeter = EventJson.mapper().writeValueAsBytes(MeterChunks.event(meters.get(0))).length + 1;
        for (List<PriceListMeters.Meter> chunk : chunks.subList(0, chunks.size() - 1)) {
            assertThat(chunk.size() * oneMeter).isGreaterThan(LIMIT - MeterChunks.ENVELOPE_ALLOWANCE - oneMeter);
        }
    }

    @Test
    void shouldRefuseThePublishNamingTheMeterWhenOneMeterIsLargerThanAChunk() {
        MeterPrice huge = meter(400);

        assertThatThrownBy(() -> MeterChunks.split(List.of(meter(0), huge), LIMIT))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains(
                        huge.id().toString()));
    }

    private static PriceListMeters payload(List<PriceListMeters.Meter> meters, int index, int count) {
        return new PriceListMeters(UUID.randomUUID(), DATE, "USD", UUID.randomUUID(), index, count, meters);
    }

    private static MeterPrice meter(int tags) {
        return new MeterPrice(UUID.randomUUID(), "Standard D2 v3 VM", "Virtual Machines", "Dv3 Series",
                "EU West", "1 Hour", BigDecimal.ZERO, List.of(new Tier(BigDecimal.ZERO, new BigDecimal("0.096")),
                        new Tier(BigDecimal.TEN, new BigDecimal("0.09"))), DATE,
                Collections.nCopies(tags, "a tag of some forty characters, or near"));
    }
}
