package org.partnercenter.idp.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.PublishedKeys.instant;
import static org.partnercenter.idp.support.TestDirectory.PARTNER_CENTER_API;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
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
    void shouldIssueVerifiableAppUserTokenWhenPasswordIsRight() throws MalformedClaimException {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        JsonPath response = TokenRequest.password(user).post().then().statusCode(200).extract().jsonPath();

        // then
        assertThat(response.getString("token_type")).isEqualTo("Bearer");
        assertThat(response.getString("scope")).isEqualTo(PARTNER_CENTER_API + "/user_impersonation");
        assertThat(response.getLong("expires_in")).isEqualTo(3600);
        assertThat(response.getLong("ext_expires_in")).isEqualTo(3600);
        JwtClaims claims = PublishedKeys.verifiedClaims(response.getString("access_token"));
        assertThat(claims.getIssuer()).isEqualTo(authority + "/" + user.tenantId() + "/v2.0");
        assertThat(claims.getAudience()).containsExactly(PARTNER_CENTER_API);
        assertThat(claims.getStringClaimValue("tid")).isEqualTo(user.tenantId());
        assertThat(claims.getStringClaimValue("oid")).isEqualTo(user.id());
        assertThat(claims.getStringClaimValue("upn")).isEqualTo(user.userPrincipalName());
        assertThat(claims.getStringClaimValue("idtyp")).isEqualTo("user");
        assertThat(claims.getStringClaimValue("scp")).isEqualTo("user_impersonation");
        assertThat(claims.getStringListClaimValue("amr")).containsExactly("pwd", "mfa");
        assertThat(claims.getStringClaimValue("azp")).isEqualTo("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
        assertThat(claims.getStringClaimValue("ver")).isEqualTo("2.0");
        assertThat(claims.getClaimValue("roles")).isNull();
    }

    @Test
    void shouldLeaveMfaOutOfAmrWhenMfaIsFalse() throws MalformedClaimException {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        String token = TokenRequest.password(user).with("mfa", "false").accessToken();

        // then
        assertThat(PublishedKeys.verifiedClaims(token).getStringListClaimValue("amr")).containsExactly("pwd");
    }

    @Test
    void shouldSetLifetimeWhenLifetimeSecondsIsGiven() throws MalformedClaimException {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        JsonPath response = TokenRequest.password(user).with("lifetime_seconds", "120").post()
                .then().statusCode(200).extract().jsonPath();

        // then
        JwtClaims claims = PublishedKeys.verifiedClaims(response.getString("access_token"));
        assertThat(response.getLong("expires_in")).isEqualTo(120);
        assertThat(Duration.between(instant(claims.getIssuedAt()), instant(claims.getExpirationTime())))
                .isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void shouldMintAlreadyExpiredTokenWhenLifetimeIsNegative() throws MalformedClaimException {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        JsonPath response = TokenRequest.password(user).with("lifetime_seconds", "-600").post()
                .then().statusCode(200).extract().jsonPath();

        // then
        JwtClaims claims = PublishedKeys.verifiedClaims(response.getString("access_token"));
        assertThat(instant(claims.getExpirationTime())).isBefore(Instant.now().minusSeconds(590));
        assertThat(claims.getIssuedAt().isBefore(claims.getExpirationTime())).isTrue();
        assertThat(response.getLong("expires_in")).isZero();
    }

    @Test
    void shouldMintNotYetValidTokenWhenNotBeforeSecondsIsGiven() throws MalformedClaimException {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        JsonPath response = TokenRequest.password(user).with("not_before_seconds", "3600")
                .with("lifetime_seconds", "120").post()
                .then().statusCode(200).extract().jsonPath();

        // then
        JwtClaims claims = PublishedKeys.verifiedClaims(response.getString("access_token"));
        assertThat(instant(claims.getNotBefore())).isAfter(Instant.now().plusSeconds(3590));
        assertThat(Duration.between(instant(claims.getNotBefore()), instant(claims.getExpirationTime())))
                .isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void shouldSignInWhenUserNameDiffersInCase() throws MalformedClaimException {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        String token = TokenRequest.password(user).with("username", user.userPrincipalName().toUpperCase()).accessToken();

        // then
        assertThat(PublishedKeys.verifiedClaims(token).getClaimValue("oid")).isEqualTo(user.id());
    }

    @Test
    void shouldCarryNamedPermissionWhenScopeNamesOne() throws MalformedClaimException {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        JsonPath response = TokenRequest.password(user)
                .with("scope", "openid profile " + PARTNER_CENTER_API + "/user_impersonation").post()
                .then().statusCode(200).extract().jsonPath();

        // then
        assertThat(response.getString("scope")).isEqualTo(PARTNER_CENTER_API + "/user_impersonation");
        assertThat(PublishedKeys.verifiedClaims(response.getString("access_token")).getStringClaimValue("scp"))
                .isEqualTo("user_impersonation");
    }

    @Test
    void shouldCarryTheChosenObjectIdInEachTenantWhenTwoTenantsUseTheSameId() throws MalformedClaimException {
        // given
        TestUser contoso = TestDirectory.userIn(TestDirectory.newTenantId());
        TestUser fabrikam = TestDirectory.userWithObjectId(TestDirectory.newTenantId(), contoso.id());

        // when
        JwtClaims claims = PublishedKeys.verifiedClaims(TokenRequest.password(fabrikam).accessToken());

        // then
        assertThat(fabrikam.id()).isEqualTo(contoso.id());
        assertThat(claims.getStringClaimValue("oid")).isEqualTo(contoso.id());
        assertThat(claims.getStringClaimValue("tid")).isEqualTo(fabrikam.tenantId()).isNotEqualTo(contoso.tenantId());
    }
}
