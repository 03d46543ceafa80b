package org.partnercenter.customer.usage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerScope;
import org.partnercenter.commons.caller.ProviderFeature;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.time.WireTimes;
import org.partnercenter.customer.subscription.SubscriptionQueries;

/** The partner's reads of usage: a subscription's utilization (usage summaries, with cost, are billing's). */
@ApplicationScoped
public class UsageReads {

    private final SubscriptionQueries subscriptions;
    private final UtilizationQuery utilization;
    private final Clock clock;

    UsageReads(SubscriptionQueries subscriptions, UtilizationQuery utilization, Clock clock) {
        this.subscriptions = subscriptions;
        this.utilization = utilization;
        this.clock = clock;
    }

    @Transactional
    public Page<AzureUtilizationRecordView> utilization(Caller caller, CallerScope scope, UUID customerId,
            UUID subscriptionId, String startTime, String endTime, String granularity, String showDetails,
            PageRequest page) {
        caller.refuseResellers(ProviderFeature.AZURE_USAGE);
        caller.require(Access.USAGE_READ);
        subscriptions.get(scope, customerId, subscriptionId);
        if (startTime == null || startTime.isBlank()) {
            throw ApiException.badRequest("'start_time' is required: an ISO-8601 date-time such as "
                    + "2026-11-01T00:00:00Z.", List.of("start_time"));
        }
        Instant start = WireTimes.startOf("start_time", startTime);
        Instant end = endTime == null || endTime.isBlank() ? clock.instant() : WireTimes.endOf("end_time", endTime);
        if (!end.isAfter(start)) {
            throw ApiException.badRequest("'end_time' must be after 'start_time'.", List.of("end_time"));
        }
        Granularity g = granularity == null || granularity.isBlank() ? Granularity.DAILY
                : WireEnums.parse(Granularity.class, "granularity", granularity);
        boolean details = showDetails == null || showDetails.isBlank() || Boolean.parseBoolean(showDetails.trim());
        return utilization.fetch(new UtilizationQuery.Range(subscriptionId, start, end, g, details), page);
    }
}
