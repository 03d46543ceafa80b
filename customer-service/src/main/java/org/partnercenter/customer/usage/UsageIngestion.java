package org.partnercenter.customer.usage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.commons.request.Body;
import org.partnercenter.customer.config.CustomerServiceConfig;
import org.partnercenter.customer.usage.UsageBatchResult.Rejection;
import org.partnercenter.events.customer.CustomerServiceEvents;
import org.partnercenter.events.customer.UsageRecorded;

/**
 * Takes a metering batch: validates every record, stores the new ones in one statement and announces
 * them on the usage topic in the same transaction, so billing sees exactly what was stored.
 */
@ApplicationScoped
public class UsageIngestion {

    private final UsageRecordValidator validator;
    private final UsageWriter writer;
    private final Outbox outbox;
    private final Clock clock;
    private final CustomerServiceConfig.Usage limits;

    UsageIngestion(UsageRecordValidator validator, UsageWriter writer, Outbox outbox, Clock clock,
            CustomerServiceConfig config) {
        this.validator = validator;
        this.writer = writer;
        this.outbox = outbox;
        this.clock = clock;
        this.limits = config.usage();
    }

    @Transactional
    public UsageBatchResult ingest(Caller caller, Body<UsageBatchRequest> body, boolean partial) {
        caller.require(Access.OPERATOR_ONLY);
        // Each record is checked on its own below, so that a partial batch stores the valid ones.
        UsageBatchRequest batch = body.read();
        List<UsageBatchRequest.Record> records = batch == null || batch.records() == null ? List.of() : batch.records();
        if (records.isEmpty() || records.size() > limits.maxBatchRecords()) {
            throw ApiException.badRequest("'records' must hold between 1 and " + limits.maxBatchRecords()
                    + " usage records, got " + records.size() + ". Split larger feeds into several batches.",
                    List.of("records"));
        }
        UsageRecordValidator.Outcome outcome = validator.check(records);
        if (!outcome.rejected().isEmpty() && !partial) {
            throw rejectedBatch(outcome.rejected(), records.size());
        }
        Set<String> inserted = writer.insert(outcome.valid(), clock.instant());
        List<String> duplicates = new ArrayList<>(outcome.repeatedInBatch());
        List<AcceptedUsage> stored = new ArrayList<>();
        for (AcceptedUsage usage : outcome.valid()) {
            if (inserted.contains(usage.id())) {
                stored.add(usage);
            } else {
                duplicates.add(usage.id());
            }
        }
        publish(stored);
        return new UsageBatchResult(stored.size(), duplicates, outcome.rejected());
    }

    /** One event per chunk of one customer's records: ordered per customer, each small enough for Kafka. */
    private void publish(List<AcceptedUsage> stored) {
        Map<UUID, List<AcceptedUsage>> byCustomer = new LinkedHashMap<>();
        for (AcceptedUsage usage : stored) {
            byCustomer.computeIfAbsent(usage.customerId(), id -> new ArrayList<>()).add(usage);
        }
        int chunk = limits.recordsPerEvent();
        byCustomer.forEach((customerId, usages) -> {
            AcceptedUsage first = usages.get(0);
            for (int from = 0; from < usages.size(); from += chunk) {
                List<UsageRecorded.RecordedUsage> records = usages.subList(from, Math.min(from + chunk,
                        usages.size())).stream().map(AcceptedUsage::event).toList();
                outbox.publish(CustomerServiceEvents.USAGE_RECORDED, customerId.toString(), customerId.toString(),
                        new UsageRecorded(customerId, first.partnerTenantId(), first.resellerTenantId(), records));
            }
        });
    }

    private static ApiException rejectedBatch(List<Rejection> rejected, int total) {
        List<String> data = rejected.stream()
                .map(r -> "records[" + r.index() + "]" + (r.id() == null ? "" : " (id " + r.id() + ")") + ": " + r.reason())
                .toList();
        return ApiException.badRequest(rejected.size() + " of " + total + " usage records are not valid, so none was "
                + "stored. Fix them, or send ?partial=true to store the valid ones and skip these.", data);
    }
}
