package org.partnercenter.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;

@QuarkusTest
@GatewayTest
class MetricsTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void shouldLabelForwardedRequestsWithTheRoutePatternNeverTheIdsWhenTwoCustomersAreRead() {
        TestPartner partner = Partners.register("direct");
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();

        given().auth().oauth2(partner.admin().token()).get("/v1/customers/" + first).then().statusCode(200);
        given().auth().oauth2(partner.admin().token()).get("/v1/customers/" + second + "/subscriptions")
                .then().statusCode(200);

        assertThat(scrape()).contains("uri=\"/v1/customers/**\"", "uri=\"/v1/customers/*/subscriptions/**\"")
                .doesNotContain(first).doesNotContain(second);
    }

    @Test
    void shouldLabelTheGatewaysOwnRoutesWithTheirTemplateWhenAUserIsRead() {
        TestPartner partner = Partners.register("direct");
        String stranger = UUID.randomUUID().toString();

        given().auth().oauth2(partner.admin().token()).get("/v1/users/" + stranger).then().statusCode(404);

        assertThat(scrape()).contains("uri=\"/v1/users/{id}\"").doesNotContain(stranger);
    }

    @Test
    void shouldLabelUnknownPathsOnceWhenTheyCarryIds() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();

        given().get("/v1/no-such-route/" + first).then().statusCode(404);
        given().get("/elsewhere/" + second).then().statusCode(404);

        assertThat(scrape()).contains("uri=\"NOT_FOUND\"").doesNotContain(first).doesNotContain(second);
    }

    private String scrape() {
        return given().get(metrics).then().statusCode(200).extract().asString();
    }
}
