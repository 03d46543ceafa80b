package org.partnercenter.billing.usagesummary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.billing.subscription.Subscription;
import org.partnercenter.billing.usagesummary.UsageScope.ScopedCustomer;
import org.partnercenter.billing.usagesummary.UsageTotals.By;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.ProviderFeature;

/**
 * Usage summaries with rated cost for the current billing period (the calendar month, UTC, of the injectable clock),
 * from the line items rating wrote. The caller is checked as the gateway checks it (resellers use their provider's
 * solution for Azure usage; then the usage readers' roles) before anything is read.
 */
@ApplicationScoped
class UsageSummaries {

    private final UsageScope scope;
    private final UsageTotals totals;
    private final Clock clock;

    UsageSummaries(UsageScope scope, UsageTotals totals, Clock clock) {
        this.scope = scope;
        this.totals = totals;
        this.clock = clock;
    }

    @Transactional
    CustomerUsageSummaryView customer(Caller caller, UUID customerId) {
        allow(caller);
        ScopedCustomer scoped = scope.customer(caller, customerId);
        CurrentPeriod period = CurrentPeriod.of(clock);
        return UsageSummaryViews.customer(scoped, period,
                totals.of(By.CUSTOMER, customerId, scoped.invoiced(), period));
    }

    @Transactional
    SubscriptionUsageSummaryView subscription(Caller caller, UUID customerId, UUID subscriptionId) {
        allow(caller);
        ScopedCustomer scoped = scope.customer(caller, customerId);
        Subscription subscription = scope.subscription(scoped, subscriptionId);
        CurrentPeriod period = CurrentPeriod.of(clock);
        return UsageSummaryViews.subscription(scoped, subscription, period,
                totals.of(By.SUBSCRIPTION, subscriptionId, scoped.invoiced(), period));
    }

    @Transactional
    List<SubscriptionMonthlyUsageRecordView> subscriptions(Caller caller, UUID customerId) {
        allow(caller);
        ScopedCustomer scoped = scope.customer(caller, customerId);
        CurrentPeriod period = CurrentPeriod.of(clock);
        Map<UUID, RatedCost> costs = totals.per(By.SUBSCRIPTION, By.CUSTOMER, customerId, scoped.invoiced(), period);
        RatedCost none = RatedCost.none(scoped.invoiced().currency());
        return scope.subscriptionsOf(scoped.customer()).stream().map(subscription -> UsageSummaryViews.record(
                subscription, scoped.invoiced(), period, costs.getOrDefault(subscription.id, none))).toList();
    }

    @Transactional
    List<CustomerMonthlyUsageRecordView> customers(Caller caller, String partnerTenantId) {
        allow(caller);
        SummaryPartner partner = scope.partner(caller, partnerTenantId);
        CurrentPeriod period = CurrentPeriod.of(clock);
        Map<UUID, RatedCost> costs = totals.per(By.CUSTOMER, By.PARTNER, partner.tenantId(), partner, period);
        RatedCost none = RatedCost.none(partner.currency());
        return scope.customersOf(partner).stream().map(customer -> UsageSummaryViews.record(customer, partner,
                period, costs.getOrDefault(customer.id, none))).toList();
    }

    @Transactional
    PartnerUsageSummaryView partner(Caller caller, String partnerTenantId) {
        allow(caller);
        SummaryPartner partner = scope.partner(caller, partnerTenantId);
        CurrentPeriod period = CurrentPeriod.of(clock);
        Map<UUID, RatedCost> costs = totals.per(By.CUSTOMER, By.PARTNER, partner.tenantId(), partner, period);
        return UsageSummaryViews.partner(partner, period, RatedCost.sum(partner.currency(), costs.values()),
                costs.size());
    }

    private static void allow(Caller caller) {
        caller.refuseResellers(ProviderFeature.AZURE_USAGE);
        caller.require(Access.USAGE_READ);
    }
}
