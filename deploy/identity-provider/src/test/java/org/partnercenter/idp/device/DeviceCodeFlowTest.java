package org.partnercenter.idp.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.AadErrorAssert.assertAadError;
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
import org.partnercenter.idp.support.DeviceFlow;
import org.partnercenter.idp.support.PublishedKeys;
import org.partnercenter.idp.support.SignInBrowser;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;
import org.partnercenter.idp.support.TestDirectory.TestUser;
import org.partnercenter.idp.support.TotpCodes;

/** The device code flow end to end, as a command line and its user run it against the organizations authority. */
@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class DeviceCodeFlowTest {

    @ConfigProperty(name = "idp.authority")
    String authority;

    @Test
    void shouldIssueAccessIdAndRefreshTokensWhenMfaUserApprovesOnDeviceLoginPages() throws MalformedClaimException {
        // given: a public multi-tenant client registered in one tenant, a user with MFA of another
        ApplicationView cli = TestDirectory.publicClientIn(TestDirectory.newTenantId(), "AzureADMultipleOrgs");
        TestUser user = TestDirectory.mfaUserIn(TestDirectory.newTenantId());
        DeviceFlow device = DeviceFlow.at("organizations", cli.appId());
        SignInBrowser browser = SignInBrowser.at("organizations", cli.appId());

        // when: the device asks and polls; the user enters the code, signs in and enters the authenticator code
        Response started = device.requestCode(SignInBrowser.SCOPE);
        String userCode = started.jsonPath().getString("user_code");
        String deviceCode = started.jsonPath().getString("device_code");
        Response pending = device.poll(deviceCode);
        Response passwordPage = DeviceFlow.enterCode(userCode, "next");
        Response codePage = browser.signIn(passwordPage, user.userPrincipalName(), user.password());
        Response done = browser.enterCode(codePage, TotpCodes.now(user.totpSecret()));
        JsonPath tokens = device.poll(deviceCode).then().statusCode(200).extract().jsonPath();

        // then: the answers Azure AD gives, in its shapes
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(started.header("Cache-Control")).isEqualTo("no-store");
        assertThat(userCode).matches("[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}");
        assertThat(deviceCode).hasSizeGreaterThanOrEqualTo(43);
        assertThat(started.jsonPath().getString("verification_uri")).isEqualTo(authority + "/devicelogin");
        assertThat(started.jsonPath().getInt("expires_in")).isEqualTo(900);
        assertThat(started.jsonPath().getInt("interval")).isEqualTo(5);
        assertThat(started.jsonPath().getString("message")).isEqualTo("To sign in, use a web browser to open the page "
                + authority + "/devicelogin and enter the code " + userCode + " to authenticate.");
        assertAadError(pending, 400, "authorization_pending", 70016);
        assertThat(passwordPage.asString()).contains("id=\"sign-in\"", cli.displayName());
        assertThat(codePage.asString()).contains("id=\"otp\"");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(done.asString()).contains("You have signed in to " + cli.displayName()
                + " on your device. You can close this window.");
        assertThat(tokens.getString("scope")).isEqualTo(PARTNER_CENTER_API + "/user_impersonation");
        JwtClaims access = PublishedKeys.verifiedClaims(tokens.getString("access_token"));
        assertThat(access.getIssuer()).isEqualTo(authority + "/" + user.tenantId() + "/v2.0");
        assertThat(access.getAudience()).containsExactly(PARTNER_CENTER_API);
        assertThat(access.getStringClaimValue("oid")).isEqualTo(user.id());
        assertThat(access.getStringClaimValue("azp")).isEqualTo(cli.appId());
        assertThat(access.getStringListClaimValue("amr")).containsExactly("pwd", "mfa");
        JwtClaims id = PublishedKeys.verifiedClaims(tokens.getString("id_token"));
        assertThat(id.getAudience()).containsExactly(cli.appId());
        assertThat(id.getStringClaimValue("preferred_username")).isEqualTo(user.userPrincipalName());
        device.refresh(tokens.getString("refresh_token")).then().statusCode(200);
    }

    @Test
    void shouldIssueOnlyAnAccessTokenWhenApproveEndpointApprovesAndNeitherOpenidNorOfflineAccessIsAsked()
            throws MalformedClaimException {
        // given: a single-tenant public client, its tenant's user without MFA
        String tenant = TestDirectory.newTenantId();
        ApplicationView cli = TestDirectory.publicClientIn(tenant, "AzureADMyOrg");
        TestUser user = TestDirectory.userIn(tenant);
        DeviceFlow device = DeviceFlow.at(tenant, cli.appId());
        JsonPath started = device.start(TestDirectory.PARTNER_CENTER_DEFAULT_SCOPE);

        // when: the code as a person might type it, in lower case and without its hyphen
        String typed = started.getString("user_code").replace("-", "").toLowerCase();
        device.approve(typed, user, user.password(), null).then().statusCode(204);
        JsonPath tokens = device.poll(started.getString("device_code")).then().statusCode(200).extract().jsonPath();

        // then
        assertThat(tokens.getString("id_token")).isNull();
        assertThat(tokens.getString("refresh_token")).isNull();
        JwtClaims access = PublishedKeys.verifiedClaims(tokens.getString("access_token"));
        assertThat(access.getIssuer()).isEqualTo(authority + "/" + tenant + "/v2.0");
        assertThat(access.getStringClaimValue("scp")).isEqualTo("user_impersonation");
        assertThat(access.getStringListClaimValue("amr")).containsExactly("pwd");
    }

    @Test
    void shouldAnswerSlowDownWhenPolledSoonerThanTheInterval() {
        // given
        String tenant = TestDirectory.newTenantId();
        DeviceFlow device = DeviceFlow.at(tenant, TestDirectory.publicClientIn(tenant, "AzureADMyOrg").appId());
        String deviceCode = device.start(SignInBrowser.SCOPE).getString("device_code");

        // when
        Response first = device.poll(deviceCode);
        Response second = device.poll(deviceCode);

        // then
        assertAadError(first, 400, "authorization_pending", 70016);
        assertAadError(second, 400, "slow_down", null);
    }

    @Test
    void shouldRefuseReuseAndRevokeTheFirstRedemptionsRefreshTokenWhenDeviceCodeIsRedeemedTwice() {
        // given: a device code redeemed once
        String tenant = TestDirectory.newTenantId();
        DeviceFlow device = DeviceFlow.at(tenant, TestDirectory.publicClientIn(tenant, "AzureADMyOrg").appId());
        JsonPath started = device.start(SignInBrowser.SCOPE);
        device.approve(started.getString("user_code"), TestDirectory.userIn(tenant));
        String refreshToken = device.poll(started.getString("device_code")).then().statusCode(200)
                .extract().path("refresh_token");

        // when
        Response again = device.poll(started.getString("device_code"));

        // then
        assertAadError(again, 400, "invalid_grant", 70000);
        assertAadError(device.refresh(refreshToken), 400, "invalid_grant", 9002313);
        assertAadError(device.poll("made-up-device-code"), 400, "invalid_grant", 7000014);
    }

    @Test
    void shouldAnswerAuthorizationDeclinedWhenUserCancelsOnDeviceLoginPage() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView cli = TestDirectory.publicClientIn(tenant, "AzureADMyOrg");
        DeviceFlow device = DeviceFlow.at(tenant, cli.appId());
        JsonPath started = device.start(SignInBrowser.SCOPE);

        // when
        Response page = DeviceFlow.enterCode(started.getString("user_code"), "cancel");

        // then
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("You declined to sign in to " + cli.displayName());
        assertAadError(device.poll(started.getString("device_code")), 400, "authorization_declined", null);
    }

    @Test
    void shouldRefuseDeviceCodeWhenAnotherClientPolls() {
        // given
        String tenant = TestDirectory.newTenantId();
        DeviceFlow device = DeviceFlow.at(tenant, TestDirectory.publicClientIn(tenant, "AzureADMyOrg").appId());
        String deviceCode = device.start(SignInBrowser.SCOPE).getString("device_code");

        // when / then
        assertAadError(device.pollAs(TestDirectory.publicClientIn(tenant, "AzureADMyOrg").appId(), deviceCode),
                400, "invalid_grant", 70000);
    }
}
