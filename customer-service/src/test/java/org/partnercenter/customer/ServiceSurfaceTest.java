package org.partnercenter.customer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.partnercenter.customer.support.Callers.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.customer.support.Callers;
import org.partnercenter.customer.support.Customers;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "customer"))
class ServiceSurfaceTest {

    @TestHTTPResource(value = "openapi?format=json", management = true)
    URL openApi;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @Test
    void shouldDescribeEveryRouteWhenTheOpenApiDocumentIsRead() {
        given().get(openApi).then().statusCode(200)
                .body(containsString("/v1/customers/{id}/profiles/billing"))
                .body(containsString("/v1/relationships"))
                .body(containsString("/v1/customers/{customerId}/orders"))
                .body(containsString("/v1/usagerecords/batches"))
                .body(containsString("/v1/customers/{customerId}/subscriptions/{subscriptionId}/utilizations/azure"))
                .body(containsString("/v1/migrations/customers"))
                .body(containsString("/v1/domains/{domain}"))
                .body(containsString("/v1/countryvalidationrules/{country}"))
                .body(containsString("/v1/validations/address"));
    }

    @Test
    void shouldDescribeTheBodyAServiceReadsWhenAWriteTakesOne() {
        // A body reaches the service unread (commons' Body<T>); the document still names the type it is read as.
        given().get(openApi).then().statusCode(200)
                .body("paths.'/v1/customers/{customerId}/subscriptions/{subscriptionId}'.patch.requestBody"
                        + ".content.'application/json'.schema.'$ref'",
                        endsWith("/SubscriptionPatch"));
    }

    @Test
    void shouldMarkTheBodyRequiredWhenAWriteTakesOne() {
        given().get(openApi).then().statusCode(200)
                .body("paths.'/v1/customers'.post.requestBody.required", equalTo(true))
                .body("paths.'/v1/customers/{customerId}/subscriptions/{subscriptionId}'.patch.requestBody.required",
                        equalTo(true));
    }

    @Test
    void shouldExposePrometheusMetricsWhenScraped() {
        // A request of its own: the HTTP timer exists only once the API has answered one, whatever ran before.
        as(Callers.direct()).get("/v1/customers").then().statusCode(200);

        given().get(metrics).then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void shouldLabelRequestsWithTheRouteTemplateNeverTheIdsWhenTwoCustomersAreRead() {
        Caller partner = Callers.direct();
        String mine = Customers.createId(partner);
        String unknown = UUID.randomUUID().toString();

        as(partner).get("/v1/customers/" + mine).then().statusCode(200);
        as(partner).get("/v1/customers/" + unknown).then().statusCode(404);

        String scraped = given().get(metrics).then().statusCode(200).extract().asString();
        assertThat(scraped).contains("uri=\"/v1/customers/{id}\"").doesNotContain(mine).doesNotContain(unknown);
    }

    @Test
    void shouldCheckKafkaWhenReadinessIsAsked() {
        // The Kafka connector reports the partners channel, which is connected only while the broker answers.
        given().get(readiness).then().statusCode(200)
                .body(containsString("Reactive Messaging")).body(containsString("partners"));
    }
}
