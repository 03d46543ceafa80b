package org.partnercenter.faults.traffic;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the feed met: answers by status, connection failures, and the slowest failed request (a fault must make
 * requests fail fast, not hang). 500s and refusals without Retry-After are kept with their bodies as findings.
 */
public final class FeedStats {

    private final Map<String, Integer> failures = new TreeMap<>();
    private final Map<String, String> examples = new TreeMap<>();
    private int accepted;
    private int resent;
    private long slowestFailureMillis;
    private int unavailableWithoutRetryAfter;

    synchronized void accepted(Duration took) {
        accepted++;
    }

    synchronized void resent() {
        resent++;
    }

    synchronized void refused(Api.Answer answer, Duration took) {
        String key = "HTTP " + answer.status();
        failures.merge(key, 1, Integer::sum);
        examples.putIfAbsent(key, answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body());
        if (answer.status() == 503 && answer.raw().headers().firstValue("Retry-After").isEmpty()) {
            unavailableWithoutRetryAfter++;
        }
        slowestFailureMillis = Math.max(slowestFailureMillis, took.toMillis());
    }

    synchronized void failed(IOException e, Duration took) {
        String key = e.getClass().getSimpleName();
        failures.merge(key, 1, Integer::sum);
        examples.putIfAbsent(key, String.valueOf(e.getMessage()));
        slowestFailureMillis = Math.max(slowestFailureMillis, took.toMillis());
    }

    public synchronized int acceptedBatches() {
        return accepted;
    }

    public synchronized int resentBatches() {
        return resent;
    }

    public synchronized Map<String, Integer> failures() {
        return Map.copyOf(failures);
    }

    public synchronized int count(String key) {
        return failures.getOrDefault(key, 0);
    }

    public synchronized long slowestFailureMillis() {
        return slowestFailureMillis;
    }

    public synchronized int unavailableWithoutRetryAfter() {
        return unavailableWithoutRetryAfter;
    }

    @Override
    public synchronized String toString() {
        return "accepted " + accepted + " (resent " + resent + "), failures " + failures + ", slowest failure "
                + slowestFailureMillis + " ms, examples " + examples;
    }
}
