package org.partnercenter.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.time.Duration;

/**
 * A long-running operation (a close, an export) followed as a client follows it: the 202's {@code Location}, read
 * again through the gateway after each {@code Retry-After} while the operation runs.
 */
public final class LongOperations {

    /** Far above a test's close or export; billing fails a close itself after its catch-up timeout (2 min). */
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private LongOperations() {
    }

    /** The operation as it ended, with the 202 that started it; fails if it still runs after {@link #TIMEOUT}. */
    public static Followed follow(Gateway gateway, TestUser starter, Response accepted) throws InterruptedException {
        accepted.then().statusCode(202);
        String location = accepted.header("Location");
        assertThat(location).as("the 202's Location").isNotNull();
        // Followed by its path through the gateway, a client's only entry.
        String operation = URI.create(location).getRawPath();
        assertThat(operation).startsWith("/v1/operations/");
        Response answer = accepted;
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (answer.jsonPath().getString("status").equals("running")) {
            String retryAfter = answer.header("Retry-After");
            assertThat(retryAfter).as("Retry-After while the operation runs").matches("[1-9][0-9]*");
            if (System.nanoTime() > deadline) {
                fail(operation + " still runs after " + TIMEOUT.toSeconds() + " s: " + answer.asString());
            }
            Thread.sleep(Duration.ofSeconds(Long.parseLong(retryAfter)).toMillis());
            answer = gateway.as(starter).get(operation);
            answer.then().statusCode(200);
        }
        assertThat(answer.header("Retry-After")).as("Retry-After once the operation has ended").isNull();
        return new Followed(accepted.jsonPath(), location, answer.jsonPath());
    }

    /**
     * @param accepted the operation as the 202 answered it
     * @param location the 202's {@code Location}
     * @param ended the operation as it ended
     */
    public record Followed(JsonPath accepted, String location, JsonPath ended) {
    }
}
