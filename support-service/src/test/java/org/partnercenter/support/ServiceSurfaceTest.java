package org.partnercenter.support;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.partnercenter.testing.PostgresAndKafka;

@QuarkusTest
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "support"))
class ServiceSurfaceTest {

    @TestHTTPResource(value = "openapi?format=json", management = true)
    URL openApi;

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @Test
    void shouldDescribeEveryRouteWhenTheOpenApiDocumentIsRead() {
        given().get(openApi).then().statusCode(200)
                .body(containsString("/v1/servicerequests/{agentLocale}"))
                .body(containsString("/v1/servicerequests/{id}/escalate"))
                .body(containsString("/v1/servicerequests/{id}/timeline"))
                .body(containsString("/v1/servicerequests/supporttopics"))
                .body(containsString("/v1/customers/{customerId}/servicerequests/{id}"))
                .body(containsString("/v1/serviceincidents/office"))
                .body(containsString("/v1/serviceincidents/{id}"));
    }

    @Test
    void shouldDescribeTheBodyAServiceReadsWhenAWriteTakesOne() {
        // A body reaches the service unread (commons' Body<T>); the document still names the type it is read as.
        given().get(openApi).then().statusCode(200)
                .body("paths.'/v1/servicerequests/{id}'.patch.requestBody.content.'application/json'.schema.'$ref'",
                        endsWith("/ServiceRequestPatch"));
    }

    @Test
    void shouldCheckBothConsumedTopicsWhenReadinessIsAsked() {
        given().get(readiness).then().statusCode(200)
                .body(containsString("partners")).body(containsString("customers"));
    }
}
