package org.partnercenter.idp.error;

import static io.restassured.RestAssured.get;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.idp.support.AadErrorAssert.assertAadError;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.idp.support.TestAuthority;
import org.partnercenter.idp.support.TestDirectory;

/** Failures of the HTTP layer answer in Azure AD's error shape too, never HTML or a stack trace. */
@QuarkusTest
@QuarkusTestResource(TestAuthority.class)
class HttpErrorShapeTest {

    @Test
    void shouldAnswerNotFoundInErrorShapeWhenRouteIsUnknown() {
        // when
        Response response = get("/no/such/route/here");

        // then
        assertAadError(response, 404, "not_found", null);
    }

    @Test
    void shouldAnswerMethodNotAllowedWhenTokenEndpointIsReadWithGet() {
        // given
        String tenant = TestDirectory.userIn(TestDirectory.newTenantId()).tenantId();

        // when
        Response response = get("/{tenant}/oauth2/v2.0/token", tenant);

        // then
        assertAadError(response, 405, "invalid_request", 900561);
    }

    @Test
    void shouldAnswerUnsupportedMediaTypeInErrorShapeWhenTokenRequestIsJson() {
        // given
        String tenant = TestDirectory.userIn(TestDirectory.newTenantId()).tenantId();

        // when
        Response response = given().contentType(ContentType.JSON).body("{\"grant_type\":\"password\"}")
                .post("/{tenant}/oauth2/v2.0/token", tenant);

        // then
        assertAadError(response, 415, "invalid_request", null);
    }

    @Test
    void shouldAnswerInvalidRequestWhenJsonBodyIsMalformed() {
        // when
        Response response = given().contentType(ContentType.JSON).body("{\"userPrincipalName\": ")
                .post("/{tenant}/users", TestDirectory.newTenantId());

        // then
        String description = assertAadError(response, 400, "invalid_request", null).getString("error_description");
        assertThat(description).contains("JSON body could not be read");
    }

    @Test
    void shouldPointToV2WhenV1InteractiveSignInIsAsked() {
        // when
        Response response = get("/common/oauth2/authorize?client_id=x&response_type=code");

        // then
        String description = assertAadError(response, 400, "invalid_request", null).getString("error_description");
        assertThat(description).contains("/oauth2/v2.0/authorize");
    }

    @Test
    void shouldEchoClientRequestIdAsCorrelationIdWhenCallerSendsOne() {
        // given
        String clientRequestId = UUID.randomUUID().toString();

        // when
        Response response = given().header("client-request-id", clientRequestId)
                .get("/{tenant}/v2.0/.well-known/openid-configuration", TestDirectory.newTenantId());

        // then
        assertThat(assertAadError(response, 400, "invalid_tenant", 90002).getString("correlation_id"))
                .isEqualTo(clientRequestId);
    }
}
