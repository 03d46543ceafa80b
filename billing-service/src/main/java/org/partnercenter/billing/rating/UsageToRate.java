package org.partnercenter.billing.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** What rating reads of one usage record of a group. */
public record UsageToRate(UUID customerId, String recordId, Instant usageStart, LocalDate usageDate,
        BigDecimal quantity, String resourceUri, String region, Map<String, String> tags) {
}
