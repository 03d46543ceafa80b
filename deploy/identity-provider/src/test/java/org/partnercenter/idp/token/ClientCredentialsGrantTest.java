package org.partnercenter.idp.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.TestDirectory.PARTNER_CENTER_API;

import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.text.ParseException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    void shouldIssueVerifiableAppOnlyTokenWhenSecretIsRight() throws ParseException {
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
        JWTClaimsSet claims = PublishedKeys.verifiedClaims(response.getString("access_token"));
        assertThat(claims.getIssuer()).isEqualTo(authority + "/" + tenant + "/v2.0");
        assertThat(claims.getAudience()).containsExactly(PARTNER_CENTER_API);
        assertThat(claims.getStringClaim("ver")).isEqualTo("2.0");
        assertThat(claims.getStringClaim("tid")).isEqualTo(tenant);
        assertThat(claims.getStringClaim("oid")).isEqualTo(app.servicePrincipalId());
        assertThat(claims.getSubject()).isEqualTo(app.servicePrincipalId());
        assertThat(claims.getStringClaim("idtyp")).isEqualTo("app");
        assertThat(claims.getStringClaim("azp")).isEqualTo(app.appId());
        assertThat(claims.getStringClaim("azpacr")).isEqualTo("1");
        assertThat(claims.getClaim("appid")).as("v2 tokens name the client azp").isNull();
        assertThat(claims.getStringListClaim("roles")).isEmpty();
        assertThat(claims.getClaim("scp")).isNull();
        assertThat(claims.getStringClaim("uti")).isNotBlank().isEqualTo(claims.getJWTID());
        assertThat(claims.getNotBeforeTime()).isEqualTo(claims.getIssueTime());
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void shouldIssueTokenForRequestedApiWhenScopeNamesAnotherResource() throws ParseException {
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
