package org.partnercenter.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;

@QuarkusTest
@GatewayTest
class TracePropagationTest {

    @Test
    void shouldForwardTheCallersTraceFromASpanOfItsOwnWhenTheCallerSentATraceParent() {
        TestPartner partner = Partners.register("direct");
        String traceId = hex(16);
        String callersSpanId = hex(8);

        String forwarded = given().auth().oauth2(partner.admin().token())
                .header("traceparent", "00-" + traceId + "-" + callersSpanId + "-01")
                .get("/v1/customers").then().statusCode(200).extract().path("headers.traceparent");

        assertThat(forwarded).matches("00-" + traceId + "-[0-9a-f]{16}-01").doesNotContain(callersSpanId);
    }

    @Test
    void shouldStartATraceWhenTheCallerSentNone() {
        TestPartner partner = Partners.register("direct");

        String forwarded = given().auth().oauth2(partner.admin().token())
                .get("/v1/customers").then().statusCode(200).extract().path("headers.traceparent");

        assertThat(forwarded).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
