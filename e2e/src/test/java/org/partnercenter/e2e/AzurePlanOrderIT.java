package org.partnercenter.e2e;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.catalog.AzureCatalog;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.Customers;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

@EndToEnd
class AzurePlanOrderIT {

    private final StackUnderTest stack;
    private final Gateway gateway;

    AzurePlanOrderIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldProvisionAnActiveAzurePlanWhenTheOrderIsPlaced() {
        TestPartner partner = stack.partners().direct();
        TestUser sales = stack.partners().addUser(partner, "sales", "sales_agent");
        String customerId = stack.customers().create(sales, CustomerBody.customer("Proseware"));

        Response order = gateway.as(sales).body(Customers.azurePlanOrder(customerId))
                .post("/v1/customers/" + customerId + "/orders");

        order.then().statusCode(201)
                .body("referenceCustomerId", equalTo(customerId))
                .body("status", equalTo("completed"))
                .body("billingCycle", equalTo("monthly"))
                .body("lineItems.size()", equalTo(1))
                .body("lineItems[0].offerId", equalTo(Customers.AZURE_PLAN))
                .body("lineItems[0].quantity", equalTo(1))
                .body("attributes.objectType", equalTo("Order"));
        String subscriptionId = order.path("lineItems[0].subscriptionId");
        gateway.as(sales).get("/v1/customers/" + customerId + "/subscriptions")
                .then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items[0].id", equalTo(subscriptionId))
                .body("items[0].offerId", equalTo(Customers.AZURE_PLAN))
                .body("items[0].offerName", equalTo("Azure plan"))
                .body("items[0].friendlyName", equalTo("Azure plan"))
                .body("items[0].quantity", equalTo(1))
                .body("items[0].status", equalTo("active"))
                .body("items[0].billingType", equalTo("usage"))
                .body("items[0].orderId", equalTo(order.path("id")));
        gateway.as(sales).get("/v1/customers/" + customerId + "/orders")
                .then().statusCode(200).body("totalCount", equalTo(1)).body("items[0].id", equalTo(order.path("id")));
    }

    @Test
    void shouldRefuseTheOrderNamingTheOfferWhenTheOfferIsUnknown() {
        TestPartner partner = stack.partners().direct();
        String customerId = stack.customers().create(partner.admin(), CustomerBody.customer("Northwind"));

        gateway.as(partner.admin())
                .body(Map.of("ReferenceCustomerId", customerId, "BillingCycle", "Monthly", "LineItems",
                        List.of(Map.of("LineItemNumber", 0, "OfferId", "NOT-AN-OFFER", "Quantity", 1))))
                .post("/v1/customers/" + customerId + "/orders")
                .then().statusCode(400)
                .body("code", equalTo(400))
                .body("data[0]", equalTo("lineItems[0].offerId: unknown offer 'NOT-AN-OFFER', this service offers "
                        + "DZH318Z0BCZC, " + AzureCatalog.AZURE_PLAN_CATALOG_ITEM_ID + ", MS-AZR-0145P"));
        gateway.as(partner.admin()).get("/v1/customers/" + customerId + "/subscriptions")
                .then().statusCode(200).body("totalCount", equalTo(0));
    }

    @Test
    void shouldRefuseTheOrderWhenTheCallerIsAHelpdeskAgent() {
        TestPartner partner = stack.partners().direct();
        TestUser helpdesk = stack.partners().addUser(partner, "helpdesk", "helpdesk_agent");
        String customerId = stack.customers().create(partner.admin(), CustomerBody.customer("Fabrikam Retail"));

        gateway.as(helpdesk).body(Customers.azurePlanOrder(customerId)).post("/v1/customers/" + customerId + "/orders")
                .then().statusCode(403).body("code", equalTo(900150));
        gateway.as(helpdesk).get("/v1/customers/" + customerId + "/subscriptions")
                .then().statusCode(200).body("totalCount", equalTo(0));
    }
}
