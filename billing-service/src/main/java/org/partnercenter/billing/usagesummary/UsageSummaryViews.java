package org.partnercenter.billing.usagesummary;

import java.math.BigDecimal;
import java.util.List;
import org.partnercenter.billing.customer.Customer;
import org.partnercenter.billing.subscription.Subscription;
import org.partnercenter.billing.usagesummary.UsageScope.ScopedCustomer;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;

/** Maps rated costs to the real API's usage summary and monthly usage record shapes. */
final class UsageSummaryViews {

    private UsageSummaryViews() {
    }

    static CustomerUsageSummaryView customer(ScopedCustomer scoped, CurrentPeriod period, RatedCost cost) {
        Customer customer = scoped.customer();
        return new CustomerUsageSummaryView(customer.id.toString(), customer.companyName, period.start(),
                period.end(), cost.total(), scoped.invoiced().currencyLocale(), cost.currencyCode(), cost.usdTotal(),
                SpendingBudgetView.none(), cost.lastModified(period),
                Links.self("/customers/" + customer.id + "/usagesummary"),
                ResourceAttributes.of(CustomerUsageSummaryView.OBJECT_TYPE));
    }

    static SubscriptionUsageSummaryView subscription(ScopedCustomer scoped, Subscription subscription,
            CurrentPeriod period, RatedCost cost) {
        return new SubscriptionUsageSummaryView(subscription.id.toString(), subscription.description,
                period.start(), period.end(), cost.total(), scoped.invoiced().currencyLocale(), cost.currencyCode(),
                cost.usdTotal(), cost.lastModified(period), Links.self("/customers/" + scoped.customer().id
                        + "/subscriptions/" + subscription.id + "/usagesummary"),
                ResourceAttributes.of(SubscriptionUsageSummaryView.OBJECT_TYPE));
    }

    static PartnerUsageSummaryView partner(SummaryPartner partner, CurrentPeriod period, RatedCost cost,
            long customersWithUsage) {
        return new PartnerUsageSummaryView(partner.tenantId().toString(), partner.name(), period.start(),
                period.end(), cost.total(), partner.currencyLocale(), cost.currencyCode(), cost.usdTotal(),
                cost.lastModified(period), List.of(), 0, 0, customersWithUsage, Links.self("/usagesummary"),
                ResourceAttributes.of(PartnerUsageSummaryView.OBJECT_TYPE));
    }

    static SubscriptionMonthlyUsageRecordView record(Subscription subscription, SummaryPartner partner,
            CurrentPeriod period, RatedCost cost) {
        return new SubscriptionMonthlyUsageRecordView(subscription.id.toString(), subscription.description,
                cost.total(), partner.currencyLocale(), cost.currencyCode(), cost.usdTotal(), subscription.offerId,
                subscription.status, "", cost.lastModified(period),
                ResourceAttributes.of(SubscriptionMonthlyUsageRecordView.OBJECT_TYPE));
    }

    static CustomerMonthlyUsageRecordView record(Customer customer, SummaryPartner partner, CurrentPeriod period,
            RatedCost cost) {
        return new CustomerMonthlyUsageRecordView(customer.id.toString(), customer.companyName, cost.total(),
                partner.currencyLocale(), cost.currencyCode(), cost.usdTotal(), SpendingBudgetView.none(),
                BigDecimal.ZERO, false, cost.lastModified(period),
                ResourceAttributes.of(CustomerMonthlyUsageRecordView.OBJECT_TYPE));
    }
}
