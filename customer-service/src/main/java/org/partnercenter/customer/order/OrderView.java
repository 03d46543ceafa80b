package org.partnercenter.customer.order;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.paging.Link;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;

/** The real API's {@code Order} resource. */
public record OrderView(UUID id, UUID referenceCustomerId, BillingCycle billingCycle, List<LineItemView> lineItems,
        Instant creationDate, String status, Links links, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "Order";

    public record LineItemView(int lineItemNumber, String offerId, UUID subscriptionId, String friendlyName,
            int quantity, String partnerIdOnRecord, LineItemLinks links) {
    }

    public record LineItemLinks(Link subscription) {
    }

    static OrderView of(CustomerOrder order) {
        String customer = "/customers/" + order.customerId;
        List<LineItemView> items = order.lineItems.stream().map(i -> new LineItemView(i.lineItemNumber, i.offerId,
                i.subscriptionId, i.friendlyName, i.quantity, i.partnerIdOnRecord,
                new LineItemLinks(Link.get(customer + "/subscriptions/" + i.subscriptionId)))).toList();
        return new OrderView(order.id, order.referenceCustomerId, order.billingCycle, items, order.createdAt,
                order.status, Links.self(customer + "/orders/" + order.id), ResourceAttributes.of(OBJECT_TYPE));
    }
}
