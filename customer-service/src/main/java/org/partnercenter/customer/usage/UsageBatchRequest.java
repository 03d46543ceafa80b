package org.partnercenter.customer.usage;

import static org.partnercenter.commons.input.TextKind.GUID;
import static org.partnercenter.commons.input.TextKind.IDENTIFIER;
import static org.partnercenter.commons.input.TextKind.NAME;
import static org.partnercenter.commons.input.TextKind.URI;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.partnercenter.commons.input.Text;

/**
 * {@code POST /v1/usagerecords/batches} from the operator's metering feed. Ids stay text so that one bad id
 * rejects its record, not the whole batch.
 */
public record UsageBatchRequest(List<@Valid Record> records) {

    /** Checked one by one ({@code UsageRecordValidator}), so that a partial batch stores the valid ones. */
    public record Record(@Text(IDENTIFIER) String id, @Text(GUID) String customerId, @Text(GUID) String subscriptionId,
            @Text(IDENTIFIER) String meterId, BigDecimal quantity, @Text(NAME) String unit,
            OffsetDateTime usageStartTime, OffsetDateTime usageEndTime, @Text(NAME) String region,
            @Text(URI) String resourceUri, Map<@Text(NAME) String, @Text(NAME) String> tags) {
    }
}
