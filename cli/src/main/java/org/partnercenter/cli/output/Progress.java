package org.partnercenter.cli.output;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar for long work (uploads, downloads, operations), redrawn in place on stderr at most ten times a
 * second. Only on a terminal: piped or captured, it draws nothing, so scripts and {@code -o json} see no progress
 * (stdout is never touched either way). {@code total} 0 means unknown: a count without a bar.
 */
public final class Progress implements AutoCloseable {

    private static final int BAR = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean draw;
    private final String label;
    private final String unit;
    private final LongSupplier clock;
    private long total;
    private long done;
    private long drawnAt = Long.MIN_VALUE;
    private boolean drawn;

    Progress(PrintWriter err, boolean draw, String label, long total, String unit, LongSupplier clock) {
        this.err = err;
        this.draw = draw;
        this.label = label;
        this.total = total;
        this.unit = unit;
        this.clock = clock;
    }

    /** {@code unit} names what is counted: "records", "bytes" (shown as KB/MB) or "" for a bare count. */
    public static Progress start(PrintWriter err, boolean terminal, String label, long total, String unit) {
        return new Progress(err, terminal, label, total, unit, System::nanoTime);
    }

    public void total(long total) {
        this.total = total;
    }

    public void advanceTo(long value) {
        done = value;
        long now = clock.getAsLong();
        if (draw && (drawnAt == Long.MIN_VALUE || now - drawnAt >= REDRAW_NANOS || (total > 0 && done >= total))) {
            drawnAt = now;
            err.print("\r" + line() + "\u001b[K");
            err.flush();
            drawn = true;
        }
    }

    public void advance(long delta) {
        advanceTo(done + delta);
    }

    /** Ends the bar's line, so what is printed next starts on a line of its own. */
    @Override
    public void close() {
        if (drawn) {
            err.print("\r" + line() + "\u001b[K\n");
            err.flush();
            drawn = false;
        }
    }

    String line() {
        if (total <= 0) {
            return label + " " + amount(done);
        }
        long shown = Math.min(done, total);
        int filled = (int) (BAR * shown / total);
        String counts = unit.equals("bytes") ? amount(shown) + "/" + amount(total)
                : String.format(Locale.ROOT, "%,d/%s", shown, amount(total));
        return String.format(Locale.ROOT, "%s [%s%s] %3d%% %s", label, "#".repeat(filled), ".".repeat(BAR - filled),
                100 * shown / total, counts);
    }

    private String amount(long value) {
        if (!unit.equals("bytes")) {
            return String.format(Locale.ROOT, "%,d", value) + (unit.isEmpty() ? "" : " " + unit);
        }
        if (value < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", value / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", value / (1024.0 * 1024));
    }
}
