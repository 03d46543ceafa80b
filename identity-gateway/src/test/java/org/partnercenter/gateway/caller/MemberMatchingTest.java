package org.partnercenter.gateway.caller;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.gateway.support.TestUser;
import org.partnercenter.testing.TestIdentityProvider;

/**
 * A member is the token's tenant and object id (or app id) together, and of its own kind: the same id
 * carried by a token of another tenant, or registered as another kind of member, is never that member.
 */
@QuarkusTest
@GatewayTest
class MemberMatchingTest {

    @Test
    void shouldGetNothingOfAWhenAnUnregisteredTenantsTokenCarriesTheObjectIdOfAsGlobalAdmin() {
        TestPartner contoso = Partners.register("direct");
        given().auth().oauth2(contoso.admin().token()).get("/v1/users").then().statusCode(200);
        TestUser impostor = TestUser.createWithObjectId(UUID.randomUUID().toString(), "impostor",
                contoso.admin().objectId());

        given().auth().oauth2(impostor.token()).get("/v1/users").then().statusCode(403)
                .body("description", containsString("is not a registered partner"));
        given().auth().oauth2(impostor.token()).delete("/v1/users/" + contoso.admin().objectId()).then()
                .statusCode(403);
    }

    @Test
    void shouldActOnlyInBWhenBsUserCarriesTheObjectIdOfAsGlobalAdmin() {
        TestPartner contoso = Partners.register("direct");
        TestUser contosoAgent = addUser(contoso, TestUser.create(contoso.tenantId(), "agent"));
        given().auth().oauth2(contoso.admin().token()).get("/v1/users").then().statusCode(200);
        TestPartner fabrikam = Partners.register("direct");
        TestUser twin = TestUser.createWithObjectId(fabrikam.tenantId(), "twin", contoso.admin().objectId());

        given().auth().oauth2(twin.token()).get("/v1/users").then().statusCode(403).body("code", equalTo(900150));

        addUser(fabrikam, twin);
        grant(fabrikam, twin, "user_admin");
        given().auth().oauth2(twin.token()).get("/v1/users").then().statusCode(200)
                .body("items.id", hasItem(fabrikam.admin().objectId()))
                .body("items.id", not(hasItem(contosoAgent.objectId())));
        given().auth().oauth2(twin.token()).get("/v1/users/" + contosoAgent.objectId()).then().statusCode(404);
        given().auth().oauth2(twin.token()).delete("/v1/users/" + contosoAgent.objectId()).then().statusCode(404);
        given().auth().oauth2(contoso.admin().token()).get("/v1/users/" + contosoAgent.objectId()).then()
                .statusCode(200);
    }

    @Test
    void shouldGrantBsUserNothingInAWhenARegistersItsObjectIdAsGlobalAdmin() {
        TestPartner fabrikam = Partners.register("direct");
        TestPartner contoso = Partners.register("direct");
        TestUser contosoAgent = addUser(contoso, TestUser.create(contoso.tenantId(), "agent"));

        addUser(contoso, fabrikam.admin());
        grant(contoso, fabrikam.admin(), "global_admin");

        given().auth().oauth2(fabrikam.admin().token()).get("/v1/users").then().statusCode(200)
                .body("items.id", not(hasItem(contoso.admin().objectId())))
                .body("items.id", not(hasItem(contosoAgent.objectId())));
        given().auth().oauth2(fabrikam.admin().token()).get("/v1/users/" + contosoAgent.objectId()).then()
                .statusCode(404);
        given().auth().oauth2(fabrikam.admin().token()).delete("/v1/users/" + contoso.admin().objectId()).then()
                .statusCode(404);
        given().auth().oauth2(contoso.admin().token()).get("/v1/users/" + contoso.admin().objectId()).then()
                .statusCode(200);
    }

    @Test
    void shouldGiveAUserNoRolesWhenAnApplicationIsRegisteredUnderTheUsersObjectId() {
        TestPartner contoso = Partners.register("direct");
        TestUser colleague = TestUser.create(contoso.tenantId(), "colleague");
        given().auth().oauth2(contoso.admin().token()).contentType("application/json")
                .body(Map.of("id", colleague.objectId(), "displayName", "not really an app")).post("/v1/applications")
                .then().statusCode(201);

        given().auth().oauth2(contoso.admin().token()).contentType("application/json")
                .body(Map.of("id", "admin_agent")).post("/v1/applications/" + colleague.objectId() + "/roles")
                .then().statusCode(201);

        given().auth().oauth2(colleague.token()).get("/v1/customers").then().statusCode(403)
                .body("code", equalTo(900150));
    }

    @Test
    void shouldActAsTheApplicationNotAsAUserWhenAnAppOnlyTokenCarriesAUsersRegisteredId() {
        TestPartner contoso = Partners.register("direct");
        JsonNode app = TestIdentityProvider.createApplication(contoso.tenantId(), "sync");
        String appId = app.path("appId").asText();
        given().auth().oauth2(contoso.admin().token()).contentType("application/json")
                .body(Map.of("id", appId, "userPrincipalName", "app@" + contoso.tenantId() + ".test"))
                .post("/v1/users").then().statusCode(201);
        given().auth().oauth2(contoso.admin().token()).contentType("application/json")
                .body(Map.of("id", "global_admin")).post("/v1/users/" + appId + "/roles").then().statusCode(201);
        String appToken = TestIdentityProvider.accessToken(contoso.tenantId(), false, "grant_type=client_credentials"
                + "&client_id=" + appId + "&client_secret=" + app.path("secret").asText() + "&scope="
                + TestUser.API_SCOPE);

        given().auth().oauth2(appToken).get("/v1/users").then().statusCode(403).body("code", equalTo(900150));
    }

    private static TestUser addUser(TestPartner partner, TestUser user) {
        given().auth().oauth2(partner.admin().token()).contentType("application/json")
                .body(Map.of("id", user.objectId(), "userPrincipalName", user.userPrincipalName()))
                .post("/v1/users").then().statusCode(201);
        return user;
    }

    private static void grant(TestPartner partner, TestUser user, String role) {
        given().auth().oauth2(partner.admin().token()).contentType("application/json").body(Map.of("id", role))
                .post("/v1/users/" + user.objectId() + "/roles").then().statusCode(201);
    }
}
