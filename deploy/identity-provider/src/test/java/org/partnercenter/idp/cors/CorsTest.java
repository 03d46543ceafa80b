package org.partnercenter.idp.cors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.support.SignInBrowser;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;

/** An SPA on another origin fetches discovery, keys and tokens; only registered origins may read the answers. */
@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class CorsTest {

    private static final String SPA_ORIGIN = "http://127.0.0.1:8080";

    @Test
    void shouldAllowPreflightWhenOriginIsThatOfARegisteredRedirectUri() {
        // given
        TestDirectory.spaIn(TestDirectory.newTenantId(), "AzureADMultipleOrgs");

        // when
        Response preflight = given().header("Origin", SPA_ORIGIN).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options("/organizations/oauth2/v2.0/token");

        // then
        assertThat(preflight.statusCode()).isBetween(200, 204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(SPA_ORIGIN);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("GET", "POST");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("Content-Type");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void shouldAllowRegisteredOriginToReadDiscoveryKeysAndTokenErrors() {
        // given
        TestDirectory.spaIn(TestDirectory.newTenantId(), "AzureADMultipleOrgs");

        // when
        Response discovery = given().header("Origin", SPA_ORIGIN).get("/organizations/v2.0/.well-known/openid-configuration");
        Response keys = given().header("Origin", SPA_ORIGIN).get("/organizations/discovery/v2.0/keys");
        Response tokenError = given().header("Origin", SPA_ORIGIN).formParam("grant_type", "refresh_token")
                .formParam("client_id", "x").formParam("refresh_token", "made-up")
                .post("/organizations/oauth2/v2.0/token");

        // then
        assertThat(discovery.header("Access-Control-Allow-Origin")).isEqualTo(SPA_ORIGIN);
        assertThat(keys.header("Access-Control-Allow-Origin")).isEqualTo(SPA_ORIGIN);
        assertThat(tokenError.statusCode()).isEqualTo(400);
        assertThat(tokenError.header("Access-Control-Allow-Origin")).isEqualTo(SPA_ORIGIN);
    }

    @Test
    void shouldNotAllowOriginWhenNoApplicationRegisteredIt() {
        // when
        Response preflight = given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").options("/organizations/oauth2/v2.0/token");
        Response discovery = given().header("Origin", "https://evil.example")
                .get("/organizations/v2.0/.well-known/openid-configuration");

        // then
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void shouldNotAllowOriginOnSignInPagesWhenOriginIsRegistered() {
        // given
        String tenant = TestDirectory.newTenantId();
        String appId = TestDirectory.spaIn(tenant, "AzureADMyOrg").appId();

        // when
        Response page = given().header("Origin", SPA_ORIGIN).redirects().follow(false)
                .get("/{tenant}/oauth2/v2.0/authorize?client_id=" + appId + "&redirect_uri=" + SignInBrowser.REDIRECT_URI,
                        tenant);

        // then
        assertThat(page.header("Access-Control-Allow-Origin")).isNull();
    }
}
