package org.partnercenter.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

/**
 * What every service answers from its first day: readiness on its database, and the error shape on a
 * route it does not have. A service's {@code HealthTest} extends this with its own test resource.
 */
public abstract class ServiceBasicsContract {

    /** The service's {@code quarkus.application.name}, which its errors name as their source. */
    protected abstract String serviceName();

    @Test
    void shouldBeReadyWhenItsDatabaseIsUp() {
        given().when().get("/q/health/ready")
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
}
