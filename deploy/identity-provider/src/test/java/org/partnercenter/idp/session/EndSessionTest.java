package org.partnercenter.idp.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.AadErrorAssert.assertAadError;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.account.ApplicationView;
import org.partnercenter.idp.support.SignInBrowser;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;

/** Signing out of an SPA: the sign-in's refresh tokens stop working, and the browser goes back to the app. */
@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class EndSessionTest {

    @Test
    void shouldRevokeRefreshTokenAndRedirectWhenSpaSignsOut() {
        // given
        ApplicationView spa = TestDirectory.spaIn(TestDirectory.newTenantId(), "AzureADMultipleOrgs");
        SignInBrowser browser = SignInBrowser.at("organizations", spa.appId());
        JsonPath tokens = browser.redeem(browser.code(TestDirectory.userIn(TestDirectory.newTenantId())))
                .then().statusCode(200).extract().jsonPath();

        // when
        Response signedOut = given().redirects().follow(false)
                .queryParam("post_logout_redirect_uri", "http://127.0.0.1:8080/signed-out")
                .queryParam("id_token_hint", tokens.getString("id_token"))
                .queryParam("state", "s&1")
                .get("/organizations/oauth2/v2.0/logout");

        // then
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.header("Location")).isEqualTo("http://127.0.0.1:8080/signed-out?state=s%261");
        assertAadError(browser.refresh(tokens.getString("refresh_token")), 400, "invalid_grant", 9002313);
    }

    @Test
    void shouldShowSignedOutPageWhenReturnAddressIsNotTheClients() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView spa = TestDirectory.spaIn(tenant, "AzureADMyOrg");

        // when
        Response signedOut = given().redirects().follow(false)
                .queryParam("post_logout_redirect_uri", "https://evil.example/")
                .queryParam("client_id", spa.appId())
                .get("/{tenant}/oauth2/v2.0/logout", tenant);

        // then
        assertThat(signedOut.statusCode()).isEqualTo(200);
        assertThat(signedOut.header("Location")).isNull();
        assertThat(signedOut.asString()).contains("You have signed out").doesNotContain("evil.example");
    }

    @Test
    void shouldKeepRefreshTokensWhenIdTokenHintIsForged() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView spa = TestDirectory.spaIn(tenant, "AzureADMyOrg");
        SignInBrowser browser = SignInBrowser.at(tenant, spa.appId());
        JsonPath tokens = browser.redeem(browser.code(TestDirectory.userIn(tenant)))
                .then().statusCode(200).extract().jsonPath();
        String[] parts = tokens.getString("id_token").split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        // when
        given().redirects().follow(false).queryParam("id_token_hint", forged)
                .get("/{tenant}/oauth2/v2.0/logout", tenant).then().statusCode(200);

        // then
        browser.refresh(tokens.getString("refresh_token")).then().statusCode(200);
    }
}
