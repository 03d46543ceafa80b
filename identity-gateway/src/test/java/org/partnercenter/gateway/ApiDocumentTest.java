package org.partnercenter.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@GatewayTest
class ApiDocumentTest {

    @Test
    void shouldServeOneDocumentWithTheGatewaysOwnPathsWhenAsked() {
        given().get("/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("Partner Center API"))
                .body("paths.'/v1/partners'", notNullValue())
                .body("paths.'/v1/users'", notNullValue());
    }

    @Test
    void shouldNameTheServicesItCouldNotReadWhenTheyServeNoDocument() {
        // The tests' stand-in origin answers an echo, not an OpenAPI document.
        given().get("/openapi")
                .then().statusCode(200)
                .body("'x-unavailable'", containsInAnyOrder("customer", "billing", "pricing", "support"));
    }

    @Test
    void shouldShowTheSwaggerUiWhenABrowserAsks() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
