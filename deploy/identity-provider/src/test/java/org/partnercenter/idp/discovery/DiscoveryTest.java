package org.partnercenter.idp.discovery;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.AadErrorAssert.assertAadError;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;

@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class DiscoveryTest {

    @ConfigProperty(name = "idp.authority")
    String authority;

    @Test
    void shouldPublishValidOpenIdConfigurationWhenTenantExists() {
        // given
        String tenant = TestDirectory.userIn(TestDirectory.newTenantId()).tenantId();

        // when
        JsonPath document = get("/{tenant}/v2.0/.well-known/openid-configuration", tenant)
                .then().statusCode(200).extract().jsonPath();

        // then: the metadata OpenID Connect Discovery 1.0 requires, and the issuer it is served under (§4.3)
        String issuer = authority + "/" + tenant + "/v2.0";
        assertThat(document.getString("issuer")).isEqualTo(issuer);
        assertThat(document.getString("authorization_endpoint")).isEqualTo(authority + "/" + tenant + "/oauth2/v2.0/authorize");
        assertThat(document.getString("token_endpoint")).isEqualTo(authority + "/" + tenant + "/oauth2/v2.0/token");
        assertThat(document.getString("jwks_uri")).isEqualTo(authority + "/" + tenant + "/discovery/v2.0/keys");
        assertThat(document.getList("response_types_supported")).isNotEmpty();
        assertThat(document.getList("subject_types_supported")).isNotEmpty();
        assertThat(document.getList("id_token_signing_alg_values_supported")).contains("RS256");
        assertThat(document.getList("grant_types_supported")).contains("client_credentials", "password");
    }

    @Test
    void shouldPublishInteractiveSignInEndpointsUnderAliasWhenAuthorityIsOrganizations() {
        // when
        JsonPath document = get("/organizations/v2.0/.well-known/openid-configuration")
                .then().statusCode(200).extract().jsonPath();

        // then: what oidc-client-ts reads for the code flow with PKCE, at the authority it was given
        assertThat(document.getString("issuer")).isEqualTo(authority + "/{tenantid}/v2.0");
        assertThat(document.getString("authorization_endpoint"))
                .isEqualTo(authority + "/organizations/oauth2/v2.0/authorize");
        assertThat(document.getString("token_endpoint")).isEqualTo(authority + "/organizations/oauth2/v2.0/token");
        assertThat(document.getString("end_session_endpoint")).isEqualTo(authority + "/organizations/oauth2/v2.0/logout");
        assertThat(document.getList("code_challenge_methods_supported")).containsExactly("S256");
        assertThat(document.getList("response_types_supported"))
                .containsExactly("code", "id_token", "code id_token", "id_token token");
        assertThat(document.getList("response_modes_supported")).containsExactly("query", "fragment", "form_post");
        assertThat(document.getList("grant_types_supported"))
                .contains("authorization_code", "refresh_token", "client_credentials", "password");
        assertThat(document.getList("scopes_supported")).containsExactly("openid", "profile", "email", "offline_access");
        assertThat(document.getList("claims_supported")).contains("sub", "nonce", "sid", "name", "preferred_username");
    }

    @Test
    void shouldPublishDeviceAuthorizationEndpointWhenV2DocumentIsAskedAtAnyAuthority() {
        // given
        String tenant = TestDirectory.userIn(TestDirectory.newTenantId()).tenantId();

        for (String authoritySegment : new String[] {tenant, "organizations", "common"}) {
            // when
            JsonPath document = get("/{tenant}/v2.0/.well-known/openid-configuration", authoritySegment)
                    .then().statusCode(200).extract().jsonPath();

            // then: what MSAL and RFC 8628 clients read to start the device code flow
            assertThat(document.getString("device_authorization_endpoint"))
                    .isEqualTo(authority + "/" + authoritySegment + "/oauth2/v2.0/devicecode");
            assertThat(document.getList("grant_types_supported"))
                    .contains("urn:ietf:params:oauth:grant-type:device_code");
        }
    }

    @Test
    void shouldPublishV1IssuerWhenV1DocumentIsAsked() {
        // given
        String tenant = TestDirectory.userIn(TestDirectory.newTenantId()).tenantId();

        // when
        JsonPath document = get("/{tenant}/.well-known/openid-configuration", tenant)
                .then().statusCode(200).extract().jsonPath();

        // then
        assertThat(document.getString("issuer")).isEqualTo(authority + "/sts/" + tenant + "/");
        assertThat(document.getString("token_endpoint")).isEqualTo(authority + "/" + tenant + "/oauth2/token");
        assertThat(document.getString("jwks_uri")).isEqualTo(authority + "/" + tenant + "/discovery/keys");
    }

    @Test
    void shouldPublishIssuerTemplateWhenTenantIsCommon() {
        // when
        JsonPath document = get("/common/v2.0/.well-known/openid-configuration")
                .then().statusCode(200).extract().jsonPath();

        // then: as Azure AD's multi-tenant document, with the tenant left as a placeholder
        assertThat(document.getString("issuer")).isEqualTo(authority + "/{tenantid}/v2.0");
        assertThat(document.getString("jwks_uri")).isEqualTo(authority + "/common/discovery/v2.0/keys");
    }

    @Test
    void shouldUseConfiguredAuthorityWhenRequestNamesAnotherHost() {
        // given
        String tenant = TestDirectory.userIn(TestDirectory.newTenantId()).tenantId();

        // when
        String issuer = given().header("Host", "evil.example:443")
                .get("/{tenant}/v2.0/.well-known/openid-configuration", tenant)
                .then().statusCode(200).extract().path("issuer");

        // then
        assertThat(issuer).isEqualTo(authority + "/" + tenant + "/v2.0");
    }

    @Test
    void shouldAnswerInvalidTenantWhenTenantDoesNotExist() {
        // when / then
        assertAadError(get("/{tenant}/v2.0/.well-known/openid-configuration", TestDirectory.newTenantId()),
                400, "invalid_tenant", 90002);
        assertAadError(get("/contoso.example/v2.0/.well-known/openid-configuration"), 400, "invalid_tenant", 90002);
    }
}
