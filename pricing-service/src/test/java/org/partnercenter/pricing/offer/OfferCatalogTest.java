package org.partnercenter.pricing.offer;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.partnercenter.pricing.support.Callers.as;
import static org.partnercenter.pricing.support.Callers.partner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.PartnerType;
import org.partnercenter.commons.caller.Roles;
import org.partnercenter.pricing.support.Callers;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class OfferCatalogTest {

    @Test
    void shouldListMicrosoftAzureInTheRealOfferShapeWhenAMarketIsAsked() {
        as(Callers.reader()).get("/v1/offers?country=us").then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("attributes.objectType", equalTo("Collection"))
                .body("links.self.uri", equalTo("/offers?country=us"))
                .body("links.next", nullValue())
                .body("items[0].id", equalTo("MS-AZR-0145P"))
                .body("items[0].name", equalTo("Microsoft Azure"))
                .body("items[0].country", equalTo("US"))
                .body("items[0].locale", equalTo("en-us"))
                .body("items[0].minimumQuantity", equalTo(1))
                .body("items[0].maximumQuantity", equalTo(1))
                .body("items[0].category.id", equalTo("Azure"))
                .body("items[0].category.attributes.objectType", equalTo("OfferCategory"))
                .body("items[0].isAddOn", equalTo(false))
                .body("items[0].hasAddOns", equalTo(false))
                .body("items[0].isAvailableForPurchase", equalTo(true))
                .body("items[0].isAutoRenewable", equalTo(false))
                .body("items[0].isTrial", equalTo(false))
                .body("items[0].billing", equalTo("usage"))
                .body("items[0].supportedBillingCycles", contains("monthly"))
                .body("items[0].prerequisiteOffers.size()", equalTo(0))
                .body("items[0].limitUnitOfMeasure", equalTo("None"))
                .body("items[0].limit", equalTo(0))
                .body("items[0].product.name", equalTo("Microsoft Azure"))
                .body("items[0].product.unit", equalTo("Usage-based"))
                .body("items[0].unitType", equalTo("Usage-based"))
                .body("items[0].uri", equalTo("/offers/MS-AZR-0145P"))
                .body("items[0].links.self.uri", equalTo("/offers/MS-AZR-0145P?country=US"))
                .body("items[0].links.learnMore.uri", containsString("azure.microsoft.com"))
                .body("items[0].attributes.objectType", equalTo("Offer"));
    }

    @Test
    void shouldAnswerTheOfferWhenItsIdIsAskedInAnyCase() {
        as(Callers.reader()).header("X-Locale", "en-GB").get("/v1/offers/ms-azr-0145p?country=FR").then()
                .statusCode(200)
                .body("id", equalTo("MS-AZR-0145P"))
                .body("country", equalTo("FR"))
                .body("attributes.objectType", equalTo("Offer"));
    }

    @Test
    void shouldListTheCategoryWhenEitherCategoriesPathIsAsked() {
        for (String path : new String[] {"/v1/offercategories?country=US", "/v1/offers/categories?country=US"}) {
            as(Callers.reader()).get(path).then().statusCode(200)
                    .body("totalCount", equalTo(1))
                    .body("items[0].id", equalTo("Azure"))
                    .body("items[0].country", equalTo("US"))
                    .body("items[0].locale", equalTo("en-us"))
                    .body("items[0].attributes.objectType", equalTo("OfferCategory"))
                    .body("attributes.objectType", equalTo("Collection"));
        }
    }

    @Test
    void shouldRefuseNamingCountryWhenItIsMissingMalformedOrNotAMarket() {
        for (String query : new String[] {"", "?country=", "?country=USA", "?country=1A", "?country=KP"}) {
            as(Callers.reader()).get("/v1/offers" + query).then().statusCode(400)
                    .body("code", equalTo(400))
                    .body("data", contains("country"))
                    .body("description", containsString("country"));
        }
        as(Callers.reader()).get("/v1/offers/MS-AZR-0145P").then().statusCode(400).body("data", contains("country"));
        as(Callers.reader()).get("/v1/offercategories").then().statusCode(400).body("data", contains("country"));
        as(Callers.reader()).get("/v1/offers?country=KP").then().statusCode(400)
                .body("description", containsString("US"));
    }

    @Test
    void shouldRefuseNamingBothWhenTheCountryAndTheLocaleAreBad() {
        as(Callers.reader()).get("/v1/offers?locale=!!").then().statusCode(400)
                .body("data", hasItems("country", "locale"));
    }

    @Test
    void shouldAnswer404WhenTheOfferIsNotSold() {
        as(Callers.reader()).get("/v1/offers/031C9E47-4802-4248-838E-778FB1D2CC05?country=US").then().statusCode(404)
                .body("code", equalTo(404))
                .body("description", containsString("031C9E47-4802-4248-838E-778FB1D2CC05"));
    }

    @Test
    void shouldSendTheClientToTheProductsApiWhenTheAzurePlanIsAskedAsAnOffer() {
        as(Callers.reader()).get("/v1/offers/DZH318Z0BCZC?country=US").then().statusCode(400)
                .body("code", equalTo(2100))
                .body("description", containsString("Products"));
    }

    @Test
    void shouldLetResellersAndEveryCustomerReaderReadWhenTheyListOffers() {
        as(partner(PartnerType.INDIRECT_RESELLER, Roles.SALES_AGENT)).get("/v1/offers?country=US").then()
                .statusCode(200).body("totalCount", equalTo(1));
        for (String role : new String[] {Roles.GLOBAL_ADMIN, Roles.ADMIN_AGENT, Roles.HELPDESK_AGENT}) {
            as(partner(PartnerType.INDIRECT_PROVIDER, role)).get("/v1/offers?country=US").then().statusCode(200);
        }
        as(Callers.operator()).get("/v1/offers?country=US").then().statusCode(200);
    }

    @Test
    void shouldRefuseTheRoleWhenABillingOrUserAdminReadsOffers() {
        as(partner(PartnerType.DIRECT, Roles.BILLING_ADMIN)).get("/v1/offers?country=US").then().statusCode(403)
                .body("code", equalTo(900150));
        as(partner(PartnerType.DIRECT, Roles.USER_ADMIN)).get("/v1/offercategories?country=US").then()
                .statusCode(403).body("code", equalTo(900150));
        as(partner(PartnerType.OPERATOR, Roles.OPERATOR_SUPPORT)).get("/v1/offers/MS-AZR-0145P?country=US").then()
                .statusCode(403).body("code", equalTo(900150));
    }
}
