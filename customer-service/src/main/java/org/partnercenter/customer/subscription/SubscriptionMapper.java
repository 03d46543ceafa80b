package org.partnercenter.customer.subscription;

import java.util.List;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.paging.Link;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.commons.request.Etag;
import org.partnercenter.customer.account.Customer;
import org.partnercenter.events.customer.SubscriptionChanged;

/** Between the stored subscription, its wire shape and its event payload. */
public final class SubscriptionMapper {

    private SubscriptionMapper() {
    }

    public static SubscriptionView view(Subscription s) {
        var links = new SubscriptionView.SubscriptionLinks(Link.get("/offers/" + s.offerId),
                Link.get("/customers/" + s.customerId + "/subscriptions/" + s.id));
        return new SubscriptionView(s.id, s.entitlementId, s.offerId, s.offerName, s.friendlyName, s.quantity,
                s.unitType, null, s.createdAt, s.effectiveStartDate, s.commitmentEndDate, s.status, false,
                s.billingType, s.billingCycle, false, s.partnerIdOnRecord, List.of(), "subscription", s.orderId, links,
                new ResourceAttributes(SubscriptionView.OBJECT_TYPE, Etag.of(s.version)));
    }

    static SubscriptionChanged event(Subscription s, Customer c) {
        return new SubscriptionChanged(s.id, s.entitlementId, s.customerId, c.partnerTenantId, c.resellerTenantId,
                s.orderId, s.offerId, s.offerName, s.friendlyName, s.quantity, WireEnums.wireName(s.status), WireEnums.wireName(s.billingCycle),
                s.partnerIdOnRecord, s.updatedAt);
    }
}
