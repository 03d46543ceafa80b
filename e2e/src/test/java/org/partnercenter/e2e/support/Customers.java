package org.partnercenter.e2e.support;

import java.util.List;
import java.util.Map;

/** Customers and their Azure plans, made through the gateway by a partner's user, for tests about something else. */
public final class Customers {

    /** The Azure plan's offer id in the Partner Center catalogue. */
    public static final String AZURE_PLAN = "DZH318Z0BCZC";

    private final Gateway gateway;

    Customers(Gateway gateway) {
        this.gateway = gateway;
    }

    /** Creates the customer and answers its id. */
    public String create(TestUser user, CustomerBody customer) {
        return gateway.as(user).body(customer.build()).post("/v1/customers")
                .then().statusCode(201).extract().path("id");
    }

    /** Orders an Azure plan for the customer and answers the new subscription's id. */
    public String orderAzurePlan(TestUser user, String customerId) {
        return gateway.as(user).body(azurePlanOrder(customerId)).post("/v1/customers/" + customerId + "/orders")
                .then().statusCode(201).extract().path("lineItems[0].subscriptionId");
    }

    public static Map<String, Object> azurePlanOrder(String customerId) {
        return Map.of("ReferenceCustomerId", customerId, "BillingCycle", "Monthly", "LineItems", List.of(
                Map.of("LineItemNumber", 0, "OfferId", AZURE_PLAN, "FriendlyName", "Azure plan", "Quantity", 1)));
    }
}
