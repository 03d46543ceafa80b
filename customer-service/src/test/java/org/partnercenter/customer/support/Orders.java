package org.partnercenter.customer.support;

import static org.partnercenter.customer.support.Callers.as;

import org.partnercenter.commons.caller.Caller;

/** Places orders through the API and answers what later steps need. */
public final class Orders {

    private Orders() {
    }

    /** Orders an Azure plan for the customer and answers the new subscription's id. */
    public static String azureSubscription(Caller caller, String customerId) {
        return as(caller).body(OrderBodies.azurePlan(customerId).build())
                .post("/v1/customers/" + customerId + "/orders")
                .then().statusCode(201).extract().path("lineItems[0].subscriptionId");
    }
}
