package org.partnercenter.customer.usage;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/usagerecords/batches} from the operator's metering feed. Ids stay text so that one bad id
 * rejects its record, not the whole batch.
 */
public record UsageBatchRequest(List<Record> records) {

    public record Record(String id, String customerId, String subscriptionId, String meterId, BigDecimal quantity,
            String unit, OffsetDateTime usageStartTime, OffsetDateTime usageEndTime, String region,
            String resourceUri, Map<String, String> tags) {
    }
}
