package org.partnercenter.pricing.product;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.partnercenter.pricing.support.Callers.as;
import static org.partnercenter.pricing.support.Callers.partner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.commons.catalog.AzureCatalog;
import org.partnercenter.pricing.support.Callers;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class ProductCatalogTest {

    private static final String PLAN = "/v1/products/DZH318Z0BCZC";
    private static final String SKU = PLAN + "/skus/0001";
    private static final String AVAILABILITY = SKU + "/availabilities/" + AzureCatalog.AZURE_PLAN_AVAILABILITY_ID;

    @Test
    void shouldListTheAzurePlanInTheRealProductShapeWhenTheAzureViewIsAsked() {
        for (String view : new String[] {"azure", "Azure", "MicrosoftAzure"}) {
            as(Callers.reader()).get("/v1/products?country=US&targetView=" + view).then().statusCode(200)
                    .body("totalCount", equalTo(1))
                    .body("attributes.objectType", equalTo("Collection"))
                    .body("links.self.uri", allOf(startsWith("/products?"), containsString("country=US"),
                            containsString("targetView=" + view)))
                    .body("items[0].id", equalTo("DZH318Z0BCZC"))
                    .body("items[0].title", equalTo("Azure plan"))
                    .body("items[0].productType.id", equalTo("Azure"))
                    .body("items[0].productType.displayName", equalTo("Azure"))
                    .body("items[0].isMicrosoftProduct", equalTo(true))
                    .body("items[0].publisherName", equalTo("Microsoft Corporation"))
                    .body("items[0].links.skus.uri", equalTo("/products/DZH318Z0BCZC/skus?country=US"))
                    .body("items[0].links.self.uri", equalTo("/products/DZH318Z0BCZC?country=US"))
                    .body("items[0].attributes.objectType", equalTo("Product"));
        }
    }

    @Test
    void shouldAnswerAnEmptyCollectionWhenAViewOrSegmentHasNothingOfOurs() {
        for (String query : new String[] {"targetView=OnlineServices", "targetView=AzureReservationsVM",
                "targetView=Azure&targetSegment=education"}) {
            as(Callers.reader()).get("/v1/products?country=US&" + query).then().statusCode(200)
                    .body("totalCount", equalTo(0)).body("attributes.objectType", equalTo("Collection"));
        }
        as(Callers.reader()).get("/v1/products?country=US&targetView=Azure&targetSegment=Commercial").then()
                .statusCode(200).body("totalCount", equalTo(1));
    }

    @Test
    void shouldRefuseNamingEveryBadFieldWhenTheListQueryIsBad() {
        as(Callers.reader()).get("/v1/products").then().statusCode(400)
                .body("code", equalTo(400)).body("data", hasItems("country", "targetView"));
        as(Callers.reader()).get("/v1/products?country=US&targetView=Games&targetSegment=pets").then()
                .statusCode(400).body("data", contains("targetView", "targetSegment"))
                .body("description", containsString("microsoft_azure"));
        as(Callers.reader()).get("/v1/products?country=XX&targetView=Azure").then().statusCode(400)
                .body("data", contains("country"));
    }

    @Test
    void shouldAnswerTheProductSkuAndAvailabilityWhenEachIsAskedById() {
        as(Callers.reader()).get("/v1/products/dzh318z0bczc?country=DE").then().statusCode(200)
                .body("id", equalTo("DZH318Z0BCZC"))
                .body("links.self.uri", equalTo("/products/DZH318Z0BCZC?country=DE"));
        as(Callers.reader()).get(PLAN + "/skus?country=US").then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items[0].id", equalTo("0001"))
                .body("items[0].productId", equalTo("DZH318Z0BCZC"))
                .body("items[0].title", equalTo("Azure plan"))
                .body("items[0].minimumQuantity", equalTo(1))
                .body("items[0].maximumQuantity", equalTo(1))
                .body("items[0].isTrial", equalTo(false))
                .body("items[0].supportedBillingCycles", contains("monthly"))
                .body("items[0].purchasePrerequisites.size()", equalTo(0))
                .body("items[0].links.availabilities.uri", equalTo("/products/DZH318Z0BCZC/skus/0001/availabilities"
                        + "?country=US"))
                .body("items[0].attributes.objectType", equalTo("Sku"));
        as(Callers.reader()).get(SKU + "?country=US").then().statusCode(200)
                .body("id", equalTo("0001"))
                .body("links.self.uri", equalTo("/products/DZH318Z0BCZC/skus/0001?country=US"));
    }

    @Test
    void shouldCarryTheCatalogItemIdOrdersNameWhenTheAvailabilitiesAreListed() {
        as(Callers.reader()).get(SKU + "/availabilities?country=GB").then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items[0].id", equalTo(AzureCatalog.AZURE_PLAN_AVAILABILITY_ID))
                .body("items[0].productId", equalTo("DZH318Z0BCZC"))
                .body("items[0].skuId", equalTo("0001"))
                .body("items[0].catalogItemId",
                        equalTo("DZH318Z0BCZC:0001:" + AzureCatalog.AZURE_PLAN_AVAILABILITY_ID))
                .body("items[0].country", equalTo("GB"))
                .body("items[0].segment", equalTo("commercial"))
                .body("items[0].defaultCurrency.code", equalTo("USD"))
                .body("items[0].isPurchasable", equalTo(true))
                .body("items[0].terms.size()", equalTo(0))
                .body("items[0].links.self.uri", equalTo(AVAILABILITY.substring(3) + "?country=GB"))
                .body("items[0].attributes.objectType", equalTo("Availability"));
        as(Callers.reader()).get(AVAILABILITY + "?country=GB").then().statusCode(200)
                .body("catalogItemId", equalTo(AzureCatalog.AZURE_PLAN_CATALOG_ITEM_ID));
    }

    @Test
    void shouldAnswer404NamingWhatIsMissingWhenAnIdIsNotInTheCatalogue() {
        as(Callers.reader()).get("/v1/products/CFQ7TTC0LH18?country=US").then().statusCode(404)
                .body("code", equalTo(400013)).body("description", containsString("CFQ7TTC0LH18"));
        as(Callers.reader()).get(PLAN + "/skus/0002?country=US").then().statusCode(404)
                .body("code", equalTo(400018));
        as(Callers.reader()).get(PLAN + "/skus/0002/availabilities?country=US").then().statusCode(404)
                .body("code", equalTo(400018));
        as(Callers.reader()).get(SKU + "/availabilities/DZH318Z0AAAA?country=US").then().statusCode(404)
                .body("code", equalTo(404)).body("description", containsString("DZH318Z0AAAA"));
    }

    @Test
    void shouldRefuseNamingCountryWhenAnItemIsAskedWithoutIt() {
        for (String path : new String[] {PLAN, PLAN + "/skus", SKU, SKU + "/availabilities", AVAILABILITY}) {
            as(Callers.reader()).get(path).then().statusCode(400).body("data", contains("country"));
        }
    }

    @Test
    void shouldLetAResellerReadAndRefuseABillingAdminWhenTheyReadProducts() {
        as(partner(PartnerType.INDIRECT_RESELLER, Roles.ADMIN_AGENT)).get(SKU + "/availabilities?country=US").then()
                .statusCode(200).body("items[0].catalogItemId", equalTo(AzureCatalog.AZURE_PLAN_CATALOG_ITEM_ID));
        as(partner(PartnerType.DIRECT, Roles.BILLING_ADMIN)).get("/v1/products?country=US&targetView=Azure").then()
                .statusCode(403).body("code", equalTo(900150));
        as(partner(PartnerType.INDIRECT_PROVIDER, Roles.USER_ADMIN)).get(AVAILABILITY + "?country=US").then()
                .statusCode(403).body("code", equalTo(900150));
    }
}
