package org.partnercenter.commons.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnercenter.commons.sample.SampleCallers.as;
import static org.partnercenter.commons.sample.SampleCallers.newPartner;
import static org.partnercenter.commons.sample.SampleCallers.widget;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.testing.PostgresAndKafka;
import org.partnercenter.testing.RawHttp;
import org.partnercenter.testing.RawHttp.Answer;
import org.partnercenter.testing.TestTokens;

/** The request guard in a service: every refusal before routing, in the error shape. */
@QuarkusTest
@QuarkusTestResource(PostgresAndKafka.class)
class RequestLimitsTest {

    private static final String SOURCE = "commons-sample";

    private final Caller partner = newPartner();

    @ParameterizedTest
    @ValueSource(strings = {"%2e%2e", "%2E%2E", "%2E", ".%2e", "..", ".", "%2f", "%2F", "%5c", "%5C", "a%2Fb"})
    void shouldRefuseThePathBeforeRoutingWhenASegmentIsADotSegmentOrHidesASlash(String segment) {
        String id = as(partner).body(widget("gear")).post("/v1/widgets").then().statusCode(201)
                .extract().path("id");

        Answer answer = send("DELETE", "/v1/widgets/" + id + "/" + segment + "/" + id, Map.of());

        answer.assertErrorShape(400, SOURCE);
        assertThat(answer.json().getString("description")).contains("/v1/widgets/" + id + "/" + segment);
        as(partner).get("/v1/widgets/" + id).then().statusCode(200);
    }

    @Test
    void shouldNameThePathWhenAnEscapeIsBroken() {
        Answer answer = send("GET", "/v1/widgets/%ZZ", Map.of());

        answer.assertErrorShape(400, SOURCE);
        assertThat(answer.json().getString("description")).contains("/v1/widgets/%ZZ").contains("%XX");
    }

    @Test
    void shouldAnswer414InTheErrorShapeWhenTheUriIsTooLong() {
        Answer answer = send("GET", "/v1/widgets?name=" + "a".repeat(9_000), Map.of());

        answer.assertErrorShape(414, SOURCE);
    }

    @Test
    void shouldAnswer431InTheErrorShapeWhenTheHeadersAreTooLarge() {
        Answer answer = send("GET", "/v1/widgets", Map.of("X-Padding", "p".repeat(20_000)));

        answer.assertErrorShape(431, SOURCE);
    }

    @Test
    void shouldRefuseWhenAHeaderHoldsAControlCharacter() {
        // Refused by the HTTP decoder before any handler runs: the one refusal without our body (README).
        Answer answer = send("GET", "/v1/widgets", Map.of("X-Note", "a\u0000b"));

        assertThat(answer.status()).isEqualTo(400);
    }

    @Test
    void shouldAnswer413BeforeReadingWhenTheDeclaredBodyIsTooLarge() {
        Answer answer = RawHttp.send(RestAssured.port, "POST", "/v1/widgets",
                Map.of("Authorization", "Bearer " + TestTokens.sign(partner), "Content-Type", "application/json",
                        "Content-Length", String.valueOf(2 * 1024 * 1024)), new byte[0]);

        answer.assertErrorShape(413, SOURCE);
        assertThat(answer.json().getString("description")).contains("1048576 bytes");
    }

    @Test
    void shouldAnswer413WhenAChunkedBodyGrowsTooLarge() {
        Answer answer = RawHttp.sendChunked(RestAssured.port, "POST", "/v1/widgets",
                Map.of("Authorization", "Bearer " + TestTokens.sign(partner), "Content-Type", "application/json"),
                2 * 1024 * 1024);

        answer.assertErrorShape(413, SOURCE);
    }

    @Test
    void shouldReadAChunkedBodyWhenItIsWithinTheLimit() {
        byte[] body = "{\"name\": \"chunked gear\", \"size\": 3}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Answer answer = RawHttp.sendChunked(RestAssured.port, "POST", "/v1/widgets",
                Map.of("Authorization", "Bearer " + TestTokens.sign(partner), "Content-Type", "application/json"),
                body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().getString("name")).isEqualTo("chunked gear");
    }

    @Test
    void shouldNameTheParameterWhenAQueryValueIsTooLong() {
        Answer answer = send("GET", "/v1/widgets?name=" + "n".repeat(3_000), Map.of());

        answer.assertErrorShape(400, SOURCE);
        assertThat(answer.json().getList("data")).containsExactly("name");
    }

    @Test
    void shouldSayHowManyWhenTheQueryHasTooManyParameters() {
        String query = String.join("&", java.util.Collections.nCopies(40, "size=1"));

        Answer answer = send("GET", "/v1/widgets?" + query, Map.of());

        answer.assertErrorShape(400, SOURCE);
        assertThat(answer.json().getString("description")).contains("40 parameters").contains("at most 32");
    }

    private Answer send(String method, String target, Map<String, String> headers) {
        Map<String, String> signed = new java.util.LinkedHashMap<>(headers);
        signed.put("Authorization", "Bearer " + TestTokens.sign(partner));
        return RawHttp.send(RestAssured.port, method, target, signed, new byte[0]);
    }

}
