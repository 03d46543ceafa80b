package org.partnercenter.pricing;

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
@QuarkusTestResource(value = PostgresAndKafka.class, initArgs = @ResourceArg(name = "database", value = "pricing"))
class ServiceSurfaceTest {

    @TestHTTPResource(value = "openapi?format=json", management = true)
    URL openApi;

    @Test
    void shouldDescribeEveryRouteWhenTheOpenApiDocumentIsRead() {
        given().get(openApi).then().statusCode(200)
                .body(containsString("/v1/pricelists/{versionId}/meters"))
                .body(containsString("/v1/pricelists/charges"))
                .body(containsString("/v1/exchangerates/{id}"))
                .body(containsString("/v1/ratecards/azure/meters/{meterId}"));
    }

    @Test
    void shouldDescribeTheBodyAServiceReadsWhenAWriteTakesOne() {
        // A body reaches the service unread (commons' Body<T>); the document still names the type it is read as.
        given().get(openApi).then().statusCode(200)
                .body("paths.'/v1/exchangerates'.post.requestBody.content.'application/json'.schema.'$ref'",
                        endsWith("/ExchangeRateRequest"));
    }
}
