package org.partnercenter.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.partnercenter.faults.ledger.IndependentRating;
import org.partnercenter.faults.ledger.Ledger;
import org.partnercenter.faults.report.FaultReport;
import org.partnercenter.faults.stack.FaultStack;
import org.partnercenter.faults.traffic.Api;
import org.partnercenter.faults.traffic.Fixture;
import org.partnercenter.faults.traffic.FixtureSetup;
import org.partnercenter.faults.traffic.UsageFeed;
import org.partnercenter.faults.traffic.UsageRecord;

/**
 * One case: a stack of its own, the set-up, the feed running in the background while the case breaks things, then
 * the invariants once billing has settled: every id stored once, rated once, billed + unbilled equal to the
 * independent rating to the cent. The row goes into the report whether the case passed or not.
 */
public final class CaseRun implements AutoCloseable {

    /** Records per case: -Dfaults.records (tens of thousands by default; fewer on a slower machine). */
    static final int RECORDS = Integer.getInteger("faults.records", 20_000);
    static final int BATCH = Integer.getInteger("faults.batch", 250);
    private static final Duration SETTLE = Duration.ofMinutes(4);

    /** The fault, given the running feed; answers the longest time to recover and notes for the report. */
    interface Fault {
        Outcome inject(FaultStack stack, UsageFeed feed) throws Exception;
    }

    record Outcome(Duration recovery, String notes) {
    }

    private final String caseName;
    private final FaultStack stack;
    private final UsageFeed feed;

    CaseRun(String caseName) throws Exception {
        this.caseName = caseName;
        this.stack = FaultStack.start(caseName);
        Fixture fixture = FixtureSetup.make(stack, 4, 3);
        this.feed = new UsageFeed(new Api(stack.gatewayUrl(), stack.authority()), fixture, caseName, RECORDS, BATCH,
                caseName.hashCode());
        feed.warmUp();
    }

    FaultStack stack() {
        return stack;
    }

    UsageFeed feed() {
        return feed;
    }

    /** Runs the feed and the fault side by side, then checks the invariants. */
    void run(String faultName, Fault fault) throws Exception {
        long begin = System.nanoTime();
        CompletableFuture<Void> feeding = CompletableFuture.runAsync(() -> {
            try {
                feed.run(2);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Outcome outcome = fault.inject(stack, feed);
        feeding.get(8, TimeUnit.MINUTES);
        long fed = System.nanoTime();
        Ledger.Reading reading = new Ledger(stack, caseName).awaitSettled(feed.records(), SETTLE);
        String timing = String.format("fed in %d s, settled %d s later", Duration.ofNanos(fed - begin).toSeconds(),
                Duration.ofNanos(System.nanoTime() - fed).toSeconds());
        BigDecimal expected = IndependentRating.total(feed.records());
        Set<String> sentIds = feed.records().stream().map(UsageRecord::id).collect(Collectors.toSet());
        int rated = reading.billingDistinct() - reading.held();
        boolean passed = reading.storedIds().equals(sentIds) && reading.storedRows() == sentIds.size()
                && reading.billingRows() == sentIds.size() && rated == sentIds.size() && reading.backlog() == 0
                && reading.ratedQuantity().compareTo(IndependentRating.quantity(feed.records())) == 0
                && reading.total().compareTo(expected) == 0;
        FaultReport.add(new FaultReport.Row(faultName, sentIds.size(), reading.storedRows(), rated, reading.total(),
                expected, outcome.recovery(), outcome.notes() + "; " + timing + "; feed met " + feed.stats().failures(),
                passed));
        System.out.println(caseName + " feed: " + feed.stats());
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(reading.storedIds()).as("ids stored by customer-service").isEqualTo(sentIds);
        soft.assertThat(reading.storedRows()).as("rows stored by customer-service").isEqualTo(sentIds.size());
        soft.assertThat(reading.billingRows()).as("billing's copies").isEqualTo(sentIds.size());
        soft.assertThat(reading.billingDistinct()).as("billing's distinct ids").isEqualTo(sentIds.size());
        soft.assertThat(reading.held()).as("records billing holds").isZero();
        soft.assertThat(reading.backlog()).as("rating backlog").isZero();
        soft.assertThat(reading.ratedQuantity()).as("rated quantity")
                .isEqualByComparingTo(IndependentRating.quantity(feed.records()));
        soft.assertThat(reading.total()).as("billed + unbilled").isEqualByComparingTo(expected);
        soft.assertAll();
        assertThat(feed.stats().count("HTTP 500")).as("500s met by the feed: " + feed.stats()).isZero();
    }

    @Override
    public void close() {
        stack.close();
    }
}
