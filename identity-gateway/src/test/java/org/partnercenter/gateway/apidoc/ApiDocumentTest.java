package org.partnercenter.gateway.apidoc;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.EchoOrigin;
import org.partnercenter.gateway.support.GatewayTest;

@QuarkusTest
@GatewayTest
class ApiDocumentTest {

    @TestHTTPResource(value = "openapi", management = true)
    URL openApiOnManagementPort;

    @Test
    void shouldServeOneDocumentWithTheGatewaysOwnPathsWhenAsked() {
        given().get("/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Partner Center API"))
                .body("paths.'/v1/partners'", notNullValue())
                .body("paths.'/v1/users'", notNullValue());
    }

    @Test
    void shouldMergeAServicesDocumentWhenItsManagementPortServesOne() {
        given().get("/openapi")
                .then().statusCode(200)
                .body("paths.'" + EchoOrigin.DOCUMENTED_PATH + "'.get", notNullValue());
    }

    @Test
    void shouldNameTheServicesItCouldNotReadWhenTheyServeNoDocument() {
        // The tests' stand-in origin answers an echo, not an OpenAPI document.
        given().get("/openapi")
                .then().statusCode(200)
                .body("'x-unavailable'", containsInAnyOrder("billing", "pricing", "support"));
    }

    @Test
    void shouldShowTheSwaggerUiOfTheMergedDocumentWhenABrowserAsks() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        given().get("/q/swagger-ui/index.html").then().statusCode(200).body(containsString("'/openapi'"));
    }

    @Test
    void shouldServeNoRawDocumentWhenTheManagementPortIsAsked() {
        // /openapi on the public port is the one document; the gateway's own raw one is served nowhere.
        given().get(openApiOnManagementPort).then().statusCode(404);
    }
}
