package org.partnercenter.customer.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.customer.support.Callers.as;
import static org.partnercenter.customer.support.OrderBodies.order;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.catalog.AzureCatalog;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.StoredRows;

/** Orders accept exactly what the catalogue lists (commons' AzureCatalog, which pricing-service's catalogue serves). */
@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class OrderCatalogueTest {

    @Test
    void shouldProvisionTheAzurePlanWhenTheOrderNamesTheCataloguesCatalogItemId() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);

        String catalogItemId = AzureCatalog.AZURE_PLAN_CATALOG_ITEM_ID.toLowerCase();

        String subscription = as(partner).body(order(customer).lineItem(catalogItemId, "Plan by catalog item").build())
                .post("/v1/customers/" + customer + "/orders")
                .then().statusCode(201)
                .body("lineItems[0].offerId", equalTo(AzureCatalog.AZURE_PLAN_PRODUCT_ID))
                .extract().path("lineItems[0].subscriptionId");

        as(partner).get("/v1/customers/" + customer + "/subscriptions/" + subscription).then().statusCode(200)
                .body("offerId", equalTo(AzureCatalog.AZURE_PLAN_PRODUCT_ID))
                .body("offerName", equalTo(AzureCatalog.AZURE_PLAN_NAME))
                .body("unitType", equalTo(AzureCatalog.UNIT_TYPE))
                .body("billingType", equalTo("usage"))
                .body("status", equalTo("active"));
    }

    @Test
    void shouldRefuseNamingTheFieldAndStoreNothingWhenTheOrderNamesAnItemTheCatalogueDoesNotList() {
        Caller partner = Callers.direct();
        String customer = Customers.createId(partner);
        String otherAvailability = AzureCatalog.AZURE_PLAN_PRODUCT_ID + ":" + AzureCatalog.AZURE_PLAN_SKU_ID
                + ":DZH318Z0AAAA";

        for (String offerId : new String[] {otherAvailability, AzureCatalog.AZURE_PLAN_PRODUCT_ID + ":0002:"
                + AzureCatalog.AZURE_PLAN_AVAILABILITY_ID, "MS-AZR-0017P"}) {
            as(partner).body(order(customer).lineItem(offerId, "Not listed").build())
                    .post("/v1/customers/" + customer + "/orders")
                    .then().statusCode(400)
                    .body("code", equalTo(400))
                    .body("data[0]", containsString("lineItems[0].offerId"))
                    .body("data[0]", containsString(AzureCatalog.AZURE_PLAN_CATALOG_ITEM_ID));
        }

        assertThat(StoredRows.count("select count(*) from customer_order where customer_id = ?1",
                UUID.fromString(customer))).isZero();
    }
}
