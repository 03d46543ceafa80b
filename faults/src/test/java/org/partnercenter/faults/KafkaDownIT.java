package org.partnercenter.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 24, Kafka broker down: the broker is stopped for 30 s while the feed writes. The API keeps accepting
 * usage (customer-service's outbox holds the events), billing's readiness stays UP saying kafka=degraded (a DOWN
 * would take it out of routing), and once the broker is back the outbox drains and billing rates everything
 * without help. The broker comes back on its own data: no new format, no new cluster.
 */
@Order(2)
class KafkaDownIT {

    private static final Duration DOWN = Duration.ofSeconds(30);

    @Test
    void shouldKeepAcceptingUsageAndCatchUpWhenTheBrokerIsDownForThirtySeconds() throws Exception {
        try (CaseRun run = new CaseRun("kafkadown")) {
            run.feed().pace(Duration.ofMillis(1500));
            run.run("Kafka broker down 30 s during writes", (stack, feed) -> {
                Recovery.awaitProgress(feed, 0.25);
                stack.parts().kafka().halt();
                long down = System.nanoTime();
                int batchesBefore = feed.batchesDone();
                boolean sawDegraded = false;
                while (System.nanoTime() - down < DOWN.toNanos()) {
                    var readiness = stack.readiness("billing-service");
                    assertThat(readiness.statusCode()).as("billing's readiness with the broker down: "
                            + readiness.body()).isEqualTo(200);
                    sawDegraded |= readiness.body().contains("\"degraded\"");
                    Thread.sleep(1000);
                }
                int acceptedWhileDown = feed.batchesDone() - batchesBefore;
                stack.parts().kafka().relaunch();
                long back = System.nanoTime();
                stack.parts().kafka().awaitReady();
                Duration recovery = Recovery.awaitReady(stack, back, Duration.ofMinutes(3),
                        body -> !body.contains("\"degraded\""));
                assertThat(sawDegraded).as("billing's readiness said kafka=degraded while the broker was down")
                        .isTrue();
                assertThat(acceptedWhileDown).as("batches accepted while the broker was down").isPositive();
                return new CaseRun.Outcome(recovery, acceptedWhileDown + " batches accepted while down, readiness "
                        + "UP with kafka=degraded, every service un-degraded " + recovery.toSeconds()
                        + " s after the broker returned");
            });
        }
    }
}
