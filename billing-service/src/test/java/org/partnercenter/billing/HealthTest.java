package org.partnercenter.billing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "billing"))
class HealthTest {

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
                .body("source", equalTo("billing-service"));
    }
}
