package org.partnercenter.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.ConnectionWatch;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.testing.RawHttp;
import org.partnercenter.testing.RawHttp.Answer;

/**
 * A streamed upload cannot be sent again, so it must not meet a pooled connection that the pool is closing
 * (eclipse-vertx/vert.x#4761): it goes over a connection of its own, closed after the answer. Pricing's origin is
 * behind {@link ConnectionWatch}, and the echo names the connection each request came on.
 */
@QuarkusTest
@GatewayTest
class StreamedUploadConnectionsTest {

    private static final int MIB = 1024 * 1024;
    private static final Random RANDOM = new Random(4761);

    @Test
    void shouldSendEachStreamedUploadOverAConnectionOfItsOwnClosedAfterTheAnswerWhenItsBodyIsNotHeld() {
        String token = Partners.operatorToken();
        int pooled = get(token).getInt("connection");
        List<byte[]> bodies = List.of(bytes(3 * MIB), bytes((int) ClosedConnectionRetry.MAX_HELD_BODY + 49),
                bytes(3 * MIB));

        List<Integer> connections = new ArrayList<>();
        for (byte[] body : bodies) {
            connections.add(assertIntact(post(token, body), body));
        }
        byte[] chunked = bytes(3 * MIB);
        Answer answer = RawHttp.sendChunked(RestAssured.port, "POST", "/v1/pricelists",
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), chunked);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        connections.add(assertIntact(answer.json(), chunked));

        assertThat(new HashSet<>(connections)).hasSize(connections.size()).doesNotContain(pooled);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(connections).noneMatch(ConnectionWatch::isOpen));
        assertThat(ConnectionWatch.isOpen(pooled)).isTrue();
    }

    @Test
    void shouldReusePooledConnectionsWhenRequestsHaveNoBodyOrOneSmallEnoughToHold() {
        String token = Partners.operatorToken();
        byte[] small = bytes(64 * 1024);

        List<Integer> connections = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            connections.add(get(token).getInt("connection"));
            connections.add(assertIntact(post(token, small), small));
        }

        assertThat(new HashSet<>(connections)).hasSizeLessThan(connections.size());
        assertThat(connections).allMatch(ConnectionWatch::isOpen);
    }

    private static JsonPath get(String token) {
        return given().auth().oauth2(token).get("/v1/pricelists").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath post(String token, byte[] body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/v1/pricelists")
                .then().statusCode(200).extract().jsonPath();
    }

    /** Asserts that the origin received {@code body} whole; gives the connection it came on. */
    private static int assertIntact(JsonPath echo, byte[] body) {
        assertThat(echo.getString("method")).isEqualTo("POST");
        assertThat(echo.getLong("bodyBytes")).isEqualTo(body.length);
        assertThat(echo.getString("bodySha256")).isEqualTo(sha256(body));
        return echo.getInt("connection");
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
