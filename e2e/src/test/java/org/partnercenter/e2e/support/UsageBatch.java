package org.partnercenter.e2e.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds a {@code POST /v1/usagerecords/batches} body as the operator's metering feed sends it. */
public final class UsageBatch {

    private final List<Map<String, Object>> records = new ArrayList<>();

    public static UsageBatch batch() {
        return new UsageBatch();
    }

    /** One record of a meter's usage from {@code start} for {@code length}, with a new record id. */
    public UsageBatch record(String customerId, String subscriptionId, String meterId, String quantity, String unit,
            Instant start, Duration length) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "e2e-" + UUID.randomUUID());
        record.put("customerId", customerId);
        record.put("subscriptionId", subscriptionId);
        record.put("meterId", meterId);
        record.put("quantity", new BigDecimal(quantity));
        record.put("unit", unit);
        record.put("usageStartTime", start.toString());
        record.put("usageEndTime", start.plus(length).toString());
        record.put("region", "westeurope");
        record.put("resourceUri", "/subscriptions/" + subscriptionId + "/resourceGroups/rg-e2e/providers/"
                + "Microsoft.Compute/virtualMachines/vm-01");
        record.put("tags", Map.of("env", "e2e"));
        records.add(record);
        return this;
    }

    public List<String> ids() {
        return records.stream().map(record -> (String) record.get("id")).toList();
    }

    public Map<String, Object> build() {
        return Map.of("records", records);
    }
}
