package org.partnercenter.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 24, PostgreSQL restart under load: pg_ctl restart on the same data directory while the feed writes. Every
 * connection of every pool is cut. Requests fail fast (503 with Retry-After in the error shape, never a 500, never
 * a hang), each service recovers without a restart, and nothing accepted before is lost.
 */
@Order(3)
class PostgresRestartIT {

    /** A failed request may wait for a connection a little, not hang: well under the feed's 30 s timeout. */
    private static final long FAIL_FAST_MILLIS = 10_000;

    @Test
    void shouldFailFastAndLoseNothingWhenPostgresRestartsUnderLoad() throws Exception {
        try (CaseRun run = new CaseRun("pgrestart")) {
            run.feed().pace(Duration.ofMillis(300));
            run.run("PostgreSQL restart under load", (stack, feed) -> {
                Recovery.awaitProgress(feed, 0.3);
                long begin = System.nanoTime();
                stack.parts().postgres().restart();
                Duration recovery = Recovery.awaitReady(stack, begin, Duration.ofMinutes(2), body -> true);
                return new CaseRun.Outcome(recovery, "pg_ctl restart; every service ready again without a restart");
            });
            assertThat(run.feed().stats().unavailableWithoutRetryAfter()).as("503s without Retry-After").isZero();
            assertThat(run.feed().stats().slowestFailureMillis()).as("slowest failed request (ms): "
                    + run.feed().stats()).isLessThan(FAIL_FAST_MILLIS);
        }
    }
}
