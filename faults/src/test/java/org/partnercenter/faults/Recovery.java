package org.partnercenter.faults;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.partnercenter.faults.stack.FaultStack;

/** Waits for the services to serve again after a fault, by their own readiness, and says how long it took. */
final class Recovery {

    static final List<String> SERVICES = List.of("customer-service", "billing-service", "pricing-service",
            "support-service", "identity-gateway");

    private Recovery() {
    }

    /** Polls until every service's readiness answers 200 and its body passes {@code body}; fails after the timeout. */
    static Duration awaitReady(FaultStack stack, long sinceNanos, Duration timeout, Predicate<String> body)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String service : SERVICES) {
            String last = "no answer";
            while (true) {
                try {
                    var answer = stack.readiness(service);
                    if (answer.statusCode() == 200 && body.test(answer.body())) {
                        break;
                    }
                    last = "HTTP " + answer.statusCode() + " " + answer.body();
                } catch (IOException e) {
                    last = e.toString();
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(service + " did not recover within " + timeout.toSeconds() + " s: "
                            + last);
                }
                Thread.sleep(250);
            }
        }
        return Duration.ofNanos(System.nanoTime() - sinceNanos);
    }

    /** Waits until the feed has sent at least {@code fraction} of its batches. */
    static void awaitProgress(org.partnercenter.faults.traffic.UsageFeed feed, double fraction)
            throws InterruptedException {
        while (feed.batchesDone() < feed.batchCount() * fraction) {
            Thread.sleep(100);
        }
    }
}
