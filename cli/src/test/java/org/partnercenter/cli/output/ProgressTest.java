package org.partnercenter.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final StringWriter err = new StringWriter();
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void shouldDrawNothingWhenNobodyWatchesOnATerminal() {
        try (Progress progress = progress(false, 100, "records")) {
            progress.advanceTo(50);
            progress.advanceTo(100);
        }

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void shouldRedrawInPlaceAtMostTenTimesASecondAndEndItsLine() {
        try (Progress progress = progress(true, 20_000, "records")) {
            progress.advanceTo(1_000);
            nanos.addAndGet(10_000_000); // 10 ms later: not redrawn
            progress.advanceTo(2_000);
            nanos.addAndGet(100_000_000);
            progress.advanceTo(9_000);
        }

        String drawn = err.toString();
        assertThat(drawn.split("\r", -1)).hasSize(4); // first draw, the one 100 ms later, the final line
        assertThat(drawn).contains("upload [#.............................]   5% 1,000/20,000 records")
                .doesNotContain("2,000/").contains("9,000/20,000 records").endsWith("\n");
    }

    @Test
    void shouldAlwaysDrawTheLastStepWhenTheWorkIsDone() {
        try (Progress progress = progress(true, 10, "")) {
            progress.advanceTo(1);
            progress.advanceTo(10); // same instant, but the end
        }

        assertThat(err.toString()).contains("[##############################] 100% 10/10");
    }

    @Test
    void shouldShowBytesInKilobytesAndMegabytesWhenCountingBytes() {
        Progress progress = progress(true, 5 * 1024 * 1024, "bytes");
        progress.advanceTo(512 * 1024);

        assertThat(progress.line()).endsWith("512.0 KB/5.0 MB");
    }

    @Test
    void shouldShowACountWithoutABarWhenTheTotalIsUnknown() {
        Progress progress = progress(true, 0, "records");
        progress.advanceTo(1234);

        assertThat(progress.line()).isEqualTo("upload 1,234 records");
    }

    private Progress progress(boolean terminal, long total, String unit) {
        return new Progress(new PrintWriter(err, true), terminal, "upload", total, unit, nanos::get);
    }
}
