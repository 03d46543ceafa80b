package org.partnercenter.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class ServiceSurfaceTest {

    @Test
    void shouldDescribeEveryRouteWhenTheOpenApiDocumentIsRead() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/v1/servicerequests/{agentLocale}"))
                .body(containsString("/v1/servicerequests/{id}/escalate"))
                .body(containsString("/v1/servicerequests/{id}/timeline"))
                .body(containsString("/v1/servicerequests/supporttopics"))
                .body(containsString("/v1/customers/{customerId}/servicerequests/{id}"));
    }

    @Test
    void shouldCheckBothConsumedTopicsWhenReadinessIsAsked() {
        given().get("/q/health/ready").then().statusCode(200)
                .body(containsString("partners")).body(containsString("customers"));
    }
}
