package org.partnercenter.idp.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.PublishedKeys.instant;
import static org.partnercenter.idp.support.TestDirectory.PARTNER_CENTER_API;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.account.ApplicationView;
import org.partnercenter.idp.support.PublishedKeys;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;
import org.partnercenter.idp.support.TokenRequest;

@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class ClientCredentialsGrantTest {

    @ConfigProperty(name = "idp.authority")
    String authority;

    @Test
    void shouldIssueVerifiableAppOnlyTokenWhenSecretIsRight() throws MalformedClaimException {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView app = TestDirectory.applicationIn(tenant);

        // when
        JsonPath response = TokenRequest.clientCredentials(tenant, app).post()
                .then().statusCode(200).extract().jsonPath();

        // then
        assertThat(response.getString("token_type")).isEqualTo("Bearer");
        assertThat(response.getLong("expires_in")).isEqualTo(3600);
        assertThat(response.getLong("ext_expires_in")).isEqualTo(3600);
        assertThat(response.getString("scope")).as("app-only answers carry no scope").isNull();
        String token = response.getString("access_token");
        assertThat(PublishedKeys.header(token, "typ")).isEqualTo("JWT");
        assertThat(PublishedKeys.header(token, "alg")).isEqualTo("RS256");
        JwtClaims claims = PublishedKeys.verifiedClaims(token);
        assertThat(claims.getIssuer()).isEqualTo(authority + "/" + tenant + "/v2.0");
        assertThat(claims.getClaimValue("aud")).as("one audience, written as a string like Azure AD's")
                .isEqualTo(PARTNER_CENTER_API);
        assertThat(claims.getStringClaimValue("ver")).isEqualTo("2.0");
        assertThat(claims.getStringClaimValue("tid")).isEqualTo(tenant);
        assertThat(claims.getStringClaimValue("oid")).isEqualTo(app.servicePrincipalId());
        assertThat(claims.getSubject()).isEqualTo(app.servicePrincipalId());
        assertThat(claims.getStringClaimValue("idtyp")).isEqualTo("app");
        assertThat(claims.getStringClaimValue("azp")).isEqualTo(app.appId());
        assertThat(claims.getStringClaimValue("azpacr")).isEqualTo("1");
        assertThat(claims.getClaimValue("appid")).as("v2 tokens name the client azp").isNull();
        assertThat(claims.getStringListClaimValue("roles")).isEmpty();
        assertThat(claims.getClaimValue("scp")).isNull();
        assertThat(claims.getStringClaimValue("uti")).isNotBlank().isEqualTo(claims.getJwtId());
        assertThat(claims.getNotBefore()).isEqualTo(claims.getIssuedAt());
        assertThat(Duration.between(instant(claims.getIssuedAt()), instant(claims.getExpirationTime())))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void shouldIssueTokenForRequestedApiWhenScopeNamesAnotherResource() throws MalformedClaimException {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView app = TestDirectory.applicationIn(tenant);

        // when
        String token = TokenRequest.clientCredentials(tenant, app)
                .with("scope", "https://graph.microsoft.com/.default").accessToken();

        // then: the gateway refuses such a token because of this aud
        assertThat(PublishedKeys.verifiedClaims(token).getAudience()).containsExactly("https://graph.microsoft.com");
    }
}
