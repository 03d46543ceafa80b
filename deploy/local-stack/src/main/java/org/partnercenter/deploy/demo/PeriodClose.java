package org.partnercenter.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Map;
import org.partnercenter.deploy.demo.GatewayClient.Answer;
import org.partnercenter.deploy.report.Console;

/**
 * The operator's close of a month for one partner, as a client follows a long-running operation: the 202's
 * {@code Location}, read again after each {@code Retry-After} until it has succeeded or failed.
 */
final class PeriodClose {

    /** Far above a close of the demo's usage (seconds); billing fails a close itself after its catch-up timeout. */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final DemoContext demo;

    PeriodClose(DemoContext demo) {
        this.demo = demo;
    }

    /** Closes {@code month} for the partner and waits for the operation to succeed; fails with billing's reason. */
    void close(YearMonth month, DemoPartner partner) throws IOException, InterruptedException {
        long begin = System.nanoTime();
        Answer answer = demo.gateway().start("/v1/billingperiods/" + month + "/close", demo.operatorToken(),
                Map.of("partnerTenantId", partner.tenantId()));
        String operation = answer.location().map(location -> URI.create(location).getRawPath())
                .orElseThrow(() -> new DemoFailure("the close of " + month + " answered no Location"));
        Console.line("demo data: closing " + month + " for " + partner.name() + ", following " + operation);
        while (answer.body().path("status").asText().equals("running")) {
            if (System.nanoTime() - begin > TIMEOUT.toNanos()) {
                throw new DemoFailure("the close of " + month + " for " + partner.name() + " still ran after "
                        + TIMEOUT.toMinutes() + " min: GET " + operation + " tells how it ends");
            }
            Thread.sleep(answer.retryAfter().orElse(DEFAULT_RETRY_AFTER).toMillis());
            answer = demo.gateway().poll(operation, demo.operatorToken());
        }
        JsonNode ended = answer.body();
        if (!ended.path("status").asText().equals("succeeded")) {
            throw new DemoFailure("the close of " + month + " for " + partner.name() + " ended "
                    + ended.path("status").asText() + ": " + ended.path("error").path("code").asText() + " "
                    + ended.path("error").path("message").asText());
        }
        Console.line("demo data: " + month + " closed for " + partner.name() + " ("
                + Console.seconds(Duration.ofNanos(System.nanoTime() - begin)) + ")");
    }
}
