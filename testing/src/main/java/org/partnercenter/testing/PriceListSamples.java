package org.partnercenter.testing;

import static org.partnercenter.events.pricing.PricingServiceEvents.PRICE_LIST_METERS;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;

/**
 * pricing-service's {@code pricelist.meters} chunks built from its committed sample, for the services that learn
 * meters from the prices topic: a field pricing renames fails their tests.
 */
public final class PriceListSamples {

    private PriceListSamples() {
    }

    /** Chunk {@code index} of {@code count} of a USD price-list version. */
    public static EventEnvelope chunk(UUID version, Instant effective, int index, int count,
            List<Map<String, Object>> meters) {
        return chunk(version, effective, "USD", null, index, count, meters);
    }

    /** Chunk {@code index} of {@code count} of a price-list version in {@code currency}. */
    public static EventEnvelope chunk(UUID version, Instant effective, String currency, UUID supersedes, int index,
            int count, List<Map<String, Object>> meters) {
        return EventSamples.of(PRICE_LIST_METERS).with("versionId", version).with("effectiveDate", effective)
                .with("currency", currency).with("supersedes", supersedes).with("index", index).with("count", count)
                .with("meters", meters).envelope(version);
    }

    /**
     * A meter priced {@code prices[i]} USD per unit from cumulative quantity {@code starts[i]}, the first
     * {@code included} units free; the sample's category and subcategory.
     */
    public static Map<String, Object> meter(String meterId, String name, String included, String[] starts,
            String[] prices) {
        @SuppressWarnings("unchecked")
        Map<String, Object> meter = EventJson.mapper().convertValue(EventSamples.json(PRICE_LIST_METERS)
                .get("data").get("meters").get(0), LinkedHashMap.class);
        meter.put("meterId", meterId);
        meter.put("name", name);
        meter.put("includedQuantity", new BigDecimal(included));
        meter.put("tiers", IntStream.range(0, starts.length)
                .mapToObj(i -> Map.of("startQuantity", new BigDecimal(starts[i]), "unitPrice",
                        new BigDecimal(prices[i]))).toList());
        return meter;
    }

    /** A meter named and classified as given, priced 1 USD a unit. */
    public static Map<String, Object> named(String meterId, String name, String category, String subcategory) {
        Map<String, Object> meter = meter(meterId, name, "0", new String[] {"0"}, new String[] {"1"});
        meter.put("category", category);
        meter.put("subcategory", subcategory);
        return meter;
    }
}
