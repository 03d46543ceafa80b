package org.partnercenter.customer.usage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The payload of {@code usage.recorded} on {@code partner-center.usage}, schema version 1: a chunk of one
 * customer's newly stored records, keyed by customer so that billing rates them in order.
 */
public record UsageRecordedEventData(UUID customerId, UUID partnerTenantId, UUID associatedPartnerId,
        List<Record> records) {

    public static final int SCHEMA_VERSION = 1;

    public record Record(String id, UUID subscriptionId, String meterId, BigDecimal quantity, String unit,
            Instant usageStartTime, Instant usageEndTime, String region, String resourceUri, Map<String, String> tags) {

        static Record of(AcceptedUsage u) {
            return new Record(u.id(), u.subscriptionId(), u.meterId(), u.quantity(), u.unit(), u.usageStartTime(),
                    u.usageEndTime(), u.region(), u.resourceUri(), u.tags());
        }
    }
}
