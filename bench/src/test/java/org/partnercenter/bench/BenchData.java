package org.partnercenter.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The usage rows of a run, generated once: the API and COPY load exactly the same records. */
final class BenchData {

    record Subscription(UUID customerId, UUID subscriptionId, UUID partnerTenantId) {
    }

    record Row(String id, Subscription subscription, String meterId, BigDecimal quantity, Instant start) {
    }

    private BenchData() {
    }

    static List<List<Row>> batches(String runId, List<Subscription> subscriptions, int batches, int batchSize) {
        Instant base = Instant.parse("2026-01-01T00:00:00Z");
        List<List<Row>> all = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            List<Row> batch = new ArrayList<>(batchSize);
            for (int i = 0; i < batchSize; i++) {
                int n = b * batchSize + i;
                batch.add(new Row(runId + "-" + n, subscriptions.get(n % subscriptions.size()), "meter-" + (n % 50),
                        BigDecimal.valueOf(n % 1000, 3), base.plusSeconds(3600L * (n % 720))));
            }
            all.add(batch);
        }
        return all;
    }

    static Map<String, Object> json(Row r) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", r.id());
        record.put("customerId", r.subscription().customerId());
        record.put("subscriptionId", r.subscription().subscriptionId());
        record.put("meterId", r.meterId());
        record.put("quantity", r.quantity());
        record.put("unit", "1 Hour");
        record.put("usageStartTime", r.start().toString());
        record.put("usageEndTime", r.start().plusSeconds(3600).toString());
        record.put("region", "westeurope");
        record.put("resourceUri", resourceUri(r));
        record.put("tags", Map.of("env", "bench"));
        return record;
    }

    /** The same record as a CSV line of {@code usage_record}'s columns, for COPY. */
    static String csv(Row r, Instant recordedAt) {
        return String.join(",", r.id(), r.subscription().customerId().toString(),
                r.subscription().subscriptionId().toString(), r.subscription().partnerTenantId().toString(),
                r.meterId(), r.quantity().toPlainString(), "1 Hour", r.start().toString(),
                r.start().plusSeconds(3600).toString(), "westeurope", resourceUri(r), "\"{\"\"env\"\": \"\"bench\"\"}\"",
                recordedAt.toString()) + "\n";
    }

    static String resourceUri(Row r) {
        return "/subscriptions/" + r.subscription().subscriptionId() + "/resourceGroups/bench/providers/vm/" + r.meterId();
    }
}
