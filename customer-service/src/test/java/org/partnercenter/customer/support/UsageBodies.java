package org.partnercenter.customer.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds usage batches as the operator's metering feed sends them; every record is valid unless changed. */
public final class UsageBodies {

    private final List<Map<String, Object>> records = new ArrayList<>();
    private final String customerId;
    private final String subscriptionId;

    private UsageBodies(String customerId, String subscriptionId) {
        this.customerId = customerId;
        this.subscriptionId = subscriptionId;
    }

    public static UsageBodies batch(String customerId, String subscriptionId) {
        return new UsageBodies(customerId, subscriptionId);
    }

    /** One hour of a meter's usage, starting at {@code start}. */
    public UsageBodies record(String meterId, String quantity, Instant start) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", "rec-" + UUID.randomUUID());
        record.put("customerId", customerId);
        record.put("subscriptionId", subscriptionId);
        record.put("meterId", meterId);
        record.put("quantity", quantity);
        record.put("unit", "1 Hour");
        record.put("usageStartTime", start.toString());
        record.put("usageEndTime", start.plusSeconds(3600).toString());
        record.put("region", "westeurope");
        record.put("resourceUri", "/subscriptions/" + subscriptionId + "/resourceGroups/rg/providers/vm/" + meterId);
        record.put("tags", Map.of("env", "test"));
        records.add(record);
        return this;
    }

    /** Changes a field of the last record added. */
    public UsageBodies with(String field, Object value) {
        records.get(records.size() - 1).put(field, value);
        return this;
    }

    /** Adds the last record again, unchanged (the same id). */
    public UsageBodies repeatLast() {
        records.add(new LinkedHashMap<>(records.get(records.size() - 1)));
        return this;
    }

    public List<String> ids() {
        return records.stream().map(r -> (String) r.get("id")).toList();
    }

    public Map<String, Object> build() {
        return Map.of("records", records);
    }
}
