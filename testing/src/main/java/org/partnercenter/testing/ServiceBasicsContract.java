package org.partnercenter.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every service answers from its first day: readiness on its database (on the management port), and
 * the error shape on a route it does not have, management paths on the public port included. A service's
 * {@code HealthTest} extends this with its own test resource.
 */
public abstract class ServiceBasicsContract {

    /** Management URLs are relative to the management root, /q: this is /q/health/ready on the management port. */
    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    /** The service's {@code quarkus.application.name}, which its errors name as their source. */
    protected abstract String serviceName();

    @Test
    void shouldBeReadyWhenItsDatabaseIsUp() {
        given().when().get(readiness)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void shouldAnswerTheErrorShapeWhenTheRouteIsUnknown() {
        given().when().get("/v1/no-such-route")
                .then().statusCode(404)
                .body("code", equalTo(404))
                .body("source", equalTo(serviceName()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/metrics", "/q/openapi"})
    void shouldAnswerNotFoundInTheErrorShapeWhenAManagementPathIsAskedOnThePublicPort(String path) {
        given().when().get(path)
                .then().statusCode(404)
                .body("code", equalTo(404))
                .body("source", equalTo(serviceName()));
    }
}
