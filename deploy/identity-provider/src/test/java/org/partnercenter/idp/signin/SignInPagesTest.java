package org.partnercenter.idp.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.account.ApplicationView;
import org.partnercenter.idp.support.SignInBrowser;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;
import org.partnercenter.idp.support.TestDirectory.TestUser;
import org.partnercenter.idp.support.TotpCodes;

/** The sign-in pages a person sees, and what they answer to wrong input. */
@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class SignInPagesTest {

    @Test
    void shouldShowAccessibleUncachableSignInPageWhenRequestIsValid() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView spa = TestDirectory.spaIn(tenant, "AzureADMyOrg");

        // when
        Response page = SignInBrowser.at(tenant, spa.appId()).with("login_hint", "ada@contoso.example").open();

        // then
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.asString()).contains("<label for=\"username\">Email or user name</label>",
                "<label for=\"password\">Password</label>", "id=\"username\"", "id=\"password\"",
                "<button id=\"sign-in\" type=\"submit\">Sign in</button>", "value=\"ada@contoso.example\"",
                spa.displayName()).doesNotContain("<script");
    }

    @Test
    void shouldShowPageAgainWithAlertWhenPasswordIsWrong() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView spa = TestDirectory.spaIn(tenant, "AzureADMyOrg");
        TestUser user = TestDirectory.userIn(tenant);
        SignInBrowser browser = SignInBrowser.at(tenant, spa.appId());

        // when
        Response page = browser.signIn(browser.open(), user.userPrincipalName(), "wrong");
        Response retried = browser.signIn(page, user.userPrincipalName(), user.password());

        // then: the same pending request still signs in with the right password
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("role=\"alert\"", "Your account or password is incorrect.",
                "value=\"" + user.userPrincipalName() + "\"");
        assertThat(SignInBrowser.answer(retried)).containsKey("code");
    }

    @Test
    void shouldRefuseUserOfAnotherTenantWhenAuthorityIsATenant() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView spa = TestDirectory.spaIn(tenant, "AzureADMultipleOrgs");
        TestUser stranger = TestDirectory.userIn(TestDirectory.newTenantId());
        SignInBrowser browser = SignInBrowser.at(tenant, spa.appId());

        // when
        Response page = browser.signIn(browser.open(), stranger.userPrincipalName(), stranger.password());

        // then
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("Your account or password is incorrect.");
    }

    @Test
    void shouldAskAgainAndFinallyDenyWhenAuthenticatorCodeIsWrong() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView spa = TestDirectory.spaIn(tenant, "AzureADMyOrg");
        TestUser user = TestDirectory.mfaUserIn(tenant);
        SignInBrowser browser = SignInBrowser.at(tenant, spa.appId());
        Response page = browser.signIn(browser.open(), user.userPrincipalName(), user.password());

        // when
        Response wrongOnce = browser.enterCode(page, TotpCodes.wrong(user.totpSecret()));
        Response answer = wrongOnce;
        for (int attempt = 2; attempt <= 5; attempt++) {
            answer = browser.enterCode(wrongOnce, TotpCodes.wrong(user.totpSecret()));
        }

        // then
        assertThat(wrongOnce.statusCode()).isEqualTo(200);
        assertThat(wrongOnce.asString()).contains("role=\"alert\"", "id=\"otp\"");
        Map<String, String> denied = SignInBrowser.answer(answer);
        assertThat(denied).containsEntry("error", "access_denied").containsEntry("state", browser.parameter("state"))
                .doesNotContainKey("code");
        assertThat(browser.enterCode(wrongOnce, TotpCodes.now(user.totpSecret())).statusCode()).isEqualTo(400);
    }

    @Test
    void shouldShowErrorPageAndNeverRedirectWhenRedirectUriIsNotRegistered() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView spa = TestDirectory.spaIn(tenant, "AzureADMyOrg");

        // when
        Response page = SignInBrowser.at(tenant, spa.appId()).with("redirect_uri", "https://evil.example/").open();

        // then
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.header("Location")).isNull();
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.asString()).contains("AADSTS50011").doesNotContain("href=\"https://evil.example");
    }

    @Test
    void shouldShowErrorPageWhenClientIsUnknownOrSingleTenantAtOrganizations() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView singleTenant = TestDirectory.spaIn(tenant, "AzureADMyOrg");

        // when
        Response unknown = SignInBrowser.at(tenant, TestDirectory.newTenantId()).open();
        Response notMultiTenant = SignInBrowser.at("organizations", singleTenant.appId()).open();

        // then
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.asString()).contains("AADSTS700016");
        assertThat(notMultiTenant.statusCode()).isEqualTo(400);
        assertThat(notMultiTenant.asString()).contains("AADSTS50194");
    }

    @Test
    void shouldRedirectWithInvalidRequestWhenPkceIsMissingOrNotS256() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView spa = TestDirectory.spaIn(tenant, "AzureADMyOrg");

        // when
        Response noChallenge = SignInBrowser.at(tenant, spa.appId()).without("code_challenge").open();
        Response plain = SignInBrowser.at(tenant, spa.appId()).with("code_challenge_method", "plain").open();
        Response token = SignInBrowser.at(tenant, spa.appId()).with("response_type", "token").open();

        // then
        for (Response refused : new Response[] {noChallenge, plain, token}) {
            Map<String, String> answer = SignInBrowser.answer(refused);
            assertThat(answer.get("error")).isEqualTo("invalid_request");
            assertThat(answer.get("error_description")).startsWith("AADSTS");
            assertThat(answer).containsKey("state").doesNotContainKey("code");
        }
    }

    @Test
    void shouldEscapeEverythingEchoedWhenStateAndLoginHintAreHostile() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView spa = TestDirectory.spaIn(tenant, "AzureADMyOrg");
        String hostile = "\"><script>alert('x')</script><img src=x onerror=alert(1)>";

        // when
        Response page = SignInBrowser.at(tenant, spa.appId()).with("state", hostile).with("login_hint", hostile).open();
        Response badRedirect = SignInBrowser.at(tenant, spa.appId()).with("redirect_uri", hostile).open();

        // then
        assertThat(page.asString()).doesNotContain("<script", "<img")
                .contains("&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(badRedirect.statusCode()).isEqualTo(400);
        assertThat(badRedirect.asString()).doesNotContain("<script", "<img");
    }
}
