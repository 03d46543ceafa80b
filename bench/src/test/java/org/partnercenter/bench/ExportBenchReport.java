package org.partnercenter.bench;

import java.util.List;
import java.util.Locale;

/** The export benchmark's figures as printed and written to {@code bench/target/export-bench.txt}. */
record ExportBenchReport(ExportBenchData.SeededInvoice invoice, String format, String attributeSet,
        ExportCeiling.Result ceiling, double exportSeconds, ExportDownload.Result download, ServiceHeap.Window heap,
        List<String> sql, int sampleMillis, double[] setupSeconds, long warmUpLines, String loadAtStart,
        String command) {

    private static final double MB = 1e6;
    private static final double MIB = 1 << 20;

    String text() {
        double ratio = ceiling.seconds() / exportSeconds;
        return String.format(Locale.ROOT, """
                export benchmark: invoice %s (%s) exported for the partner's billing admin, attributeSet %s, format \
                %s (POST /v1/invoices/%s/exports, polled at /v1/operations/{id} every 100 ms)
                  rows       : %,d line items (1 indirect provider, USD; the first part holds %,d)
                  COPY       : %7.2f s  %,9.1f MB  %,9.0f rows/s  COPY (SELECT <the %s set's columns, the same \
                joins> ORDER BY l.id) TO STDOUT%s, CopyManager into a counting sink
                  export     : %7.2f s  %,9.1f MB gzip  %,9.0f rows/s  (POST to succeeded seen; %,.1f MB of %s \
                unzipped)
                  gzip alone : %7.2f s  the same unzipped bytes compressed again at the exporter's level (fastest), \
                one thread in the benchmark's JVM: %.0f MB/s, the least CPU any export of these rows costs
                  ratio      : %.3f (COPY time / export time: the export's throughput as a fraction of COPY's; \
                goal at least 0.7: %s)
                  parts      : %d (%s), every sha256, byte count and row count as the manifest says; %,d rows in \
                all%s
                  download   : %7.2f s  %,9.1f MB/s  (manifest and every part, one after the other; checks not timed)
                  heap       : peak %.0f MiB in use of -Xmx512m (jstat, every 100 ms, %d samples during the export); \
                %d collections during the export, %.0f ms of pauses, at most %.0f MiB before one and %.0f MiB left \
                after one (GC log: what the export keeps alive)
                  billing's connections during the export, sampled every %d ms (share of samples):
                %s
                  setup      : seeded in %.1f s, VACUUM ANALYZE %.1f s (not measured); a %,d-line invoice exported \
                first to warm the service
                  machine    : %d cores, load average (1 min) %s at the start, %s at the end; PostgreSQL embedded \
                (fsync off), Kafka in the benchmark JVM; billing-service -Xmx512m
                  command    : %s
                """, invoice.id(), invoice.month(), attributeSet, format, invoice.id(), invoice.lines(),
                download.parts().isEmpty() ? 0 : download.parts().get(0).manifestRows(), ceiling.seconds(),
                ceiling.bytes() / MB, ceiling.rows() / ceiling.seconds(), attributeSet, format.equals("csv") ? " WITH (FORMAT csv, "
                        + "HEADER)" : " (text format)", exportSeconds, download.bytes() / MB,
                invoice.lines() / exportSeconds, download.unzippedBytes() / MB, format,
                download.gzipFloorSeconds(), download.unzippedBytes() / MB / download.gzipFloorSeconds(), ratio, ratio >= 0.7 ? "met" : "NOT met", download.parts().size(),
                String.join(", ", download.parts().stream().map(ExportDownload.Part::name).toList()), download.rows(),
                download.billingTotal() == null ? "" : "; their billingPreTaxTotal sums to "
                        + download.billingTotal().toPlainString() + " = the invoice's sub-total "
                        + invoice.subTotal().toPlainString(),
                download.seconds(), download.bytes() / MB / download.seconds(), heap.sampledPeakBytes() / MIB,
                heap.samples(), heap.collections(), heap.pauseMillis(), heap.peakBeforeGcBytes() / MIB,
                heap.peakAfterGcBytes() / MIB, sampleMillis, sql.isEmpty() ? "    (none)" : "    "
                        + String.join("\n    ", sql), setupSeconds[0], setupSeconds[1], warmUpLines,
                Runtime.getRuntime().availableProcessors(), loadAtStart, RatingReport.loadAverage(), command);
    }
}
