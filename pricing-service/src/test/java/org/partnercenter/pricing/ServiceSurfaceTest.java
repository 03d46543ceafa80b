package org.partnercenter.pricing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class ServiceSurfaceTest {

    @Test
    void shouldDescribeEveryRouteWhenTheOpenApiDocumentIsRead() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/v1/pricelists/{versionId}/meters"))
                .body(containsString("/v1/pricelists/charges"))
                .body(containsString("/v1/exchangerates/{id}"))
                .body(containsString("/v1/ratecards/azure/meters/{meterId}"));
    }
}
