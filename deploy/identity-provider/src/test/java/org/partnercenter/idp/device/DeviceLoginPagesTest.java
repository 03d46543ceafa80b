package org.partnercenter.idp.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.AadErrorAssert.assertAadError;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.account.ApplicationView;
import org.partnercenter.idp.support.DeviceFlow;
import org.partnercenter.idp.support.SignInBrowser;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;
import org.partnercenter.idp.support.TestDirectory.TestUser;
import org.partnercenter.idp.support.TotpCodes;

/** The device login page a person sees, and what it answers to wrong input. */
@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class DeviceLoginPagesTest {

    @Test
    void shouldShowAccessibleUncachableCodePageWhenDeviceLoginIsOpened() {
        // when
        Response page = DeviceFlow.openLoginPage();

        // then
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(page.asString()).contains("<label for=\"user-code\">Code</label>", "id=\"user-code\"",
                "<button id=\"next\"", ">Next</button>", "id=\"cancel\"").doesNotContain("<script", "role=\"alert\"");
    }

    @Test
    void shouldShowCodePageAgainWithEscapedAlertWhenCodeIsWrong() {
        // when
        Response page = DeviceFlow.enterCode("<script>alert(1)</script>", "next");

        // then
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
        assertThat(page.asString()).contains("role=\"alert\"", "That code didn&#39;t work.", "id=\"user-code\"",
                "value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"").doesNotContain("<script");
    }

    @Test
    void shouldShowCodePageAgainWhenCodeWasAlreadyUsed() {
        // given: a code approved already
        String tenant = TestDirectory.newTenantId();
        DeviceFlow device = DeviceFlow.at(tenant, TestDirectory.publicClientIn(tenant, "AzureADMyOrg").appId());
        String userCode = device.start(SignInBrowser.SCOPE).getString("user_code");
        device.approve(userCode, TestDirectory.userIn(tenant));

        // when
        Response page = DeviceFlow.enterCode(userCode, "next");

        // then
        assertThat(page.asString()).contains("role=\"alert\"", "id=\"user-code\"").doesNotContain("id=\"sign-in\"");
    }

    @Test
    void shouldDeclineDeviceWhenUserEntersFiveWrongAuthenticatorCodes() {
        // given: a user with MFA past their password on the device's sign-in pages
        String tenant = TestDirectory.newTenantId();
        ApplicationView cli = TestDirectory.publicClientIn(tenant, "AzureADMyOrg");
        TestUser user = TestDirectory.mfaUserIn(tenant);
        DeviceFlow device = DeviceFlow.at(tenant, cli.appId());
        JsonPath started = device.start(SignInBrowser.SCOPE);
        SignInBrowser browser = SignInBrowser.at(tenant, cli.appId());
        Response page = browser.signIn(DeviceFlow.enterCode(started.getString("user_code"), "next"),
                user.userPrincipalName(), user.password());

        // when
        for (int attempt = 0; attempt < 5; attempt++) {
            page = browser.enterCode(page, TotpCodes.wrong(user.totpSecret()));
        }

        // then: the page says so, and the device stops waiting at its next poll
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.asString()).contains("role=\"alert\"", "AADSTS500121");
        assertAadError(device.poll(started.getString("device_code")), 400, "authorization_declined", null);
    }
}
