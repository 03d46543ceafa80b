package org.partnercenter.idp.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.TestDirectory.PARTNER_CENTER_API;

import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.support.PublishedKeys;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;
import org.partnercenter.idp.support.TestDirectory.TestUser;
import org.partnercenter.idp.support.TokenRequest;

@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class PasswordGrantTest {

    @ConfigProperty(name = "idp.authority")
    String authority;

    @Test
    void shouldIssueVerifiableAppUserTokenWhenPasswordIsRight() throws ParseException {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        JsonPath response = TokenRequest.password(user).post().then().statusCode(200).extract().jsonPath();

        // then
        assertThat(response.getString("token_type")).isEqualTo("Bearer");
        assertThat(response.getString("scope")).isEqualTo(PARTNER_CENTER_API + "/user_impersonation");
        assertThat(response.getLong("expires_in")).isEqualTo(3600);
        assertThat(response.getLong("ext_expires_in")).isEqualTo(3600);
        JWTClaimsSet claims = PublishedKeys.verifiedClaims(response.getString("access_token"));
        assertThat(claims.getIssuer()).isEqualTo(authority + "/" + user.tenantId() + "/v2.0");
        assertThat(claims.getAudience()).containsExactly(PARTNER_CENTER_API);
        assertThat(claims.getStringClaim("tid")).isEqualTo(user.tenantId());
        assertThat(claims.getStringClaim("oid")).isEqualTo(user.id());
        assertThat(claims.getStringClaim("upn")).isEqualTo(user.userPrincipalName());
        assertThat(claims.getStringClaim("idtyp")).isEqualTo("user");
        assertThat(claims.getStringClaim("scp")).isEqualTo("user_impersonation");
        assertThat(claims.getStringListClaim("amr")).containsExactly("pwd", "mfa");
        assertThat(claims.getStringClaim("azp")).isEqualTo("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
        assertThat(claims.getStringClaim("ver")).isEqualTo("2.0");
        assertThat(claims.getClaim("roles")).isNull();
    }

    @Test
    void shouldLeaveMfaOutOfAmrWhenMfaIsFalse() throws ParseException {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        String token = TokenRequest.password(user).with("mfa", "false").accessToken();

        // then
        assertThat(PublishedKeys.verifiedClaims(token).getStringListClaim("amr")).containsExactly("pwd");
    }

    @Test
    void shouldSetLifetimeWhenLifetimeSecondsIsGiven() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        JsonPath response = TokenRequest.password(user).with("lifetime_seconds", "120").post()
                .then().statusCode(200).extract().jsonPath();

        // then
        JWTClaimsSet claims = PublishedKeys.verifiedClaims(response.getString("access_token"));
        assertThat(response.getLong("expires_in")).isEqualTo(120);
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void shouldMintAlreadyExpiredTokenWhenLifetimeIsNegative() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        JsonPath response = TokenRequest.password(user).with("lifetime_seconds", "-600").post()
                .then().statusCode(200).extract().jsonPath();

        // then
        JWTClaimsSet claims = PublishedKeys.verifiedClaims(response.getString("access_token"));
        assertThat(claims.getExpirationTime().toInstant()).isBefore(Instant.now().minusSeconds(590));
        assertThat(claims.getIssueTime()).isBefore(claims.getExpirationTime());
        assertThat(response.getLong("expires_in")).isZero();
    }

    @Test
    void shouldMintNotYetValidTokenWhenNotBeforeSecondsIsGiven() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        JsonPath response = TokenRequest.password(user).with("not_before_seconds", "3600")
                .with("lifetime_seconds", "120").post()
                .then().statusCode(200).extract().jsonPath();

        // then
        JWTClaimsSet claims = PublishedKeys.verifiedClaims(response.getString("access_token"));
        assertThat(claims.getNotBeforeTime().toInstant()).isAfter(Instant.now().plusSeconds(3590));
        assertThat(Duration.between(claims.getNotBeforeTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void shouldSignInWhenUserNameDiffersInCase() {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        String token = TokenRequest.password(user).with("username", user.userPrincipalName().toUpperCase()).accessToken();

        // then
        assertThat(PublishedKeys.verifiedClaims(token).getClaim("oid")).isEqualTo(user.id());
    }

    @Test
    void shouldCarryNamedPermissionWhenScopeNamesOne() throws ParseException {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        JsonPath response = TokenRequest.password(user)
                .with("scope", "openid profile " + PARTNER_CENTER_API + "/user_impersonation").post()
                .then().statusCode(200).extract().jsonPath();

        // then
        assertThat(response.getString("scope")).isEqualTo(PARTNER_CENTER_API + "/user_impersonation");
        assertThat(PublishedKeys.verifiedClaims(response.getString("access_token")).getStringClaim("scp"))
                .isEqualTo("user_impersonation");
    }

    @Test
    void shouldCarryTheChosenObjectIdInEachTenantWhenTwoTenantsUseTheSameId() throws ParseException {
        // given
        TestUser contoso = TestDirectory.userIn(TestDirectory.newTenantId());
        TestUser fabrikam = TestDirectory.userWithObjectId(TestDirectory.newTenantId(), contoso.id());

        // when
        JWTClaimsSet claims = PublishedKeys.verifiedClaims(TokenRequest.password(fabrikam).accessToken());

        // then
        assertThat(fabrikam.id()).isEqualTo(contoso.id());
        assertThat(claims.getStringClaim("oid")).isEqualTo(contoso.id());
        assertThat(claims.getStringClaim("tid")).isEqualTo(fabrikam.tenantId()).isNotEqualTo(contoso.tenantId());
    }
}
