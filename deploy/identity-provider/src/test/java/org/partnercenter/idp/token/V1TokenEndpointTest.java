package org.partnercenter.idp.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.TestDirectory.PARTNER_CENTER_API;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
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
    void shouldIssueV1AppOnlyTokenWhenResourceIsGiven() throws MalformedClaimException {
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
        JwtClaims claims = PublishedKeys.verifiedClaims(response.getString("access_token"));
        assertThat(claims.getIssuer()).isEqualTo(v1Authority + "/" + tenant + "/");
        assertThat(claims.getAudience()).containsExactly(PARTNER_CENTER_API);
        assertThat(claims.getStringClaimValue("ver")).isEqualTo("1.0");
        assertThat(claims.getStringClaimValue("appid")).isEqualTo(app.appId());
        assertThat(claims.getStringClaimValue("appidacr")).isEqualTo("1");
        assertThat(claims.getClaimValue("azp")).as("v1 tokens name the client appid").isNull();
        assertThat(claims.getStringClaimValue("idtyp")).isEqualTo("app");
        assertThat(claims.getStringClaimValue("oid")).isEqualTo(app.servicePrincipalId());
    }

    @Test
    void shouldIssueV1UserTokenWhenPasswordIsRight() throws MalformedClaimException {
        // given
        TestUser user = TestDirectory.userIn(TestDirectory.newTenantId());

        // when
        String token = TokenRequest.password(user).v1(PARTNER_CENTER_API).accessToken();

        // then
        JwtClaims claims = PublishedKeys.verifiedClaims(token);
        assertThat(claims.getIssuer()).isEqualTo(v1Authority + "/" + user.tenantId() + "/");
        assertThat(claims.getStringClaimValue("ver")).isEqualTo("1.0");
        assertThat(claims.getStringClaimValue("oid")).isEqualTo(user.id());
        assertThat(claims.getStringClaimValue("upn")).isEqualTo(user.userPrincipalName());
        assertThat(claims.getStringClaimValue("unique_name")).isEqualTo(user.userPrincipalName());
        assertThat(claims.getStringClaimValue("scp")).isEqualTo("user_impersonation");
        assertThat(claims.getStringListClaimValue("amr")).containsExactly("pwd", "mfa");
        assertThat(claims.getStringClaimValue("appid")).isEqualTo("04b07795-8ddb-461a-bbee-02f9e1bf7b46");
    }
}
