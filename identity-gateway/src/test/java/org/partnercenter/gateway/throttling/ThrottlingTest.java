package org.partnercenter.gateway.throttling;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnercenter.gateway.support.GatewayTest;
import org.partnercenter.gateway.support.Partners;
import org.partnercenter.gateway.support.Partners.TestPartner;
import org.partnercenter.testing.AdjustableClock;

/** The gateway's clock stands still while a test calls, and moves only when the test moves it. */
@QuarkusTest
@GatewayTest
@TestProfile(ThrottlingTest.TightLimits.class)
class ThrottlingTest {

    private static final int READS_PER_MINUTE = 30;
    private static final int PER_CUSTOMER_PER_MINUTE = 10;

    @Inject
    AdjustableClock clock;

    @BeforeEach
    void stopTheClock() {
        clock.set(clock.instant());
    }

    @AfterEach
    void followRealTimeAgain() {
        clock.reset();
    }

    @Test
    void shouldAnswer429WithRetryAfterAndRecoverWhenAPartnerExceedsItsLimit() {
        String token = Partners.register("direct").admin().token();

        Burst burst = burst(token, "/v1/customers", READS_PER_MINUTE);

        assertThat(burst.passed()).isEqualTo(READS_PER_MINUTE);
        burst.refusal().then().statusCode(429)
                .body("statusCode", equalTo(429))
                .body("message", containsString("Rate limit is exceeded"))
                .body("source", equalTo("identity-gateway"));
        // One request's token comes back after a minute / 30 = 2 seconds.
        Duration retryAfter = Duration.ofSeconds(Long.parseLong(burst.refusal().header("Retry-After")));
        assertThat(retryAfter).isEqualTo(Duration.ofSeconds(2));
        clock.advance(retryAfter.minusMillis(1));
        given().auth().oauth2(token).get("/v1/customers").then().statusCode(429);
        clock.advance(Duration.ofMillis(1));
        given().auth().oauth2(token).get("/v1/customers").then().statusCode(200);
    }

    @Test
    void shouldThrottleEachPartnerOnItsOwnWhenAnotherPartnerIsThrottled() {
        TestPartner busy = Partners.register("direct");
        TestPartner quiet = Partners.register("direct");

        burst(busy.admin().token(), "/v1/customers", READS_PER_MINUTE);

        given().auth().oauth2(quiet.admin().token()).get("/v1/customers").then().statusCode(200);
    }

    @Test
    void shouldLimitCallsAboutOneCustomerWhenOneCustomerIsHammered() {
        String token = Partners.register("direct").admin().token();

        Burst burst = burst(token, "/v1/customers/11111111-1111-1111-1111-111111111111", PER_CUSTOMER_PER_MINUTE);

        assertThat(burst.passed()).isEqualTo(PER_CUSTOMER_PER_MINUTE);
        given().auth().oauth2(token).get("/v1/customers/22222222-2222-2222-2222-222222222222")
                .then().statusCode(200);
    }

    /** Calls until refused, at most three times the limit; fails if never refused. */
    private static Burst burst(String token, String path, int limit) {
        for (int passed = 0; passed < 3 * limit; passed++) {
            Response response = given().auth().oauth2(token).get(path);
            if (response.statusCode() == 429) {
                return new Burst(passed, response);
            }
            response.then().statusCode(200);
        }
        throw new AssertionError("never throttled after " + 3 * limit + " calls to " + path);
    }

    private record Burst(int passed, Response refusal) {
    }

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.throttling.reads-per-minute", String.valueOf(READS_PER_MINUTE),
                    "gateway.throttling.per-customer-per-minute", String.valueOf(PER_CUSTOMER_PER_MINUTE));
        }
    }
}
