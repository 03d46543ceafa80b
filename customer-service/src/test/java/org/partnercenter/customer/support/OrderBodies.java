package org.partnercenter.customer.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds {@code POST /v1/customers/{id}/orders} bodies in the docs' PascalCase shape. */
public final class OrderBodies {

    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> lineItems = new ArrayList<>();

    private OrderBodies(String customerId) {
        body.put("ReferenceCustomerId", customerId);
        body.put("BillingCycle", "Monthly");
        body.put("LineItems", lineItems);
    }

    public static OrderBodies order(String customerId) {
        return new OrderBodies(customerId);
    }

    /** An order for one Azure plan, as most tests need. */
    public static OrderBodies azurePlan(String customerId) {
        return order(customerId).lineItem("DZH318Z0BCZC", "Azure plan");
    }

    public OrderBodies lineItem(String offerId, String friendlyName) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("LineItemNumber", lineItems.size());
        item.put("OfferId", offerId);
        item.put("FriendlyName", friendlyName);
        item.put("Quantity", 1);
        lineItems.add(item);
        return this;
    }

    public OrderBodies set(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Map<String, Object> build() {
        return body;
    }
}
