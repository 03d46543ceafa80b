package org.partnercenter.faults.traffic;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One record the feed sends; kept, so that the end of the case can rate every record sent on its own. */
public record UsageRecord(String id, Fixture.Subscription subscription, Fixture.Meter meter, BigDecimal quantity,
        Instant start) {

    Map<String, Object> body() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("customerId", subscription.customerId());
        record.put("subscriptionId", subscription.subscriptionId());
        record.put("meterId", meter.id());
        record.put("quantity", quantity);
        record.put("unit", meter.unit());
        record.put("usageStartTime", start.toString());
        record.put("usageEndTime", start.plusSeconds(1).toString());
        record.put("region", "westeurope");
        record.put("resourceUri", subscription.resourceUri());
        record.put("tags", Map.of("env", "faults"));
        return record;
    }
}
