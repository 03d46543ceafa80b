package org.partnercenter.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service JVM's heap seen from outside, so that watching costs the service nothing: {@code jstat -gc} every 100 ms
 * (it reads the JVM's shared performance counters; a {@code /q/metrics} scrape would be work inside the service), and
 * the JVM's own GC log, which has the exact heap before and after every collection. The sampled peak is what a
 * metrics dashboard would show; the largest heap after a collection is what the work really keeps alive.
 */
final class ServiceHeap implements AutoCloseable {

    /** What the heap did in a window of time. */
    record Window(long sampledPeakBytes, int samples, int collections, double pauseMillis, long peakBeforeGcBytes,
            long peakAfterGcBytes) {
    }

    private record Sample(long nanos, long usedBytes) {
    }

    /** {@code [2026-12-07T09:30:00.123+0000] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 25M->5M(512M) 3.4ms} */
    private static final Pattern COLLECTION = Pattern.compile(
            "^\\[([^\\]]+)\\] GC\\(\\d+\\) Pause .*? (\\d+)([KMG])->(\\d+)([KMG])\\(\\d+[KMG]\\) ([\\d.]+)ms");
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final Process jstat;
    private final Thread reader;
    private final List<Sample> samples = new ArrayList<>();

    private ServiceHeap(long pid) throws IOException {
        jstat = new ProcessBuilder("jstat", "-J-Xmx32m", "-gc", Long.toString(pid), "100")
                .redirectErrorStream(true).start();
        reader = new Thread(this::read, "jstat-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The options that make a JVM write the GC log {@link #window} reads. */
    static List<String> gcLogOptions(Path file) {
        return List.of("-Xlog:gc:file=" + file + ":utctime");
    }

    static ServiceHeap watch(ServiceProcess service) throws IOException {
        return new ServiceHeap(service.pid());
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                StandardCharsets.UTF_8))) {
            String[] header = null;
            for (String line; (line = lines.readLine()) != null; ) {
                String[] fields = line.trim().split("\\s+");
                if (header == null || fields[0].equals("S0C")) {
                    header = fields;
                    continue;
                }
                double kib = 0;
                for (int i = 0; i < header.length && i < fields.length; i++) {
                    // used survivor spaces, eden and old generation: the heap in use
                    if (List.of("S0U", "S1U", "EU", "OU").contains(header[i])) {
                        kib += Double.parseDouble(fields[i]);
                    }
                }
                synchronized (samples) {
                    samples.add(new Sample(System.nanoTime(), (long) (kib * 1024)));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // jstat ended (or the JVM it watched): the samples so far stand
        }
    }

    /** The heap between two instants (on this machine's clock; {@code fromNanos}, {@code toNanos} as nanoTime). */
    Window window(Path gcLog, long fromNanos, long toNanos, Instant from, Instant to) throws IOException {
        long peak = 0;
        int count = 0;
        synchronized (samples) {
            for (Sample sample : samples) {
                if (sample.nanos() >= fromNanos && sample.nanos() <= toNanos) {
                    peak = Math.max(peak, sample.usedBytes());
                    count++;
                }
            }
        }
        int collections = 0;
        double pause = 0;
        long before = 0;
        long after = 0;
        for (String line : Files.exists(gcLog) ? Files.readAllLines(gcLog) : List.<String>of()) {
            Matcher m = COLLECTION.matcher(line);
            if (m.find()) {
                Instant at = UTC_TIME.parse(m.group(1), Instant::from);
                if (!at.isBefore(from) && !at.isAfter(to)) {
                    collections++;
                    pause += Double.parseDouble(m.group(6));
                    before = Math.max(before, bytes(m.group(2), m.group(3)));
                    after = Math.max(after, bytes(m.group(4), m.group(5)));
                }
            }
        }
        return new Window(peak, count, collections, pause, before, after);
    }

    private static long bytes(String amount, String unit) {
        long value = Long.parseLong(amount);
        return switch (unit) {
            case "K" -> value << 10;
            case "M" -> value << 20;
            default -> value << 30;
        };
    }

    @Override
    public void close() throws InterruptedException {
        jstat.destroy();
        jstat.waitFor();
        reader.join(1_000);
    }
}
