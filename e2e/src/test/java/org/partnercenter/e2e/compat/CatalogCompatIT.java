package org.partnercenter.e2e.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.catalog.AzureCatalog;
import org.partnercenter.e2e.support.CustomerBody;
import org.partnercenter.e2e.support.EndToEnd;
import org.partnercenter.e2e.support.Gateway;
import org.partnercenter.e2e.support.StackUnderTest;
import org.partnercenter.e2e.support.TestPartner;
import org.partnercenter.e2e.support.TestUser;

/**
 * The catalogue as the SDKs read it ({@code partnerOperations.Offers.ByCountry("US").Get()},
 * {@code Products.ByCountry("US").ByTargetView("Azure").Get()}, then {@code .ById(id).Skus.ById(sku).Availabilities
 * .Get()}), and the Azure plan ordered by the catalog item id it lists, as the real docs' "Create an Azure plan" does.
 */
@EndToEnd
class CatalogCompatIT {

    private final StackUnderTest stack;
    private final Gateway gateway;

    CatalogCompatIT(StackUnderTest stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void shouldListMicrosoftAzureWhenTheSdkReadsTheOffersOfAMarket() {
        TestUser sales = stack.partners().addUser(stack.partners().direct(), "catalog-sales", "sales_agent");

        sdk(sales).get("/v1/offers?country=US").then().statusCode(200)
                .body("attributes.objectType", equalTo("Collection"))
                .body("items.id", hasItem(AzureCatalog.MICROSOFT_AZURE_OFFER_ID))
                .body("items[0].billing", equalTo("usage"))
                .body("items[0].unitType", equalTo("Usage-based"))
                .body("items[0].category.attributes.objectType", equalTo("OfferCategory"))
                .body("items[0].attributes.objectType", equalTo("Offer"));
        sdk(sales).get("/v1/offers/" + AzureCatalog.MICROSOFT_AZURE_OFFER_ID + "?country=US").then().statusCode(200)
                .body("name", equalTo(AzureCatalog.MICROSOFT_AZURE_NAME))
                .body("isAvailableForPurchase", equalTo(true));
        sdk(sales).get("/v1/offercategories?country=US").then().statusCode(200)
                .body("items[0].attributes.objectType", equalTo("OfferCategory"));
    }

    @Test
    void shouldReachTheAzurePlansCatalogItemWhenTheSdkFollowsProductSkuAndAvailability() {
        TestPartner provider = stack.partners().indirectProvider();
        // A reseller orders the Azure plan for its customers: it reads the catalogue as its provider does.
        for (TestUser reader : List.of(provider.admin(), stack.partners().resellerOf(provider).admin())) {
            String catalogItemId = catalogItemIdAsTheSdkFindsIt(reader);

            assertThat(catalogItemId).isEqualTo(AzureCatalog.AZURE_PLAN_CATALOG_ITEM_ID);
        }
    }

    @Test
    void shouldProvisionTheAzurePlanWhenTheOrderNamesTheCatalogItemIdTheCatalogueLists() {
        TestPartner partner = stack.partners().direct();
        String customerId = stack.customers().create(partner.admin(), CustomerBody.customer("Catalogue Orders Ltd"));
        String catalogItemId = catalogItemIdAsTheSdkFindsIt(partner.admin());

        String subscriptionId = sdk(partner.admin()).body(Map.of("ReferenceCustomerId", customerId, "BillingCycle",
                        "Monthly", "LineItems", List.of(Map.of("LineItemNumber", 0, "OfferId", catalogItemId,
                                "FriendlyName", "Azure plan", "Quantity", 1))))
                .post("/v1/customers/" + customerId + "/orders")
                .then().statusCode(201)
                .body("attributes.objectType", equalTo("Order"))
                .extract().path("lineItems[0].subscriptionId");

        sdk(partner.admin()).get("/v1/customers/" + customerId + "/subscriptions/" + subscriptionId).then()
                .statusCode(200)
                .body("offerId", equalTo(AzureCatalog.AZURE_PLAN_PRODUCT_ID))
                .body("offerName", equalTo(AzureCatalog.AZURE_PLAN_NAME))
                .body("status", equalTo("active"));
        sdk(partner.admin()).body(Map.of("ReferenceCustomerId", customerId, "BillingCycle", "Monthly", "LineItems",
                        List.of(Map.of("LineItemNumber", 0, "OfferId", AzureCatalog.AZURE_PLAN_PRODUCT_ID + ":"
                                + AzureCatalog.AZURE_PLAN_SKU_ID + ":DZH318Z0AAAA", "Quantity", 1))))
                .post("/v1/customers/" + customerId + "/orders")
                .then().statusCode(400)
                .body("code", equalTo(400))
                .body("data[0]", startsWith("lineItems[0].offerId"));
    }

    /** Products of the Azure view, then each step by the links the previous answer gives, as the SDK's calls go. */
    private String catalogItemIdAsTheSdkFindsIt(TestUser user) {
        JsonPath products = sdk(user).get("/v1/products?country=US&targetView=Azure").then().statusCode(200)
                .body("attributes.objectType", equalTo("Collection"))
                .body("items[0].productType.id", equalTo("Azure"))
                .extract().jsonPath();
        String productId = products.getString("items[0].id");
        JsonPath skus = sdk(user).get("/v1" + products.getString("items[0].links.skus.uri")).then().statusCode(200)
                .body("items[0].productId", equalTo(productId))
                .body("items[0].attributes.objectType", equalTo("Sku"))
                .extract().jsonPath();
        JsonPath availabilities = sdk(user).get("/v1" + skus.getString("items[0].links.availabilities.uri")).then()
                .statusCode(200)
                .body("items[0].productId", equalTo(productId))
                .body("items[0].skuId", equalTo(skus.getString("items[0].id")))
                .body("items[0].country", equalTo("US"))
                .body("items[0].attributes.objectType", equalTo("Availability"))
                .extract().jsonPath();
        sdk(user).get("/v1" + availabilities.getString("items[0].links.self.uri")).then().statusCode(200)
                .body("id", equalTo(availabilities.getString("items[0].id")));
        return availabilities.getString("items[0].catalogItemId");
    }

    /** The headers the .NET SDK sends on every call, with a new request id each time. */
    private RequestSpecification sdk(TestUser user) {
        return gateway.as(user)
                .accept("application/json")
                .header("MS-RequestId", UUID.randomUUID().toString())
                .header("MS-CorrelationId", UUID.randomUUID().toString())
                .header("X-Locale", "en-US")
                .header("MS-PartnerCenter-Client", "Partner Center .NET SDK");
    }
}
