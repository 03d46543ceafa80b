package org.partnercenter.cli.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.ExitCodes;
import org.partnercenter.cli.output.Progress;

/**
 * Follows a long-running operation (a period's close, an export) as the API asks: the 202's {@code Location} is read
 * again after each {@code Retry-After} until the operation is no longer running. A failed operation is exit code 1
 * with the operation's own message; one still running after the timeout is too, and goes on on the server.
 */
public final class OperationWatch {

    /** Waits; a test's sleeper moves a fake clock instead. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    /** The progress line shows seconds waited: it is redrawn at least this often. */
    private static final Duration SLICE = Duration.ofSeconds(1);

    private final ApiClient api;
    private final Duration timeout;
    private final Sleeper sleeper;
    private final LongSupplier nanos;

    public OperationWatch(ApiClient api, Duration timeout, Sleeper sleeper, LongSupplier nanos) {
        this.api = api;
        this.timeout = timeout;
        this.sleeper = sleeper;
        this.nanos = nanos;
    }

    public static OperationWatch of(ApiClient api, Duration timeout) {
        return new OperationWatch(api, timeout, duration -> Thread.sleep(duration.toMillis()), System::nanoTime);
    }

    /** The operation as it ended (succeeded); {@code progress} counts the seconds waited. */
    public JsonNode follow(ApiResponse accepted, Progress progress) {
        String path = operationPath(accepted);
        JsonNode operation = accepted.body();
        HttpHeaders headers = accepted.headers();
        long start = nanos.getAsLong();
        while ("running".equals(operation.path("status").asText())) {
            Duration waited = Duration.ofNanos(nanos.getAsLong() - start);
            Duration pause = retryAfter(headers);
            if (waited.plus(pause).compareTo(timeout) > 0) {
                throw new CliFailure(ExitCodes.REFUSED, "operation " + operation.path("id").asText() + " still runs "
                        + "after " + waited.toSeconds() + " s, longer than --timeout allows: it goes on on the "
                        + "server (GET /v1" + path + ")");
            }
            pause(pause, start, progress);
            ApiResponse answer = api.send("GET", path, null, Map.of());
            operation = answer.body();
            headers = answer.headers();
            progress.advanceTo(TimeUnit.NANOSECONDS.toSeconds(nanos.getAsLong() - start));
        }
        return ended(operation);
    }

    private void pause(Duration pause, long start, Progress progress) {
        Duration left = pause;
        try {
            while (!left.isZero() && !left.isNegative()) {
                Duration slice = left.compareTo(SLICE) < 0 ? left : SLICE;
                sleeper.sleep(slice);
                left = left.minus(slice);
                progress.advanceTo(TimeUnit.NANOSECONDS.toSeconds(nanos.getAsLong() - start));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure(ExitCodes.REFUSED, "interrupted while the operation runs: it goes on on the server");
        }
    }

    private static JsonNode ended(JsonNode operation) {
        String status = operation.path("status").asText();
        if (status.equals("succeeded")) {
            return operation;
        }
        JsonNode error = operation.path("error");
        String why = error.path("message").asText(error.path("description").asText(""));
        String code = error.path("code").asText("");
        throw new CliFailure(ExitCodes.REFUSED, "operation " + operation.path("id").asText() + " " + status
                + (why.isEmpty() ? "" : ": " + why) + (code.isEmpty() ? "" : " (" + code + ")"));
    }

    /**
     * The operation's path relative to /v1: the Location's path only, as the API may make it absolute with the
     * address of the service behind the gateway; without one, the operation's id.
     */
    static String operationPath(ApiResponse accepted) {
        String location = accepted.headers().firstValue("Location").orElse(null);
        if (location == null) {
            return "/operations/" + Query.encode(accepted.body().path("id").asText());
        }
        String path = URI.create(location).getRawPath();
        return path.startsWith("/v1/") ? path.substring(3) : path;
    }

    /** Seconds, as the API sends it; an HTTP date or nothing waits a second. */
    static Duration retryAfter(HttpHeaders headers) {
        try {
            return headers.firstValue("Retry-After").map(String::trim).map(Long::parseLong)
                    .filter(seconds -> seconds >= 0).map(Duration::ofSeconds).orElse(DEFAULT_RETRY_AFTER);
        } catch (NumberFormatException e) {
            return DEFAULT_RETRY_AFTER;
        }
    }
}
