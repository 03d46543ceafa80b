package org.partnercenter.gateway.partner;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.gateway.support.TestUser;
import org.partnercenter.testing.Race;

@QuarkusTest
@GatewayTest
class PartnerRegistryTest {

    @Test
    void shouldRegisterAPartnerAndPublishItWhenTheOperatorAsks() {
        String tenantId = UUID.randomUUID().toString();
        TestUser admin = TestUser.create(tenantId, "global-admin");

        given().auth().oauth2(Partners.operatorToken()).contentType("application/json")
                .body(Partners.registration(tenantId, "indirect_provider", admin, null, true))
                .post("/v1/partners")
                .then().statusCode(201)
                .header("Location", containsString("/v1/partners/" + tenantId))
                .body("tenantId", equalTo(tenantId))
                .body("partnerType", equalTo("indirect_provider"))
                .body("country", equalTo("US"))
                .body("currency", equalTo("USD"))
                .body("state", equalTo("active"))
                .body("attributes.objectType", equalTo("Partner"));

        EventEnvelope event = Partners.published(tenantId, "partner.registered");
        assertThat(event.data().path("partnerType").asText()).isEqualTo("indirect_provider");
        assertThat(event.data().path("currency").asText()).isEqualTo("USD");
    }

    @Test
    void shouldRegisterAResellerUnderItsProviderWhenTheProviderIsRegistered() {
        TestPartner provider = Partners.register("indirect_provider");
        TestPartner reseller = Partners.register("indirect_reseller", provider.tenantId(), true);

        given().auth().oauth2(Partners.operatorToken()).get("/v1/partners/" + reseller.tenantId())
                .then().statusCode(200)
                .body("providerTenantId", equalTo(provider.tenantId()));
    }

    @Test
    void shouldRefuseAResellerWhenItNamesNoRegisteredProvider() {
        String tenantId = UUID.randomUUID().toString();
        TestUser admin = TestUser.create(tenantId, "global-admin");
        TestPartner direct = Partners.register("direct");

        given().auth().oauth2(Partners.operatorToken()).contentType("application/json")
                .body(Partners.registration(tenantId, "indirect_reseller", admin, null, true))
                .post("/v1/partners").then().statusCode(400).body("data", hasItem("providerTenantId"));
        given().auth().oauth2(Partners.operatorToken()).contentType("application/json")
                .body(Partners.registration(tenantId, "indirect_reseller", admin, direct.tenantId(), true))
                .post("/v1/partners").then().statusCode(400).body("data", hasItem("providerTenantId"));
    }

    @Test
    void shouldNameEveryMissingFieldWhenTheRegistrationIsIncomplete() {
        given().auth().oauth2(Partners.operatorToken()).contentType("application/json").body("{}")
                .post("/v1/partners")
                .then().statusCode(400)
                .body("data", hasItem(containsString("tenantId")))
                .body("data", hasItem(containsString("partnerType")))
                .body("data", hasItem(containsString("globalAdmin")));
    }

    @Test
    void shouldRefuseATenantTwiceWhenItIsAlreadyRegistered() {
        TestPartner partner = Partners.register("direct");

        given().auth().oauth2(Partners.operatorToken()).contentType("application/json")
                .body(Partners.registration(partner.tenantId(), "direct", partner.admin(), null, true))
                .post("/v1/partners").then().statusCode(409);
    }

    @Test
    void shouldRefuseWith900150WhenAPartnerTriesToRegisterPartners() {
        TestPartner partner = Partners.register("direct");

        given().auth().oauth2(partner.admin().token()).get("/v1/partners")
                .then().statusCode(403).body("code", equalTo(900150))
                .body("description", containsString("operator_admin"));
    }

    @Test
    void shouldLockThePartnerOutWhenTheOperatorSuspendsIt() {
        TestPartner partner = Partners.register("direct");
        given().auth().oauth2(partner.admin().token()).get("/v1/users").then().statusCode(200);

        given().auth().oauth2(Partners.operatorToken()).post("/v1/partners/" + partner.tenantId() + "/suspend")
                .then().statusCode(200).body("state", equalTo("suspended"));
        given().auth().oauth2(partner.admin().token()).get("/v1/users").then().statusCode(403);

        given().auth().oauth2(Partners.operatorToken()).post("/v1/partners/" + partner.tenantId() + "/reactivate")
                .then().statusCode(200);
        given().auth().oauth2(partner.admin().token()).get("/v1/users").then().statusCode(200);
        Partners.published(partner.tenantId(), "partner.suspended");
    }

    @Test
    void shouldUpdateOnlyWithTheCurrentEtagWhenThePartnerIsChanged() {
        TestPartner partner = Partners.register("direct");
        String etag = given().auth().oauth2(Partners.operatorToken()).get("/v1/partners/" + partner.tenantId())
                .then().statusCode(200).extract().path("attributes.etag");

        given().auth().oauth2(Partners.operatorToken()).contentType("application/json").header("If-Match", "\"" + etag + "\"")
                .body("{\"Currency\": \"eur\", \"Country\": \"fr\"}")
                .patch("/v1/partners/" + partner.tenantId())
                .then().statusCode(200).body("currency", equalTo("EUR")).body("country", equalTo("FR"));
        given().auth().oauth2(Partners.operatorToken()).contentType("application/json").header("If-Match", "\"" + etag + "\"")
                .body("{\"Name\": \"Too late\"}")
                .patch("/v1/partners/" + partner.tenantId())
                .then().statusCode(400).body("code", equalTo(2055));
    }

    @Test
    void shouldLetExactlyOneOfTwoUpdatesWinWhenTheyRaceWithTheSameEtag() {
        TestPartner partner = Partners.register("direct");
        String path = "/v1/partners/" + partner.tenantId();

        Race.twoUpdatesWithOneEtag(10, () -> given().auth().oauth2(Partners.operatorToken()).get(path), "name",
                (etag, name, requestId) -> rename(path, etag, name, requestId));
    }

    @Test
    void shouldApplyASuspensionWhenAnUpdateIsSentAtTheSameMoment() {
        TestPartner partner = Partners.register("direct");
        String path = "/v1/partners/" + partner.tenantId();

        for (int round = 1; round <= 10; round++) {
            String etag = given().auth().oauth2(Partners.operatorToken()).get(path).then().statusCode(200)
                    .extract().path("attributes.etag");
            String name = "Round " + round;
            String state = round % 2 == 1 ? "suspended" : "active";

            List<Response> answers = Race.atOnce(List.of(() -> rename(path, etag, name, null),
                    () -> given().auth().oauth2(Partners.operatorToken())
                            .post(path + (state.equals("active") ? "/reactivate" : "/suspend"))));

            // The state change takes no etag, so it always applies; the update applies unless the state change
            // committed after the update had read the row (then its etag is stale: 2055).
            Response update = answers.get(0);
            assertThat(answers.get(1).statusCode()).as(answers.get(1).asString()).isEqualTo(200);
            assertThat(update.statusCode()).as(update.asString()).isIn(200, 400);
            Response stored = given().auth().oauth2(Partners.operatorToken()).get(path);
            assertThat(stored.jsonPath().getString("state")).isEqualTo(state);
            if (update.statusCode() == 200) {
                assertThat(stored.jsonPath().getString("name")).isEqualTo(name);
            } else {
                assertThat(update.jsonPath().getInt("code")).isEqualTo(2055);
            }
        }
    }

    @Test
    void shouldShowThePartnerItsOwnProfileWhenItAsks() {
        TestPartner partner = Partners.register("direct");

        given().auth().oauth2(partner.admin().token()).get("/v1/profiles/organization")
                .then().statusCode(200)
                .body("tenantId", equalTo(partner.tenantId()))
                .body("defaultAddress.country", equalTo("US"))
                .body("attributes.objectType", equalTo("OrganizationProfile"));
    }

    @Test
    void shouldAnswer404WhenThePartnerIsNotRegistered() {
        given().auth().oauth2(Partners.operatorToken()).get("/v1/partners/" + UUID.randomUUID())
                .then().statusCode(404);
    }

    private static Response rename(String path, String etag, String name, String requestId) {
        var request = given().auth().oauth2(Partners.operatorToken()).contentType("application/json")
                .header("If-Match", "\"" + etag + "\"").body("{\"Name\": \"" + name + "\"}");
        if (requestId != null) {
            request.header("MS-RequestId", requestId);
        }
        return request.patch(path);
    }
}
