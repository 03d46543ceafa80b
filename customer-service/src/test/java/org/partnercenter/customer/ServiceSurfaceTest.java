package org.partnercenter.customer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class ServiceSurfaceTest {

    @Test
    void shouldDescribeEveryRouteWhenTheOpenApiDocumentIsRead() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/v1/customers/{id}/profiles/billing"))
                .body(containsString("/v1/relationships"))
                .body(containsString("/v1/customers/{customerId}/orders"))
                .body(containsString("/v1/usagerecords/batches"))
                .body(containsString("/v1/customers/{customerId}/subscriptions/{subscriptionId}/utilizations/azure"))
                .body(containsString("/v1/migrations/customers"));
    }

    @Test
    void shouldExposePrometheusMetricsWhenScraped() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void shouldCheckKafkaWhenReadinessIsAsked() {
        // The Kafka connector reports the partners channel, which is connected only while the broker answers.
        given().get("/q/health/ready").then().statusCode(200)
                .body(containsString("Reactive Messaging")).body(containsString("partners"));
    }
}
