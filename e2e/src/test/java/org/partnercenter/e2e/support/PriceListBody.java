package org.partnercenter.e2e.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a {@code POST /v1/pricelists} body as the operator publishes it: {@code {effectiveDate, currency: USD,
 * meters}}, each meter in the rate card's {@code AzureMeter} shape, valid unless changed with {@link #with}.
 */
public final class PriceListBody {

    private final String effectiveDate;
    private final List<Map<String, Object>> meters = new ArrayList<>();

    private PriceListBody(String effectiveDate) {
        this.effectiveDate = effectiveDate;
    }

    public static PriceListBody effective(String date) {
        return new PriceListBody(date);
    }

    /** A meter in US East, its tiers as start=price pairs in USD: {@code meter(id, name, category, unit, "0=0.02")}. */
    public PriceListBody meter(UUID id, String name, String category, String unit, String... rates) {
        Map<String, Object> meter = new LinkedHashMap<>();
        meter.put("id", id.toString());
        meter.put("name", name);
        meter.put("category", category);
        meter.put("subcategory", "");
        meter.put("region", "US East");
        meter.put("unit", unit);
        meter.put("includedQuantity", BigDecimal.ZERO);
        Map<String, Object> tiers = new LinkedHashMap<>();
        for (String rate : rates) {
            String[] startAndPrice = rate.split("=");
            tiers.put(startAndPrice[0], new BigDecimal(startAndPrice[1]));
        }
        meter.put("rates", tiers);
        meter.put("tags", List.of());
        meters.add(meter);
        return this;
    }

    /** Changes (or, with null, removes) a field of the last meter added. */
    public PriceListBody with(String field, Object value) {
        Map<String, Object> last = meters.get(meters.size() - 1);
        if (value == null) {
            last.remove(field);
        } else {
            last.put(field, value);
        }
        return this;
    }

    public Map<String, Object> build() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("effectiveDate", effectiveDate);
        body.put("currency", "USD");
        body.put("meters", meters);
        return body;
    }
}
