package org.partnercenter.gateway.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnercenter.events.gateway.IdentityGatewayEvents;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.gateway.support.TestUser;
import org.partnercenter.testing.EventContract;

/** A partner's optional postal address: registered, shown, changed, published for the services' documents. */
@QuarkusTest
@GatewayTest
class PartnerAddressTest {

    private static final Map<String, Object> AMSTERDAM = address("Evert van de Beekstraat 354", "Floor 5", "Unit 2",
            "Schiphol", "Noord-Holland", "1118 CZ", "Randstad", "nl");

    @Test
    void shouldShowAndPublishTheAddressWhenThePartnerIsRegisteredWithOne() {
        // given a registration with an address, its property names in the real API's PascalCase
        String tenantId = UUID.randomUUID().toString();
        Map<String, Object> registration = registration(tenantId);
        registration.put("Address", pascalCase(AMSTERDAM));

        // when the operator registers it
        operator().body(registration).post("/v1/partners").then().statusCode(201)
                .body("address.addressLine1", equalTo("Evert van de Beekstraat 354"));

        // then reading it shows the address, the country in capitals
        operator().get("/v1/partners/" + tenantId).then().statusCode(200)
                .body("address.addressLine1", equalTo("Evert van de Beekstraat 354"))
                .body("address.addressLine2", equalTo("Floor 5"))
                .body("address.addressLine3", equalTo("Unit 2"))
                .body("address.city", equalTo("Schiphol"))
                .body("address.state", equalTo("Noord-Holland"))
                .body("address.postalCode", equalTo("1118 CZ"))
                .body("address.region", equalTo("Randstad"))
                .body("address.country", equalTo("NL"));
        // and the partners topic carries it
        JsonNode address = Partners.published(tenantId, "partner.registered").data().path("address");
        assertThat(address.path("addressLine1").asText()).isEqualTo("Evert van de Beekstraat 354");
        assertThat(address.path("postalCode").asText()).isEqualTo("1118 CZ");
        assertThat(address.path("country").asText()).isEqualTo("NL");
    }

    @Test
    void shouldLeaveTheAddressOutWhenThePartnerIsRegisteredWithoutOne() {
        TestPartner partner = Partners.register("direct");

        operator().get("/v1/partners/" + partner.tenantId()).then().statusCode(200)
                .body("address", nullValue());
        assertThat(Partners.published(partner.tenantId(), "partner.registered").data().path("address").isEmpty())
                .isTrue();
        given().auth().oauth2(partner.admin().token()).get("/v1/profiles/organization").then().statusCode(200)
                .body("defaultAddress.country", equalTo("US"))
                .body("defaultAddress.city", nullValue());
    }

    @ParameterizedTest
    @CsvSource({"country, NLD", "country, 12", "addressLine1, LONG_NAME", "city, LONG_NAME", "postalCode, LONG_CODE"})
    void shouldAnswer400NamingTheFieldWhenAnAddressPartIsBad(String field, String value) {
        Map<String, Object> address = new LinkedHashMap<>(AMSTERDAM);
        address.put(field, value.replace("LONG_NAME", "x".repeat(257)).replace("LONG_CODE", "9".repeat(65)));
        Map<String, Object> registration = registration(UUID.randomUUID().toString());
        registration.put("address", address);

        operator().body(registration).post("/v1/partners").then().statusCode(400)
                .body("code", equalTo(400))
                .body("data", hasSize(1))
                .body("data", hasItem(containsString("address." + field)));
    }

    @Test
    void shouldReplaceOrRemoveTheAddressAndPublishItWhenTheOperatorChangesIt() {
        // given a partner registered with an address
        String tenantId = UUID.randomUUID().toString();
        Map<String, Object> registration = registration(tenantId);
        registration.put("address", AMSTERDAM);
        operator().body(registration).post("/v1/partners").then().statusCode(201);
        String etag = operator().get("/v1/partners/" + tenantId).then().extract().path("attributes.etag");

        // when the operator sends another one
        operator().header("If-Match", "\"" + etag + "\"")
                .body(Map.of("address", Map.of("addressLine1", "1 Microsoft Way", "city", "Redmond", "country", "us")))
                .patch("/v1/partners/" + tenantId).then().statusCode(200);

        // then it replaces the whole address, and the update carries it to the services
        operator().get("/v1/partners/" + tenantId).then().statusCode(200)
                .body("address.addressLine1", equalTo("1 Microsoft Way"))
                .body("address.addressLine2", nullValue())
                .body("address.country", equalTo("US"));
        JsonNode published = Partners.published(tenantId, "partner.updated").data().path("address");
        assertThat(published.path("city").asText()).isEqualTo("Redmond");
        assertThat(published.has("addressLine2")).isFalse();

        // and an empty one removes it, from the services' copies too
        etag = operator().get("/v1/partners/" + tenantId).then().extract().path("attributes.etag");
        operator().header("If-Match", "\"" + etag + "\"").body(Map.of("address", Map.of()))
                .patch("/v1/partners/" + tenantId).then().statusCode(200).body("address", nullValue());
        assertThat(EventContract.stored(IdentityGatewayEvents.PARTNER_UPDATED, tenantId).path("data")
                .path("address").isEmpty()).isTrue();
    }

    private static Map<String, Object> registration(String tenantId) {
        return Partners.registration(tenantId, "direct", TestUser.create(tenantId, "global-admin"), null, true);
    }

    private static Map<String, Object> address(String line1, String line2, String line3, String city, String state,
            String postalCode, String region, String country) {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("addressLine1", line1);
        address.put("addressLine2", line2);
        address.put("addressLine3", line3);
        address.put("city", city);
        address.put("state", state);
        address.put("postalCode", postalCode);
        address.put("region", region);
        address.put("country", country);
        return address;
    }

    private static Map<String, Object> pascalCase(Map<String, Object> address) {
        Map<String, Object> pascal = new LinkedHashMap<>();
        address.forEach((name, value) -> pascal.put(Character.toUpperCase(name.charAt(0)) + name.substring(1), value));
        return pascal;
    }

    private static RequestSpecification operator() {
        return given().auth().oauth2(Partners.operatorToken()).contentType("application/json");
    }
}
