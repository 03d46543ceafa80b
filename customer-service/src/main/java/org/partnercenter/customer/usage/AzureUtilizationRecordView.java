package org.partnercenter.customer.usage;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * The real API's {@code AzureUtilizationRecord}. The resource's name, category and subcategory are the meter's in the
 * price list in force (customer-service's copy of pricing's meters); null for a meter no price list names.
 */
public record AzureUtilizationRecordView(OffsetDateTime usageStartTime, OffsetDateTime usageEndTime,
        Resource resource, BigDecimal quantity, String unit, Map<String, String> infoFields, InstanceData instanceData,
        ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "AzureUtilizationRecord";

    public record Resource(String id, String name, String category, String subcategory, String region) {
    }

    public record InstanceData(String resourceUri, String location, String partNumber, String orderNumber,
            Map<String, String> tags, Map<String, String> additionalInfo) {
    }
}
