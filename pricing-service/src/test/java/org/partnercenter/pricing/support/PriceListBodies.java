package org.partnercenter.pricing.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Builds price lists as the operator publishes them, JSON or CSV; every meter is valid unless changed. */
public final class PriceListBodies {

    private final Instant effectiveDate;
    private final List<Map<String, Object>> meters = new ArrayList<>();

    private PriceListBodies(Instant effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public static PriceListBodies effective(Instant effectiveDate) {
        return new PriceListBodies(effectiveDate);
    }

    /** A meter in the rate card's shape with rates given as start=price pairs: {@code meter(id, "0=0.02", "100=0.015")}. */
    public PriceListBodies meter(UUID id, String... rates) {
        Map<String, Object> meter = new LinkedHashMap<>();
        meter.put("id", id.toString());
        meter.put("name", "Data Transfer Out");
        meter.put("category", "Networking");
        meter.put("subcategory", "Bandwidth");
        meter.put("region", "US West");
        meter.put("unit", "1 GB");
        meter.put("includedQuantity", 0);
        Map<String, Object> tiers = new LinkedHashMap<>();
        for (String rate : rates) {
            String[] pair = rate.split("=");
            tiers.put(pair[0], pair[1].matches("-?[0-9.]+") ? new java.math.BigDecimal(pair[1]) : pair[1]);
        }
        meter.put("rates", tiers);
        meter.put("tags", List.of());
        meter.put("effectiveDate", effectiveDate.toString());
        meters.add(meter);
        return this;
    }

    /** Changes a field of the last meter added. */
    public PriceListBodies with(String field, Object value) {
        meters.get(meters.size() - 1).put(field, value);
        return this;
    }

    /** {@code count} more meters with random ids, for large lists. */
    public PriceListBodies manyMeters(int count, String category) {
        for (int i = 0; i < count; i++) {
            meter(UUID.randomUUID(), "0=0.0" + (1 + i % 9), "1000=0.00" + (1 + i % 9));
            with("category", category).with("name", "Meter " + i);
        }
        return this;
    }

    public Map<String, Object> build() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("effectiveDate", effectiveDate.toString());
        body.put("currency", "USD");
        body.put("meters", meters);
        return body;
    }

    /** The same meters as CSV, one line per meter and tier. */
    @SuppressWarnings("unchecked")
    public String csv() {
        StringBuilder csv = new StringBuilder("meterId,name,category,subcategory,region,unit,includedQuantity,"
                + "tierStart,unitPrice,effectiveDate,tags\n");
        for (Map<String, Object> m : meters) {
            for (Map.Entry<String, Object> tier : ((Map<String, Object>) m.get("rates")).entrySet()) {
                csv.append(List.of(m.get("id"), quote(m.get("name")), m.get("category"), m.get("subcategory"),
                                m.get("region"), m.get("unit"), m.get("includedQuantity"), tier.getKey(), tier.getValue(),
                                m.get("effectiveDate"), String.join(";", (List<String>) m.get("tags")))
                        .stream().map(String::valueOf).collect(Collectors.joining(","))).append('\n');
            }
        }
        return csv.toString();
    }

    /** The same CSV as Excel saves it as "CSV UTF-8": a byte-order mark first and CRLF line ends. */
    public byte[] excelCsv() {
        return ("\uFEFF" + csv().replace("\n", "\r\n")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String quote(Object value) {
        String text = String.valueOf(value);
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
