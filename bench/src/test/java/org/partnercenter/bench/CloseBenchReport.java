package org.partnercenter.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The close benchmark's figures as printed and written to {@code bench/target/close-bench.txt}. */
record CloseBenchReport(CloseBenchData data, CloseDb.Month month, CloseCeiling.Result ceiling, double closeSeconds,
        double serverSeconds, List<CloseDb.PartnerTimes> partners, Instant operationStart, List<String> sql,
        int sampleMillis, List<CloseExplain.Explained> explained, CloseDb.Closed closed, double[] setupSeconds,
        double goalSeconds, String loadAtStart, String command) {

    String text() {
        return String.format(Locale.ROOT, """
                close benchmark: billing period %s closed for every partner (POST /v1/billingperiods/%s/close, \
                polled at /v1/operations/{id} every 100 ms)
                  month      : %,d usage records, %,d line items (%.1f records a line), %d partners (1 in 3 in EUR) \
                x %,d customers, one Azure subscription each; %d invoices to issue%s
                  close      : %7.2f s  (POST to succeeded seen; on billing's clock %.2f s)
                  ceiling    : %7.3f s  INSERT INTO scratch SELECT partner_tenant_id, billing_currency, count(*), \
                sum(billing_pre_tax_total) FROM usage_line_item ... GROUP BY 1, 2 (%d rows)
                    + lines  : %7.3f s  (%7.3f s in all) UPDATE usage_line_item SET invoice_number (%,d lines)
                    + records: %7.3f s  (%7.3f s in all) UPDATE usage_record SET invoice_number FROM its line \
                (%,d records)
                  ratio      : the close takes %.1f x the ceiling (ceiling / close = %.2f %%); %.2f x the ceiling \
                with both UPDATEs (%.1f %%)
                  goal       : under %.0f s: %s
                  per partner: operation start to the first partner's invoices %.2f s (catch-up, scope, lock, \
                checks); then, each of %d partners, commit, lock and checks %s, invoices issued and checked %s \
                (min / median / max, billing's clock)
                  billing's connections during the close, sampled every %d ms (share of samples; a parallel \
                scan shows up to 3 times, its leader and 2 workers):
                %s
                  one partner's close, statement by statement (EXPLAIN ANALYZE on the month before the close, \
                rolled back):
                %s
                  check      : %d invoices for %d partner-currencies (expected %d); sub-totals %s = line totals %s; \
                %d invoices off their lines; %,d lines and %,d records billed; %,d lines and %,d records unbilled; \
                %d partners closed
                  setup      : seeded in %.1f s, VACUUM ANALYZE %.1f s, VACUUM FULL after the ceiling %.1f s \
                (not measured)
                  machine    : %d cores, load average (1 min) %s at the start, %s at the end; PostgreSQL embedded \
                (fsync off), Kafka in the benchmark JVM; billing-service -Xmx512m
                  command    : %s
                %s""", data.period().id(), data.period().id(), month.records(), month.lines(),
                (double) month.records() / month.lines(), month.partners(), data.customers(),
                month.partnerCurrencies(), data.recordFillfactor() < 100 ? "; usage_record fillfactor "
                        + data.recordFillfactor() + " (an experiment)" : "", closeSeconds, serverSeconds,
                ceiling.aggregateSeconds(),
                ceiling.invoices(), ceiling.billLinesSeconds(), ceiling.aggregateAndLinesSeconds(), ceiling.lines(),
                ceiling.billRecordsSeconds(), ceiling.allSeconds(), ceiling.records(),
                closeSeconds / ceiling.aggregateSeconds(), 100 * ceiling.aggregateSeconds() / closeSeconds,
                closeSeconds / ceiling.allSeconds(), 100 * ceiling.allSeconds() / closeSeconds, goalSeconds,
                closeSeconds < goalSeconds ? "met" : "NOT met", firstSeconds(), partners.size(),
                spread(before()), spread(issue()), sampleMillis, indent(sql), indent(statements()),
                closed.invoices(), closed.invoicedPartnerCurrencies(), month.partnerCurrencies(),
                closed.subTotals().toPlainString(), month.lineTotal().toPlainString(), closed.invoicesOff(),
                closed.lineItemCount(), closed.usageRecordCount(), closed.linesUnbilled(), closed.recordsUnbilled(),
                closed.partnersClosed(), setupSeconds[0], setupSeconds[1], setupSeconds[2],
                Runtime.getRuntime().availableProcessors(), loadAtStart, RatingReport.loadAverage(), command,
                plans());
    }

    private double firstSeconds() {
        return partners.isEmpty() ? Double.NaN : seconds(operationStart, partners.get(0).issued());
    }

    /** From the previous partner's close row (or the first's invoices) to this partner's invoices. */
    private double[] before() {
        List<Double> all = new ArrayList<>();
        for (int i = 1; i < partners.size(); i++) {
            all.add(seconds(partners.get(i - 1).closed(), partners.get(i).issued()));
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private double[] issue() {
        return partners.stream().mapToDouble(p -> seconds(p.issued(), p.closed())).toArray();
    }

    private List<String> statements() {
        return explained.stream().map(e -> String.format(Locale.ROOT, "%9.1f ms  %s", e.millis(), e.name()))
                .toList();
    }

    /** The plans of the statements that took 100 ms or more. */
    private String plans() {
        StringBuilder text = new StringBuilder();
        explained.stream().filter(e -> e.millis() >= 100).forEach(e -> text.append("  plan of ").append(e.name())
                .append(" (").append(String.format(Locale.ROOT, "%.1f ms", e.millis())).append("):\n")
                .append(e.plan()));
        return text.toString();
    }

    private static String spread(double[] seconds) {
        if (seconds.length == 0) {
            return "-";
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f s", sorted[0], sorted[sorted.length / 2],
                sorted[sorted.length - 1]);
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }

    private static String indent(List<String> lines) {
        return lines.isEmpty() ? "    (none)" : "    " + String.join("\n    ", lines);
    }
}
