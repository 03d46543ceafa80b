package org.partnercenter.idp.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.TestDirectory.PARTNER_CENTER_API;

import com.nimbusds.jwt.JWTClaimsSet;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.text.ParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.account.ApplicationView;
import org.partnercenter.idp.support.PublishedKeys;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;
import org.partnercenter.idp.support.TestDirectory.TestUser;
import org.partnercenter.idp.support.TokenRequest;

@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class V1TokenEndpointTest {

    @ConfigProperty(name = "idp.v1-authority")
    String v1Authority;

    @Test
    void shouldIssueV1AppOnlyTokenWhenResourceIsGiven() throws ParseException {
        // given
        String tenant = TestDirectory.newTenantId();
        ApplicationView app = TestDirectory.applicationIn(tenant);

        // when
        JsonPath response = TokenRequest.clientCredentials(tenant, app).v1(PARTNER_CENTER_API).post()
                .then().statusCode(200).extract().jsonPath();

        // then: v1 answers write numbers as strings and name the resource
        assertThat(response.getString("token_type")).isEqualTo("Bearer");
        assertThat(response.getString("expires_in")).isEqualTo("3600");
        assertThat(response.getString("resource")).isEqualTo(PARTNER_CENTER_API);
        assertThat(Long.parseLong(response.getString("expires_on")))
                .isEqualTo(Long.parseLong(response.getString("not_before")) + 3600);
        JWTClaimsSet claims = PublishedKeys.verifiedClaims(response.getString("access_token"));
        assertThat(claims.getIssuer()).isEqualTo(v1Authority + "/" + tenant + "/");
        assertThat(claims.getAudience()).containsExactly(PARTNER_CENTER_API);
        assertThat(claims.getStringClaim("ver")).isEqualTo("1.0");
        assertThat(claims.getStringClaim("appid")).isEqualTo(app.appId());
        assertThat(claims.getStringClaim("appidacr")).isEqualTo("1");
        assertThat(claims.getClaim("azp")).as("v1 tokens name the client appid").isNull();
        assertThat(claims.getStringClaim("idtyp")).isEqualTo("app");
        assertThat(claims.getStringClaim("oid")).isEqualTo(app.servicePrincipalId());
    }

    @Test
    void shouldIssueV1UserTokenWhenPasswordIsRight() throws ParseException {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        String token = TokenRequest.password(user).v1(PARTNER_CENTER_API).accessToken();

        // then
        JWTClaimsSet claims = PublishedKeys.verifiedClaims(token);
        assertThat(claims.getIssuer()).isEqualTo(v1Authority + "/" + user.tenantId() + "/");
        assertThat(claims.getStringClaim("ver")).isEqualTo("1.0");
        assertThat(claims.getStringClaim("oid")).isEqualTo(user.id());
        assertThat(claims.getStringClaim("upn")).isEqualTo(user.userPrincipalName());
        assertThat(claims.getStringClaim("unique_name")).isEqualTo(user.userPrincipalName());
        assertThat(claims.getStringClaim("scp")).isEqualTo("user_impersonation");
        assertThat(claims.getStringListClaim("amr")).containsExactly("pwd", "mfa");
        assertThat(claims.getStringClaim("appid")).isEqualTo("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
    }
}
