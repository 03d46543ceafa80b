package org.partnercenter.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWithIgnoringCase;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.gateway.support.TestUser;
import org.partnercenter.testing.HostileText;

/** The gateway's own bodies under the commons input policy: each bad field named, nothing stored. */
@QuarkusTest
@GatewayTest
class InputLimitsTest {

    @Test
    void shouldNameTheFieldAndStoreNothingWhenAPartnerNameOrMpnIdIsAMegabyte() {
        for (String field : new String[] {"Name", "MpnId"}) {
            String tenantId = UUID.randomUUID().toString();

            ValidatableResponse response = register(tenantId, Map.of(field, HostileText.MEGABYTE));

            response.body("data", hasItem(startsWithIgnoringCase(field + ":")));
            partnerIsNotStored(tenantId);
        }
    }

    @Test
    void shouldNameEveryFieldWhenPartnerTextsAreLongerThanTheirKinds() {
        String tenantId = UUID.randomUUID().toString();

        ValidatableResponse response = register(tenantId, Map.of("Name", HostileText.longerThan(256),
                "MpnId", HostileText.longerThan(256), "GlobalAdmin",
                Map.of("ObjectId", "12345", "UserPrincipalName", HostileText.longerThan(320) + "@contoso.test")));

        response.body("data", hasItems(startsWithIgnoringCase("name: must be at most 256"),
                startsWithIgnoringCase("mpnId: must be at most 256"),
                startsWithIgnoringCase("globalAdmin.objectId: must be a GUID"),
                startsWithIgnoringCase("globalAdmin.userPrincipalName: must be at most 320")));
        partnerIsNotStored(tenantId);
    }

    @Test
    void shouldNameTheFieldWhenRequireMfaIsNotABoolean() {
        String tenantId = UUID.randomUUID().toString();

        ValidatableResponse response = register(tenantId, Map.of("RequireMfa", -1));

        response.body("data", hasItem(allOf(startsWithIgnoringCase("requireMfa:"), containsString("true or false"))));
        partnerIsNotStored(tenantId);
    }

    @Test
    void shouldRefuseAndStoreNothingWhenAUserIdIsNoGuid() {
        TestPartner partner = Partners.register("direct");

        for (String id : new String[] {"12345", "1e-400", "5d1f\"a-quote", " " + UUID.randomUUID()}) {
            addMember(partner, "/v1/users", Map.of("id", id, "userPrincipalName", "someone@contoso.test"))
                    .body("data", hasItem(startsWithIgnoringCase("id: must be a GUID")));
        }
        onlyTheAdminIsStored(partner, "/v1/users");
    }

    @Test
    void shouldRefuseAndStoreNothingWhenAnApplicationIdIsNoGuid() {
        TestPartner partner = Partners.register("direct");

        addMember(partner, "/v1/applications", Map.of("id", "1e-400", "displayName", "billing-sync"))
                .body("data", hasItem(startsWithIgnoringCase("id: must be a GUID")));
        given().auth().oauth2(partner.admin().token()).get("/v1/applications")
                .then().statusCode(200).body("totalCount", equalTo(0));
    }

    @Test
    void shouldNameTheFieldAndStoreNothingWhenAUserPrincipalNameIsAMegabyte() {
        TestPartner partner = Partners.register("direct");

        addMember(partner, "/v1/users", Map.of("id", UUID.randomUUID().toString(), "userPrincipalName",
                HostileText.MEGABYTE)).body("data", hasItem(startsWithIgnoringCase("userPrincipalName:")));
        onlyTheAdminIsStored(partner, "/v1/users");
    }

    @Test
    void shouldNameTheFieldAndStoreNothingWhenADisplayNameIsAMegabyte() {
        TestPartner partner = Partners.register("direct");

        addMember(partner, "/v1/applications", Map.of("id", UUID.randomUUID().toString(), "displayName",
                HostileText.MEGABYTE)).body("data", hasItem(startsWithIgnoringCase("displayName:")));
        given().auth().oauth2(partner.admin().token()).get("/v1/applications")
                .then().statusCode(200).body("totalCount", equalTo(0));
    }

    private static ValidatableResponse register(String tenantId, Map<String, Object> changes) {
        TestUser admin = TestUser.create(tenantId, "global-admin");
        Map<String, Object> body = Partners.registration(tenantId, "direct", admin, null, true);
        body.putAll(changes);
        return given().auth().oauth2(Partners.operatorToken()).contentType("application/json").body(body)
                .post("/v1/partners")
                .then().statusCode(400).body("code", equalTo(400));
    }

    private static void partnerIsNotStored(String tenantId) {
        given().auth().oauth2(Partners.operatorToken()).get("/v1/partners/" + tenantId).then().statusCode(404);
    }

    private static ValidatableResponse addMember(TestPartner partner, String collection, Map<String, Object> body) {
        return given().auth().oauth2(partner.admin().token()).contentType("application/json").body(body)
                .post(collection)
                .then().statusCode(400).body("code", equalTo(400));
    }

    private static void onlyTheAdminIsStored(TestPartner partner, String collection) {
        given().auth().oauth2(partner.admin().token()).get(collection)
                .then().statusCode(200)
                .body("totalCount", equalTo(1))
                .body("items[0].id", equalTo(partner.admin().objectId()));
    }
}
