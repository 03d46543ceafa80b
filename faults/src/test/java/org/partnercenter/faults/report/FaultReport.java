package org.partnercenter.faults.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The suite's table: a row per case, printed and written to faults/target/faults-report.md after each case. */
public final class FaultReport {

    /** One case's outcome. {@code recovery} is the longest time from a fault to the stack serving again. */
    public record Row(String fault, int sent, int stored, int rated, BigDecimal billedPlusUnbilled,
            BigDecimal expected, Duration recovery, String notes, boolean passed) {
    }

    private static final List<Row> ROWS = new ArrayList<>();
    private static final String STARTED = ZonedDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));

    private FaultReport() {
    }

    public static synchronized void add(Row row) {
        ROWS.add(row);
        String table = table();
        System.out.println(table);
        Path file = Path.of(System.getProperty("faults.report", "target/faults-report.md"));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, "# Fault suite, run " + STARTED + "\n\n" + table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized String table() {
        StringBuilder table = new StringBuilder("| fault | records sent | stored | rated | billed + unbilled "
                + "| expected | time to recover | result | notes |\n|---|---:|---:|---:|---:|---:|---:|---|---|\n");
        for (Row row : ROWS) {
            table.append("| ").append(row.fault())
                    .append(" | ").append(row.sent())
                    .append(" | ").append(row.stored())
                    .append(" | ").append(row.rated())
                    .append(" | ").append(row.billedPlusUnbilled().toPlainString())
                    .append(" | ").append(row.expected().toPlainString())
                    .append(" | ").append(String.format("%.1f s", row.recovery().toMillis() / 1000.0))
                    .append(" | ").append(row.passed() ? "pass" : "FAIL")
                    .append(" | ").append(row.notes().replace("|", "/"))
                    .append(" |\n");
        }
        return table.toString();
    }
}
