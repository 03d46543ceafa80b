package org.partnercenter.billing.lineitem;

import org.partnercenter.billing.customer.Customer;
import org.partnercenter.billing.subscription.Subscription;
import org.partnercenter.commons.partner.Partner;

/**
 * A line item with what names it, from billing's copies: its customer, subscription, partner and the customer's
 * indirect reseller. Each may be null when billing does not know it (yet); the reseller is null for a partner's
 * own customers.
 */
public record LineItemRow(UsageLineItem item, Customer customer, Subscription subscription, Partner partner,
        Partner reseller) {
}
