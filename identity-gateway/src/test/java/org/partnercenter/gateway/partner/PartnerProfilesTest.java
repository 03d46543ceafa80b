package org.partnercenter.gateway.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.gateway.support.TestUser;
import org.partnercenter.testing.Race;

/** The partner's legal business, billing and support profiles: seeded, replaced under If-Match, its own only. */
@QuarkusTest
@GatewayTest
class PartnerProfilesTest {

    @Test
    void shouldSeedEveryProfileFromTheRegistrationWhenNoneWasUpdated() {
        // given a partner registered with an address, invoiced in euros
        TestPartner partner = registerInEuros();
        String name = "Partner " + partner.tenantId().substring(0, 8);

        // then its profiles say what the registration said, at their first etag
        as(partner.admin()).get("/v1/profiles/legalbusiness?vettingVersion=Current").then().statusCode(200)
                .body("companyName", equalTo(name))
                .body("address.city", equalTo("Schiphol"))
                .body("address.country", equalTo("NL"))
                .body("isVettingInProgress", equalTo(false))
                .body("vettingStatus", equalTo("authorized"))
                .body("vettingSubStatus", equalTo("none"))
                .body("links.self.uri", equalTo("/profiles/legalbusiness"))
                .body("attributes.objectType", equalTo("LegalBusinessProfile"))
                .body("attributes.etag", equalTo("0"));
        as(partner.admin()).get("/v1/profiles/billing").then().statusCode(200)
                .body("companyName", equalTo(name))
                .body("address.postalCode", equalTo("1118 CZ"))
                .body("billingCurrency", equalTo("EUR"))
                .body("attributes.objectType", equalTo("BillingProfile"));
        as(partner.admin()).get("/v1/profiles/support").then().statusCode(200)
                .body("displayName", equalTo(name))
                .body("email", nullValue())
                .body("attributes.objectType", equalTo("SupportProfile"));
    }

    @Test
    void shouldReplaceTheWholeProfileAndItsEtagWhenTheGlobalAdminPutsItWithTheEtag() {
        TestPartner partner = Partners.register("direct");
        String etag = etag(partner.admin(), "/v1/profiles/legalbusiness");

        String updated = as(partner.admin()).header("If-Match", "\"" + etag + "\"").body(legalBusiness("Contoso Ltd"))
                .put("/v1/profiles/legalbusiness").then().statusCode(200)
                .body("companyName", equalTo("Contoso Ltd"))
                .body("primaryContact.email", equalTo("legal@contoso.example"))
                .body("companyApproverAddress.city", equalTo("Redmond"))
                .body("attributes.etag", not(equalTo(etag)))
                .extract().path("attributes.etag");

        as(partner.admin()).get("/v1/profiles/legalbusiness").then().statusCode(200)
                .body("companyName", equalTo("Contoso Ltd"))
                .body("address.addressLine1", equalTo("1 Microsoft Way"))
                .body("primaryContact.phoneNumber", equalTo("+1 425 555 0100"))
                .body("companyApproverEmail", equalTo("approver@contoso.example"))
                .body("vettingStatus", equalTo("authorized"))
                .body("attributes.etag", equalTo(updated));
        // and the organisation profile keeps the registered name
        as(partner.admin()).get("/v1/profiles/organization").then().body("companyName", not(equalTo("Contoso Ltd")));
    }

    @Test
    void shouldTakeTheEtagFromTheBodyWhenTheSdkSendsNoIfMatch() {
        TestPartner partner = Partners.register("direct");
        Map<String, Object> profile = new LinkedHashMap<>(as(partner.admin()).get("/v1/profiles/support").then()
                .statusCode(200).extract().jsonPath().getMap(""));
        profile.put("email", "support@contoso.example");
        profile.put("telephone", "+31 20 555 0100");
        profile.put("website", "https://support.contoso.example");

        as(partner.admin()).body(profile).put("/v1/profiles/support").then().statusCode(200)
                .body("email", equalTo("support@contoso.example"))
                .body("website", equalTo("https://support.contoso.example"))
                .body("displayName", equalTo(profile.get("displayName")));
    }

    @Test
    void shouldKeepTheEtagWhenThePutChangesNothing() {
        TestPartner partner = Partners.register("direct");
        Map<String, Object> support = Map.of("email", "help@contoso.example", "displayName", "Contoso help");
        String first = as(partner.admin()).header("If-Match", "\"0\"").body(support).put("/v1/profiles/support")
                .then().statusCode(200).extract().path("attributes.etag");

        as(partner.admin()).header("If-Match", "\"" + first + "\"").body(support).put("/v1/profiles/support")
                .then().statusCode(200).body("attributes.etag", equalTo(first));
        // and the documented path is the same profile
        as(partner.admin()).get("/v1/profiles/supportprofile").then().statusCode(200)
                .body("email", equalTo("help@contoso.example")).body("attributes.etag", equalTo(first));
    }

    @Test
    void shouldUpdateAndReplayOnTheDocumentedPathWhenTheClientSendsItsRequestId() {
        TestPartner partner = Partners.register("direct");
        String requestId = java.util.UUID.randomUUID().toString();
        Map<String, Object> support = Map.of("email", "docs@contoso.example");

        String etag = as(partner.admin()).header("If-Match", "\"0\"").header("MS-RequestId", requestId).body(support)
                .put("/v1/profiles/supportprofile").then().statusCode(200)
                .body("email", equalTo("docs@contoso.example")).extract().path("attributes.etag");
        as(partner.admin()).header("If-Match", "\"0\"").header("MS-RequestId", requestId).body(support)
                .put("/v1/profiles/supportprofile").then().statusCode(200)
                .header("MS-Idempotent-Replay", "true").body("attributes.etag", equalTo(etag));
    }

    @Test
    void shouldAnswer400WhenTheEtagIsMissingOrStale() {
        TestPartner partner = Partners.register("direct");
        as(partner.admin()).body(Map.of("displayName", "No etag")).put("/v1/profiles/support")
                .then().statusCode(400).body("data", hasItem("If-Match"));

        String etag = etag(partner.admin(), "/v1/profiles/billing");
        as(partner.admin()).header("If-Match", "\"" + etag + "\"").body(Map.of("taxId", "NL001"))
                .put("/v1/profiles/billing").then().statusCode(200);
        as(partner.admin()).header("If-Match", "\"" + etag + "\"").body(Map.of("taxId", "NL002"))
                .put("/v1/profiles/billing").then().statusCode(400).body("code", equalTo(2055));
        as(partner.admin()).get("/v1/profiles/billing").then().body("taxId", equalTo("NL001"));
    }

    @Test
    void shouldRefuseAnotherBillingCurrencyWhenThePartnerIsInvoicedInItsOwn() {
        TestPartner partner = registerInEuros();

        as(partner.admin()).header("If-Match", "\"0\"").body(Map.of("billingCurrency", "USD"))
                .put("/v1/profiles/billing").then().statusCode(400)
                .body("data", hasItem("billingCurrency"))
                .body("description", containsString("EUR"));
        as(partner.admin()).header("If-Match", "\"0\"")
                .body(Map.of("billingCurrency", "eur", "purchaseOrderNumber", "PO-1"))
                .put("/v1/profiles/billing").then().statusCode(200)
                .body("billingCurrency", equalTo("EUR"))
                .body("purchaseOrderNumber", equalTo("PO-1"));
    }

    @ParameterizedTest
    @CsvSource({
            "legalbusiness, companyName, BLANK",
            "legalbusiness, companyName, LONG",
            "legalbusiness, companyApproverEmail, not-an-address",
            "legalbusiness, primaryContact.email, not-an-address",
            "legalbusiness, address.country, NLD",
            "billing, billingCurrency, EURO",
            "billing, taxId, LONG",
            "support, email, not-an-address",
            "support, telephone, call me maybe",
            "support, website, not a web address",
            "support, displayName, NUL"})
    void shouldAnswer400NamingTheFieldWhenAProfileFieldIsBad(String profile, String field, String value) {
        TestPartner partner = Partners.register("direct");
        Map<String, Object> body = new LinkedHashMap<>(profile.equals("legalbusiness") ? legalBusiness("Contoso")
                : Map.of());
        String bad = switch (value) {
            case "BLANK" -> " ";
            case "LONG" -> "x".repeat(100_000);
            case "NUL" -> "a\u0000b";
            default -> value;
        };
        if (field.contains(".")) {
            String[] parts = field.split("\\.");
            Map<String, Object> nested = new LinkedHashMap<>();
            nested.put(parts[1], bad);
            body.put(parts[0], nested);
        } else {
            body.put(field, bad);
        }

        as(partner.admin()).header("If-Match", "\"0\"").body(body).put("/v1/profiles/" + profile)
                .then().statusCode(400)
                .body("data", hasItem(containsString(field)));
    }

    @Test
    void shouldAnswer400WhenAFieldHasTheWrongType() {
        TestPartner partner = Partners.register("direct");

        as(partner.admin()).header("If-Match", "\"0\"").body("{\"companyName\": {\"a\": 1}}")
                .put("/v1/profiles/legalbusiness").then().statusCode(400);
        as(partner.admin()).header("If-Match", "\"0\"").body("{\"address\": \"Schiphol\"}")
                .put("/v1/profiles/billing").then().statusCode(400);
        as(partner.admin()).get("/v1/profiles/legalbusiness?vettingVersion=Yesterday").then().statusCode(400)
                .body("data", hasItem("vettingVersion"));
    }

    @Test
    void shouldRefuseTheUpdateButShowTheProfileWhenASalesAgentAsks() {
        TestPartner partner = Partners.register("direct");
        TestUser agent = member(partner, "sales_agent");

        as(agent).get("/v1/profiles/billing").then().statusCode(200);
        as(agent).header("If-Match", "\"0\"").body(Map.of("taxId", "NL001")).put("/v1/profiles/billing")
                .then().statusCode(403).body("code", equalTo(900150));
        as(agent).header("If-Match", "\"0\"").body(Map.of("displayName", "Mine")).put("/v1/profiles/support")
                .then().statusCode(403);
    }

    @Test
    void shouldShowEachPartnerItsOwnProfilesWhenAResellerAndItsProviderUpdateTheirs() {
        TestPartner provider = Partners.register("indirect_provider");
        TestPartner reseller = Partners.register("indirect_reseller", provider.tenantId(), true);

        as(provider.admin()).header("If-Match", "\"0\"").body(Map.of("displayName", "Provider help"))
                .put("/v1/profiles/support").then().statusCode(200);
        as(reseller.admin()).header("If-Match", "\"0\"").body(Map.of("displayName", "Reseller help"))
                .put("/v1/profiles/support").then().statusCode(200);

        as(provider.admin()).get("/v1/profiles/support").then().body("displayName", equalTo("Provider help"));
        as(reseller.admin()).get("/v1/profiles/support").then().body("displayName", equalTo("Reseller help"));
        as(Partners.register("direct").admin()).get("/v1/profiles/support").then()
                .body("displayName", not(containsString("help")))
                .body("attributes.etag", equalTo("0"));
    }

    @Test
    void shouldLetExactlyOneOfTwoUpdatesWinWhenTheyRaceWithTheSameEtag() {
        TestPartner partner = Partners.register("direct");

        Race.twoUpdatesWithOneEtag(6, () -> as(partner.admin()).get("/v1/profiles/support"), "displayName",
                (etag, value, requestId) -> {
                    RequestSpecification put = as(partner.admin()).header("If-Match", "\"" + etag + "\"")
                            .body(Map.of("displayName", value));
                    return requestId == null ? put.put("/v1/profiles/support")
                            : put.header("MS-RequestId", requestId).put("/v1/profiles/support");
                });
    }

    private static TestPartner registerInEuros() {
        String tenantId = UUID.randomUUID().toString();
        TestUser admin = TestUser.create(tenantId, "global-admin");
        Map<String, Object> registration = Partners.registration(tenantId, "direct", admin, null, true);
        registration.put("currency", "EUR");
        registration.put("country", "NL");
        registration.put("address", Map.of("addressLine1", "Evert van de Beekstraat 354", "city", "Schiphol",
                "postalCode", "1118 CZ", "country", "NL"));
        given().auth().oauth2(Partners.operatorToken()).contentType("application/json").body(registration)
                .post("/v1/partners").then().statusCode(201);
        return new TestPartner(tenantId, admin);
    }

    private static Map<String, Object> legalBusiness(String companyName) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("companyName", companyName);
        profile.put("address", Map.of("addressLine1", "1 Microsoft Way", "city", "Redmond", "state", "WA",
                "postalCode", "98052", "country", "US"));
        profile.put("primaryContact", Map.of("firstName", "Tess", "lastName", "Tester",
                "email", "legal@contoso.example", "phoneNumber", "+1 425 555 0100"));
        profile.put("companyApproverAddress", Map.of("city", "Redmond", "country", "US"));
        profile.put("companyApproverEmail", "approver@contoso.example");
        return profile;
    }

    private static TestUser member(TestPartner partner, String role) {
        TestUser user = TestUser.create(partner.tenantId(), role.replace('_', '-'));
        as(partner.admin()).body(Map.of("id", user.objectId(), "userPrincipalName", user.userPrincipalName()))
                .post("/v1/users").then().statusCode(201);
        as(partner.admin()).body(Map.of("id", role)).post("/v1/users/" + user.objectId() + "/roles")
                .then().statusCode(201);
        return user;
    }

    private static String etag(TestUser user, String path) {
        Response read = as(user).get(path);
        assertThat(read.statusCode()).isEqualTo(200);
        return read.jsonPath().getString("attributes.etag");
    }

    private static RequestSpecification as(TestUser user) {
        return given().auth().oauth2(user.token()).contentType("application/json");
    }
}
