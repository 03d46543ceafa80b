package org.partnercenter.idp.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.AadErrorAssert.assertAadError;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.account.ApplicationView;
import org.partnercenter.idp.support.PublishedKeys;
import org.partnercenter.idp.support.SignInBrowser;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;
import org.partnercenter.idp.support.TestDirectory.TestUser;

/** Refresh tokens of an SPA's sign-in: each one used once, replaced by the next. */
@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class RefreshTokenGrantTest {

    @Test
    void shouldRotateRefreshTokenAndKeepTheSignInWhenItIsRedeemed() throws MalformedClaimException {
        // given
        ApplicationView spa = TestDirectory.spaIn(TestDirectory.newTenantId(), "AzureADMultipleOrgs");
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());
        SignInBrowser browser = SignInBrowser.at("organizations", spa.appId());
        JsonPath first = browser.redeem(browser.code(user)).then().statusCode(200).extract().jsonPath();

        // when
        JsonPath second = browser.refresh(first.getString("refresh_token")).then().statusCode(200).extract().jsonPath();

        // then
        assertThat(second.getString("refresh_token")).isNotBlank().isNotEqualTo(first.getString("refresh_token"));
        JwtClaims access = PublishedKeys.verifiedClaims(second.getString("access_token"));
        assertThat(access.getStringClaimValue("oid")).isEqualTo(user.id());
        assertThat(access.getStringClaimValue("scp")).isEqualTo("user_impersonation");
        JwtClaims firstId = PublishedKeys.verifiedClaims(first.getString("id_token"));
        JwtClaims secondId = PublishedKeys.verifiedClaims(second.getString("id_token"));
        assertThat(secondId.getSubject()).isEqualTo(firstId.getSubject());
        assertThat(secondId.getStringClaimValue("sid")).isEqualTo(firstId.getStringClaimValue("sid"));
        assertThat(secondId.getClaimValue("nonce")).isNull();
        browser.refresh(second.getString("refresh_token")).then().statusCode(200);
    }

    @Test
    void shouldRefuseUsedRefreshTokenAndRevokeItsSuccessorWhenItIsReplayed() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView spa = TestDirectory.spaIn(tenant, "AzureADMyOrg");
        SignInBrowser browser = SignInBrowser.at(tenant, spa.appId());
        String first = browser.redeem(browser.code(TestDirectory.userIn(tenant))).then().statusCode(200)
                .extract().path("refresh_token");
        String successor = browser.refresh(first).then().statusCode(200).extract().path("refresh_token");

        // when / then
        assertAadError(browser.refresh(first), 400, "invalid_grant", 70008);
        assertAadError(browser.refresh(successor), 400, "invalid_grant", 9002313);
    }

    @Test
    void shouldRefuseRefreshTokenWhenItIsUnknownOrOfAnotherClient() {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView spa = TestDirectory.spaIn(tenant, "AzureADMyOrg");
        SignInBrowser browser = SignInBrowser.at(tenant, spa.appId());
        String refreshToken = browser.redeem(browser.code(TestDirectory.userIn(tenant))).then().statusCode(200)
                .extract().path("refresh_token");

        // when / then
        assertAadError(browser.refresh("made-up"), 400, "invalid_grant", 9002313);
        assertAadError(SignInBrowser.at(tenant, TestDirectory.newTenantId()).refresh(refreshToken),
                400, "invalid_grant", 70000);
    }
}
