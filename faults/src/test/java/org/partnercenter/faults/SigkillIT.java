package org.partnercenter.faults;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Issue 24, SIGKILL mid-stream: while the feed sends usage, customer-service and later billing-service are killed
 * with SIGKILL at seeded random moments and started again (their logs appended to). Nothing sent may be lost or
 * counted twice: a batch cut by the kill is sent again by the feed with the same ids, an event written to the
 * outbox but not yet relayed is relayed after the restart, one consumed but not committed is consumed again and
 * deduplicated.
 */
@Order(1)
class SigkillIT {

    @Test
    void shouldStoreRateAndBillEveryRecordOnceWhenServicesAreKilledMidStream() throws Exception {
        Random moments = new Random(24);
        try (CaseRun run = new CaseRun("sigkill")) {
            run.feed().pace(Duration.ofMillis(400));
            run.run("SIGKILL customer-service, then billing-service, mid-stream", (stack, feed) -> {
                Recovery.awaitProgress(feed, 0.2 + moments.nextDouble() * 0.2);
                Duration customer = stack.killAndRestart("customer-service");
                Recovery.awaitProgress(feed, 0.5 + moments.nextDouble() * 0.2);
                Duration billing = stack.killAndRestart("billing-service");
                return new CaseRun.Outcome(customer.compareTo(billing) > 0 ? customer : billing,
                        "customer-service back in " + customer.toSeconds() + " s, billing-service in "
                                + billing.toSeconds() + " s");
            });
        }
    }
}
