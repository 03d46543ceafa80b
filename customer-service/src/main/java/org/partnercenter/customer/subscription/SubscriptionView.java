package org.partnercenter.customer.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.paging.Link;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.customer.order.BillingCycle;

/** The real API's {@code Subscription} resource. */
public record SubscriptionView(UUID id, UUID entitlementId, String offerId, String offerName, String friendlyName,
        int quantity, String unitType, UUID parentSubscriptionId, Instant creationDate, Instant effectiveStartDate,
        Instant commitmentEndDate, SubscriptionStatus status, boolean autoRenewEnabled, String billingType,
        BillingCycle billingCycle, boolean isTrial, String partnerId, List<String> suspensionReasons,
        String contractType, UUID orderId, SubscriptionLinks links, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "Subscription";

    public record SubscriptionLinks(Link offer, Link self) {
    }
}
