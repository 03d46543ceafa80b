package org.partnercenter.idp.token;

import static io.restassured.RestAssured.given;
import static org.partnercenter.idp.support.AadErrorAssert.assertAadError;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.account.ApplicationView;
import org.partnercenter.idp.support.SignInBrowser;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;
import org.partnercenter.idp.support.TestDirectory.TestUser;

/** Redemption of authorization codes: single use, bound to the client, redirect URI and PKCE challenge. */
@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class AuthorizationCodeGrantTest {

    private String tenant;
    private TestUser user;

    @Test
    void shouldRefuseCodeWhenItIsRedeemedTwice() {
        // given
        SignInBrowser browser = signedInBrowser();
        String code = browser.code(user);
        browser.redeem(code).then().statusCode(200);

        // when / then
        assertAadError(browser.redeem(code), 400, "invalid_grant", 54005);
    }

    @Test
    void shouldRevokeRefreshTokenOfFirstRedemptionWhenCodeIsReplayed() {
        // given
        SignInBrowser browser = signedInBrowser();
        String code = browser.code(user);
        String refreshToken = browser.redeem(code).then().statusCode(200).extract().path("refresh_token");

        // when
        browser.redeem(code);

        // then
        assertAadError(browser.refresh(refreshToken), 400, "invalid_grant", 9002313);
    }

    @Test
    void shouldRefuseCodeWhenVerifierDoesNotMatchChallenge() {
        // given
        SignInBrowser browser = signedInBrowser();
        String code = browser.code(user);

        // when / then
        assertAadError(given().formParam("grant_type", "authorization_code")
                .formParam("client_id", browser.parameter("client_id")).formParam("code", code)
                .formParam("redirect_uri", browser.parameter("redirect_uri"))
                .formParam("code_verifier", SignInBrowser.at(tenant, "other").verifier())
                .post("/{tenant}/oauth2/v2.0/token", tenant), 400, "invalid_grant", 501481);
    }

    @Test
    void shouldRefuseCodeWhenClientOrRedirectUriDiffers() {
        // given
        SignInBrowser browser = signedInBrowser();
        String first = browser.code(user);
        String second = browser.code(user);

        // when / then
        assertAadError(given().formParam("grant_type", "authorization_code")
                .formParam("client_id", TestDirectory.newTenantId()).formParam("code", first)
                .formParam("redirect_uri", browser.parameter("redirect_uri")).formParam("code_verifier", browser.verifier())
                .post("/{tenant}/oauth2/v2.0/token", tenant), 400, "invalid_grant", 70000);
        assertAadError(given().formParam("grant_type", "authorization_code")
                .formParam("client_id", browser.parameter("client_id")).formParam("code", second)
                .formParam("redirect_uri", "http://127.0.0.1:8080/other").formParam("code_verifier", browser.verifier())
                .post("/{tenant}/oauth2/v2.0/token", tenant), 400, "invalid_grant", 70000);
    }

    @Test
    void shouldRefuseCodeWhenItWasNeverIssued() {
        // given
        SignInBrowser browser = signedInBrowser();

        // when / then
        assertAadError(browser.redeem("made-up-code"), 400, "invalid_grant", 9002313);
    }

    @Test
    void shouldRefuseCodeWhenAnotherTenantsTokenEndpointRedeemsIt() {
        // given
        SignInBrowser browser = signedInBrowser();
        String code = browser.code(user);
        String otherTenant = TestDirectory.userIn(TestDirectory.newTenantId()).tenantId();

        // when / then
        assertAadError(given().formParam("grant_type", "authorization_code")
                .formParam("client_id", browser.parameter("client_id")).formParam("code", code)
                .formParam("redirect_uri", browser.parameter("redirect_uri")).formParam("code_verifier", browser.verifier())
                .post("/{tenant}/oauth2/v2.0/token", otherTenant), 400, "invalid_grant", 700005);
    }

    private SignInBrowser signedInBrowser() {
        tenant = TestDirectory.newTenantId();
        ApplicationView spa = TestDirectory.spaIn(tenant, "AzureADMyOrg");
        user = TestDirectory.userIn(tenant);
        return SignInBrowser.at(tenant, spa.appId());
    }
}
