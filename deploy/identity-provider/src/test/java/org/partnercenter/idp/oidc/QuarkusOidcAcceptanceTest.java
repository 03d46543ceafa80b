package org.partnercenter.idp.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.account.ApplicationView;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;
import org.partnercenter.idp.support.TestDirectory.TestUser;
import org.partnercenter.idp.support.TokenRequest;

/**
 * The done-criterion: Quarkus OIDC, set up as a resource server against this provider's
 * discovery document (as the gateway is against Azure AD's), accepts its tokens and refuses wrong ones.
 */
@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class QuarkusOidcAcceptanceTest {

    @Test
    void shouldAcceptAppUserTokenWhenIssuedForThePartnerCenterApi() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());
        String token = TokenRequest.password(user).accessToken();

        // when
        JsonPath caller = callProtected(user.tenantId(), "v2", token).then().statusCode(200).extract().jsonPath();

        // then
        assertThat(caller.getString("tid")).isEqualTo(user.tenantId());
        assertThat(caller.getString("oid")).isEqualTo(user.id());
    }

    @Test
    void shouldAcceptAppOnlyTokenWhenIssuedForThePartnerCenterApi() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView app = TestDirectory.applicationIn(tenant);
        String token = TokenRequest.clientCredentials(tenant, app).accessToken();

        // when
        JsonPath caller = callProtected(tenant, "v2", token).then().statusCode(200).extract().jsonPath();

        // then
        assertThat(caller.getString("oid")).isEqualTo(app.servicePrincipalId());
    }

    @Test
    void shouldAcceptV1TokenWhenCheckedAgainstV1Discovery() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());
        String token = TokenRequest.password(user).v1(TestOidcTenants.AUDIENCE).accessToken();

        // when
        JsonPath caller = callProtected(user.tenantId(), "v1", token).then().statusCode(200).extract().jsonPath();

        // then
        assertThat(caller.getString("issuer")).endsWith("/sts/" + user.tenantId() + "/");
    }

    @Test
    void shouldRefuseTokenWhenIssuedForAnotherApi() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());
        String token = TokenRequest.password(user).with("scope", "https://graph.microsoft.com/.default").accessToken();

        // when / then
        callProtected(user.tenantId(), "v2", token).then().statusCode(401);
    }

    @Test
    void shouldRefuseTokenWhenExpired() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());
        String token = TokenRequest.password(user).with("lifetime_seconds", "-600").accessToken();

        // when / then
        callProtected(user.tenantId(), "v2", token).then().statusCode(401);
    }

    @Test
    void shouldRefuseTokenWhenIssuedByAnotherTenant() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());
        String otherTenant = TestDirectory.userIn(TestDirectory.newTenantId()).tenantId();
        String token = TokenRequest.password(user).accessToken();

        // when / then
        callProtected(otherTenant, "v2", token).then().statusCode(401);
    }

    @Test
    void shouldRefuseCallWhenNoTokenIsSent() {
        // given
        String tenant = TestDirectory.userIn(TestDirectory.newTenantId()).tenantId();

        // when / then
        given().get("/test-protected/{tenant}/v2/whoami", tenant).then().statusCode(401);
    }

    private static Response callProtected(String tenant, String version, String token) {
        return given().auth().oauth2(token).get("/test-protected/{tenant}/{version}/whoami", tenant, version);
    }
}
