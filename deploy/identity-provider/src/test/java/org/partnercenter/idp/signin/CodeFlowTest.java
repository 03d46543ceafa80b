package org.partnercenter.idp.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.TestDirectory.PARTNER_CENTER_API;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.account.ApplicationView;
import org.partnercenter.idp.support.PublishedKeys;
import org.partnercenter.idp.support.SignInBrowser;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;
import org.partnercenter.idp.support.TestDirectory.TestUser;
import org.partnercenter.idp.support.TotpCodes;

/** The authorization code flow with PKCE, end to end, as an SPA at the organizations authority runs it. */
@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class CodeFlowTest {

    @ConfigProperty(name = "idp.authority")
    String authority;

    @Test
    void shouldIssueAccessIdAndRefreshTokensWhenPlainUserSignsInWithPkce() throws MalformedClaimException {
        // given: a multi-tenant SPA registered in one tenant, a user of another
        ApplicationView spa = TestDirectory.spaIn(TestDirectory.newTenantId(), "AzureADMultipleOrgs");
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());
        SignInBrowser browser = SignInBrowser.at("organizations", spa.appId());

        // when
        JsonPath tokens = browser.redeem(browser.code(user)).then().statusCode(200).extract().jsonPath();

        // then: the access token is the password grant's, for the user's tenant
        assertThat(tokens.getString("token_type")).isEqualTo("Bearer");
        assertThat(tokens.getString("scope")).isEqualTo(PARTNER_CENTER_API + "/user_impersonation");
        assertThat(tokens.getLong("expires_in")).isEqualTo(3600);
        assertThat(tokens.getLong("ext_expires_in")).isEqualTo(3600);
        assertThat(tokens.getString("refresh_token")).isNotBlank();
        JwtClaims access = PublishedKeys.verifiedClaims(tokens.getString("access_token"));
        assertThat(access.getIssuer()).isEqualTo(authority + "/" + user.tenantId() + "/v2.0");
        assertThat(access.getAudience()).containsExactly(PARTNER_CENTER_API);
        assertThat(access.getStringClaimValue("scp")).isEqualTo("user_impersonation");
        assertThat(access.getStringClaimValue("oid")).isEqualTo(user.id());
        assertThat(access.getStringClaimValue("tid")).isEqualTo(user.tenantId());
        assertThat(access.getStringClaimValue("azp")).isEqualTo(spa.appId());
        assertThat(access.getStringListClaimValue("amr")).containsExactly("pwd");
        JwtClaims id = PublishedKeys.verifiedClaims(tokens.getString("id_token"));
        assertThat(id.getIssuer()).isEqualTo(authority + "/" + user.tenantId() + "/v2.0");
        assertThat(id.getAudience()).containsExactly(spa.appId());
        assertThat(id.getStringClaimValue("nonce")).isEqualTo(browser.parameter("nonce"));
        assertThat(id.getSubject()).isEqualTo(user.id());
        assertThat(id.getStringClaimValue("oid")).isEqualTo(user.id());
        assertThat(id.getStringClaimValue("tid")).isEqualTo(user.tenantId());
        assertThat(id.getStringClaimValue("preferred_username")).isEqualTo(user.userPrincipalName());
        assertThat(id.getStringClaimValue("name")).isEqualTo(user.userPrincipalName().split("@")[0]);
        assertThat(id.getStringClaimValue("sid")).isNotBlank();
        assertThat(id.getStringClaimValue("ver")).isEqualTo("2.0");
        assertThat(id.getExpirationTime().getValue()).isGreaterThan(id.getIssuedAt().getValue());
        assertThat(id.getNotBefore()).isNotNull();
    }

    @Test
    void shouldPutMfaInAmrWhenUserEntersAuthenticatorCode() throws MalformedClaimException {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView spa = TestDirectory.spaIn(tenant, "AzureADMyOrg");
        TestUser user = TestDirectory.mfaUserIn(tenant);
        SignInBrowser browser = SignInBrowser.at(tenant, spa.appId());

        // when
        Response codePage = browser.signIn(browser.open(), user.userPrincipalName(), user.password());
        String code = SignInBrowser.answer(browser.enterCode(codePage, TotpCodes.now(user.totpSecret())))
                .get("code");
        JsonPath tokens = browser.redeem(code).then().statusCode(200).extract().jsonPath();

        // then
        assertThat(codePage.statusCode()).isEqualTo(200);
        assertThat(codePage.asString()).contains("<label for=\"otp\">Code from your authenticator app</label>",
                "id=\"verify\"");
        JwtClaims access = PublishedKeys.verifiedClaims(tokens.getString("access_token"));
        assertThat(access.getStringListClaimValue("amr")).containsExactly("pwd", "mfa");
    }

    @Test
    void shouldLeaveRefreshTokenOutWhenOfflineAccessIsNotAsked() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView spa = TestDirectory.spaIn(tenant, "AzureADMyOrg");
        TestUser user = TestDirectory.userIn(tenant);
        SignInBrowser browser = SignInBrowser.at(tenant, spa.appId()).with("scope", PARTNER_CENTER_API + "/.default openid");

        // when
        JsonPath tokens = browser.redeem(browser.code(user)).then().statusCode(200).extract().jsonPath();

        // then
        assertThat(tokens.getString("id_token")).isNotBlank();
        assertThat(tokens.getString("refresh_token")).isNull();
    }

    @Test
    void shouldAnswerInFragmentWhenResponseModeIsFragment() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView spa = TestDirectory.spaIn(tenant, "AzureADMyOrg");
        TestUser user = TestDirectory.userIn(tenant);
        SignInBrowser browser = SignInBrowser.at(tenant, spa.appId()).with("response_mode", "fragment");

        // when
        Response answer = browser.signIn(browser.open(), user.userPrincipalName(), user.password());

        // then
        assertThat(answer.header("Location")).startsWith(SignInBrowser.REDIRECT_URI + "#code=");
        assertThat(SignInBrowser.answer(answer)).containsEntry("state", browser.parameter("state"));
    }
}
