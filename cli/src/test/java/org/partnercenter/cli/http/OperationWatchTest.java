package org.partnercenter.cli.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnercenter.cli.CliFailure;
import org.partnercenter.cli.output.Progress;
import org.partnercenter.cli.support.FakeOperations;
import org.partnercenter.cli.support.FakeServer;
import org.partnercenter.cli.support.FakeServerTest;

/** How a long-running operation is followed: its Location, at the pace Retry-After asks, to its end. */
class OperationWatchTest extends FakeServerTest {

    private final List<Duration> slept = new ArrayList<>();
    private long clock;

    @Test
    void shouldWaitAsRetryAfterSaysBetweenReadsWhenTheOperationRuns() {
        server.answer("POST /v1/billingperiods/2026-10/close", 202, bytes(FakeOperations.running("op-1")),
                Map.of("Location", "/v1/operations/op-1", "Retry-After", "3"));
        server.answer("GET /v1/operations/op-1", 200, bytes(FakeOperations.running("op-1")), Map.of("Retry-After", "2"));
        server.answer("GET /v1/operations/op-1", 200, bytes(FakeOperations.succeeded("op-1", "/invoices")), Map.of());

        JsonNode ended = watch(Duration.ofMinutes(1)).follow(start(), silent());

        assertThat(ended.path("resourceLocation").asText()).isEqualTo("/invoices");
        assertThat(slept.stream().mapToLong(Duration::toSeconds).sum()).isEqualTo(5);
        assertThat(server.requests()).extracting(FakeServer.Request::path)
                .containsExactly("/v1/billingperiods/2026-10/close", "/v1/operations/op-1", "/v1/operations/op-1");
    }

    @Test
    void shouldFollowOnlyTheLocationsPathWhenTheApiMakesItAbsolute() {
        server.answer("POST /v1/billingperiods/2026-10/close", 202, bytes(FakeOperations.running("op-2")),
                Map.of("Location", "http://billing-service:8080/v1/operations/op-2", "Retry-After", "0"));
        server.answer("GET /v1/operations/op-2", 200, bytes(FakeOperations.succeeded("op-2", "/invoices")), Map.of());

        watch(Duration.ofMinutes(1)).follow(start(), silent());

        assertThat(server.requests().get(1).path()).isEqualTo("/v1/operations/op-2");
    }

    @Test
    void shouldFailWithTheOperationsMessageWhenItFails() {
        new FakeOperations(server).started("POST /v1/billingperiods/2026-10/close", "op-3")
                .reads("op-3", FakeOperations.failed("op-3", "usage_behind", "Billing has not applied the usage"));

        assertThatThrownBy(() -> watch(Duration.ofMinutes(1)).follow(start(), silent()))
                .isInstanceOf(CliFailure.class).hasMessageContaining("Billing has not applied the usage")
                .hasMessageContaining("usage_behind")
                .satisfies(e -> assertThat(((CliFailure) e).exitCode()).isEqualTo(1));
    }

    @Test
    void shouldGiveUpWithoutWaitingPastTheTimeoutWhenTheOperationKeepsRunning() {
        server.answer("POST /v1/billingperiods/2026-10/close", 202, bytes(FakeOperations.running("op-4")),
                Map.of("Location", "/v1/operations/op-4", "Retry-After", "4"));
        server.answer("GET /v1/operations/op-4", 200, bytes(FakeOperations.running("op-4")), Map.of("Retry-After", "4"));

        assertThatThrownBy(() -> watch(Duration.ofSeconds(10)).follow(start(), silent()))
                .isInstanceOf(CliFailure.class).hasMessageContaining("still runs after 8 s")
                .hasMessageContaining("--timeout");
        assertThat(slept.stream().mapToLong(Duration::toSeconds).sum()).isEqualTo(8);
    }

    private OperationWatch watch(Duration timeout) {
        return new OperationWatch(api(), timeout, duration -> {
            slept.add(duration);
            clock += duration.toNanos();
        }, () -> clock);
    }

    private ApiResponse start() {
        return api().send("POST", "/billingperiods/2026-10/close", null, Map.of());
    }

    private ApiClient api() {
        return new ApiClient(server.url(), () -> "t", new DebugLog(new PrintWriter(new StringWriter()), false));
    }

    private static Progress silent() {
        return Progress.start(new PrintWriter(new StringWriter()), false, "waiting", 0, "s");
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
