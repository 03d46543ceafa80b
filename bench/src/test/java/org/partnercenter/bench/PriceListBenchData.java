package org.partnercenter.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A real-shaped Azure price list, generated once: the categories, regions and units of the real rate card, one meter
 * in five tiered, one in seven with an included quantity. The API and COPY load exactly the same meters.
 */
final class PriceListBenchData {

    private static final String[] CATEGORIES = {"Virtual Machines", "Storage", "Networking", "SQL Database",
            "Cloud Services", "App Service", "Azure Cosmos DB", "Data Transfer", "Functions", "Log Analytics"};
    private static final String[] REGIONS = {"US West", "US East", "US East 2", "EU North", "EU West", "AU East",
            "JA East", "BR South", "UK South", "IN Central", "Zone 1", ""};
    private static final String[] UNITS = {"1 Hour", "1 GB", "10K", "1 GB/Month", "100 Hours", "1M", "1/Day"};
    static final Instant METER_EFFECTIVE = Instant.parse("2016-09-01T00:00:00Z");

    record Meter(UUID id, String name, String category, String subcategory, String region, String unit,
            BigDecimal included, Map<BigDecimal, BigDecimal> tiers, List<String> tags) {
    }

    private PriceListBenchData() {
    }

    static List<Meter> meters(int count) {
        List<Meter> meters = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BigDecimal price = BigDecimal.valueOf(1 + (i * 7919L) % 99_730, 5);
            Map<BigDecimal, BigDecimal> tiers = new LinkedHashMap<>();
            tiers.put(BigDecimal.ZERO, price);
            if (i % 5 == 0) {
                tiers.put(BigDecimal.valueOf(100), price.multiply(new BigDecimal("0.9")).setScale(6, RoundingMode.HALF_EVEN));
                tiers.put(BigDecimal.valueOf(10_000), price.multiply(new BigDecimal("0.8")).setScale(6, RoundingMode.HALF_EVEN));
            }
            String category = CATEGORIES[i % CATEGORIES.length];
            meters.add(new Meter(UUID.nameUUIDFromBytes(("meter-" + i).getBytes()), "D" + (i % 64) + " v" + (i % 5)
                    + " " + (i % 2 == 0 ? "Hours" : "Low Priority Hours"), category, category + " Series " + (i % 97),
                    REGIONS[i % REGIONS.length], UNITS[i % UNITS.length], i % 7 == 0 ? BigDecimal.valueOf(5)
                    : BigDecimal.ZERO, tiers, i % 11 == 0 ? List.of("preview") : List.of()));
        }
        return meters;
    }

    /** The same meters with every price multiplied: the next version of the list. */
    static List<Meter> repriced(List<Meter> meters, BigDecimal factor) {
        return meters.stream().map(m -> {
            Map<BigDecimal, BigDecimal> tiers = new LinkedHashMap<>();
            m.tiers().forEach((start, price) -> tiers.put(start, price.multiply(factor)));
            return new Meter(m.id(), m.name(), m.category(), m.subcategory(), m.region(), m.unit(), m.included(),
                    tiers, m.tags());
        }).toList();
    }

    static Map<String, Object> body(Instant effectiveDate, List<Meter> meters) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("effectiveDate", effectiveDate.toString());
        body.put("currency", "USD");
        body.put("meters", meters.stream().map(PriceListBenchData::json).toList());
        return body;
    }

    private static Map<String, Object> json(Meter m) {
        Map<String, Object> meter = new LinkedHashMap<>();
        meter.put("id", m.id().toString());
        meter.put("name", m.name());
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        m.tiers().forEach((start, price) -> rates.put(start.toPlainString(), price));
        meter.put("rates", rates);
        meter.put("tags", m.tags());
        meter.put("category", m.category());
        meter.put("subcategory", m.subcategory());
        meter.put("region", m.region());
        meter.put("unit", m.unit());
        meter.put("includedQuantity", m.included());
        meter.put("effectiveDate", METER_EFFECTIVE.toString());
        return meter;
    }

    /** The rows COPY loads into the same table layout: one line per meter, arrays as PostgreSQL literals. */
    static String copyCsv(UUID versionId, List<Meter> meters) {
        StringBuilder csv = new StringBuilder(meters.size() * 200);
        for (Meter m : meters) {
            csv.append(versionId).append(',').append(m.id()).append(",\"").append(m.name()).append("\",\"")
                    .append(m.category()).append("\",\"").append(m.subcategory()).append("\",\"").append(m.region())
                    .append("\",\"").append(m.unit()).append("\",").append(m.included().toPlainString()).append(",\"{")
                    .append(String.join(",", m.tiers().keySet().stream().map(BigDecimal::toPlainString).toList()))
                    .append("}\",\"{")
                    .append(String.join(",", m.tiers().values().stream().map(BigDecimal::toPlainString).toList()))
                    .append("}\",").append(METER_EFFECTIVE).append(",\"{")
                    .append(String.join(",", m.tags().stream().map(t -> "\"\"" + t + "\"\"").toList()))
                    .append("}\"\n");
        }
        return csv.toString();
    }

    /** What one usage of {@code quantity} from the start of the period costs, in USD rounded half-even to cents. */
    static BigDecimal expectedCharge(Meter meter, BigDecimal quantity) {
        List<BigDecimal> starts = new ArrayList<>(meter.tiers().keySet());
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < starts.size(); i++) {
            BigDecimal from = starts.get(i).max(meter.included());
            BigDecimal to = i + 1 < starts.size() ? quantity.min(starts.get(i + 1)) : quantity;
            if (to.compareTo(from) > 0) {
                total = total.add(to.subtract(from).multiply(meter.tiers().get(starts.get(i))));
            }
        }
        return total.setScale(2, RoundingMode.HALF_EVEN);
    }
}
