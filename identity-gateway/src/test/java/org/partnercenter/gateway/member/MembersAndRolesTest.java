package org.partnercenter.gateway.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.gateway.support.TestUser;

@QuarkusTest
@GatewayTest
class MembersAndRolesTest {

    @Test
    void shouldChangeAccessAtOnceWhenAUsersRolesChange() {
        TestPartner partner = Partners.register("direct");
        TestUser colleague = TestUser.create(partner.tenantId(), "colleague");
        addUser(partner, colleague);
        given().auth().oauth2(colleague.token()).get("/v1/users").then().statusCode(403).body("code", equalTo(900150));

        grant(partner, colleague.objectId(), "user_admin").then().statusCode(201);
        given().auth().oauth2(colleague.token()).get("/v1/users").then().statusCode(200);

        given().auth().oauth2(partner.admin().token()).delete("/v1/users/" + colleague.objectId() + "/roles/user_admin")
                .then().statusCode(204);
        given().auth().oauth2(colleague.token()).get("/v1/users").then().statusCode(403);
    }

    @Test
    void shouldListTheRolesOfAUserWhenAsked() {
        TestPartner partner = Partners.register("direct");
        TestUser agent = TestUser.create(partner.tenantId(), "agent");
        addUser(partner, agent);
        grant(partner, agent.objectId(), "admin_agent");
        grant(partner, agent.objectId(), "billing_admin");

        given().auth().oauth2(partner.admin().token()).get("/v1/users/" + agent.objectId() + "/roles")
                .then().statusCode(200)
                .body("items.id", contains("admin_agent", "billing_admin"))
                .body("attributes.objectType", equalTo("Collection"));
    }

    @Test
    void shouldRefuseARoleWhenItIsNotAPartnerRole() {
        TestPartner partner = Partners.register("direct");
        TestUser agent = TestUser.create(partner.tenantId(), "agent");
        addUser(partner, agent);

        grant(partner, agent.objectId(), "operator_admin").then().statusCode(400).body("data", hasItem("id"));
    }

    @Test
    void shouldKeepOrganisationsApartWhenAnotherPartnersUserIsAsked() {
        TestPartner mine = Partners.register("direct");
        TestPartner theirs = Partners.register("direct");

        given().auth().oauth2(mine.admin().token()).get("/v1/users/" + theirs.admin().objectId())
                .then().statusCode(404);
        given().auth().oauth2(mine.admin().token()).delete("/v1/users/" + theirs.admin().objectId())
                .then().statusCode(404);
    }

    @Test
    void shouldActWithTheApplicationsRolesWhenAnIntegrationSignsInAppOnly() {
        TestPartner partner = Partners.register("direct");
        var app = org.partnercenter.testing.TestIdentityProvider.createApplication(partner.tenantId(), "billing-sync");
        String appId = app.path("appId").asText();
        given().auth().oauth2(partner.admin().token()).contentType("application/json")
                .body(Map.of("id", appId, "displayName", "billing-sync")).post("/v1/applications")
                .then().statusCode(201);
        given().auth().oauth2(partner.admin().token()).contentType("application/json")
                .body(Map.of("id", "user_admin")).post("/v1/applications/" + appId + "/roles")
                .then().statusCode(201);
        String appToken = org.partnercenter.testing.TestIdentityProvider.accessToken(partner.tenantId(), false,
                "grant_type=client_credentials&client_id=" + appId + "&client_secret=" + app.path("secret").asText()
                        + "&scope=" + TestUser.API_SCOPE);

        given().auth().oauth2(appToken).get("/v1/applications").then().statusCode(200)
                .body("items.id", hasItem(appId));
    }

    private static void addUser(TestPartner partner, TestUser user) {
        given().auth().oauth2(partner.admin().token()).contentType("application/json")
                .body(Map.of("Id", user.objectId(), "UserPrincipalName", user.userPrincipalName()))
                .post("/v1/users").then().statusCode(201);
    }

    private static io.restassured.response.Response grant(TestPartner partner, String objectId, String role) {
        return given().auth().oauth2(partner.admin().token()).contentType("application/json")
                .body(Map.of("Id", role)).post("/v1/users/" + objectId + "/roles");
    }
}
