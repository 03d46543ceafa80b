package org.partnercenter.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnercenter.gateway.support.EchoOrigin;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.gateway.support.TestUser;
import org.partnercenter.testing.RawHttp;
import org.partnercenter.testing.RawHttp.Answer;

/** The request guard at the public entry: refusals before any route rule, in the error shape, reaching no origin. */
@QuarkusTest
@GatewayTest
class RequestLimitsTest {

    private static final String SOURCE = "identity-gateway";

    private static final List<String> HOSTILE_SEGMENTS = List.of("%2e%2e", "%2E", "..", "%2f", "%5c", "x;y");

    private static TestPartner partner;
    private static String token;

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyWriteRouteWithEveryHostileSegment")
    void shouldRefuseWithoutReachingAnOriginWhenAnIdSegmentIsADotSegmentOrHidesASlash(String method, String path) {
        long before = EchoOrigin.requestsReceived();

        Answer answer = send(method, path, Map.of("Content-Type", "application/json"));

        answer.assertErrorShape(400, SOURCE);
        assertThat(answer.json().getString("description")).contains(path);
        assertThat(EchoOrigin.requestsReceived()).isEqualTo(before);
    }

    @Test
    void shouldKeepTheUserWhenARoleIsRemovedWithAnEncodedDotSegment() {
        TestPartner owner = admin();
        TestUser member = TestUser.create(owner.tenantId(), "member");
        given().auth().oauth2(owner.admin().token()).contentType("application/json")
                .body(Map.of("id", member.objectId(), "userPrincipalName", member.userPrincipalName()))
                .post("/v1/users").then().statusCode(201);

        Answer answer = send("DELETE", "/v1/users/" + member.objectId() + "/roles/%2e%2e", Map.of());

        answer.assertErrorShape(400, SOURCE);
        given().auth().oauth2(owner.admin().token()).get("/v1/users/" + member.objectId()).then().statusCode(200);
    }

    @Test
    void shouldAnswerTheHttpLayersRefusalsInTheErrorShape() {
        send("GET", "/v1/customers/%ZZ", Map.of()).assertErrorShape(400, SOURCE);
        send("GET", "/v1/customers?filter=" + "f".repeat(9_000), Map.of()).assertErrorShape(414, SOURCE);
        send("GET", "/v1/customers", Map.of("X-Padding", "p".repeat(20_000))).assertErrorShape(431, SOURCE);
        send("GET", "/v1/customers?" + "size=1&".repeat(40), Map.of()).assertErrorShape(400, SOURCE);
        // A matrix parameter would pass the rule of /v1/customers/** and reach the usage summary's service.
        send("GET", "/v1/customers/c/usagesummary;x", Map.of()).assertErrorShape(400, SOURCE);
    }

    @Test
    void shouldAnswer413UnreadWhenTheDeclaredBodyIsOverItsRouteFamilysLimit() {
        long before = EchoOrigin.requestsReceived();

        Answer answer = send("POST", "/v1/customers", Map.of("Content-Type", "application/json",
                "Content-Length", String.valueOf(2 * 1024 * 1024)));

        answer.assertErrorShape(413, SOURCE);
        assertThat(answer.json().getString("description")).contains("1048576 bytes");
        assertThat(EchoOrigin.requestsReceived()).isEqualTo(before);
    }

    @Test
    void shouldAnswer413WhenAForwardedChunkedBodyGrowsOverItsLimit() {
        Answer answer = RawHttp.sendChunked(RestAssured.port, "POST", "/v1/customers", signed(Map.of(
                "Content-Type", "application/json")), 2 * 1024 * 1024);

        answer.assertErrorShape(413, SOURCE);
    }

    @Test
    void shouldAnswer413WhenAChunkedBodyForTheGatewaysOwnRoutesGrowsOverItsLimit() {
        Answer answer = RawHttp.sendChunked(RestAssured.port, "POST", "/v1/users", signed(Map.of(
                "Content-Type", "application/json")), 2 * 1024 * 1024);

        answer.assertErrorShape(413, SOURCE);
    }

    @Test
    void shouldStreamAChunkedBulkUploadWhenItIsWithinItsFamilysLimit() {
        Answer answer = RawHttp.sendChunked(RestAssured.port, "POST", "/v1/migrations/customers", signed(Map.of(
                "Content-Type", "application/json")), 12 * 1024 * 1024);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().getLong("bodyBytes")).isEqualTo(12 * 1024 * 1024);
    }

    static Stream<Arguments> everyWriteRouteWithEveryHostileSegment() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : RouteTable.ROUTES) {
            // A route with no id in its path (POST /v1/validations/address) has nowhere to put a hostile segment.
            if (route.writeRoles().isEmpty() || !route.pattern().contains("*")) {
                continue;
            }
            for (String segment : HOSTILE_SEGMENTS) {
                for (String method : List.of("POST", "PUT", "PATCH", "DELETE")) {
                    cases.add(Arguments.of(method, withHostileIdSegment(route.pattern(), segment)));
                }
            }
        }
        return cases.stream();
    }

    /** The route's path with the hostile text where its first id goes, and real ids elsewhere. */
    private static String withHostileIdSegment(String pattern, String segment) {
        String id = UUID.randomUUID().toString();
        String path = pattern.replace("/**", "/" + (pattern.contains("/*/") ? id : segment) + "/" + id);
        return path.replaceFirst("/\\*/", "/" + segment + "/").replace("/*/", "/" + id + "/");
    }

    private static synchronized TestPartner admin() {
        if (partner == null) {
            partner = Partners.register("direct");
        }
        return partner;
    }

    private static synchronized Map<String, String> signed(Map<String, String> headers) {
        if (token == null) {
            token = admin().admin().token();
        }
        Map<String, String> signed = new LinkedHashMap<>(headers);
        signed.put("Authorization", "Bearer " + token);
        return signed;
    }

    private static Answer send(String method, String target, Map<String, String> headers) {
        return RawHttp.send(RestAssured.port, method, target, signed(headers), new byte[0]);
    }

}
