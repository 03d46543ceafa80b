package org.partnercenter.cli.usage.upload;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.partnercenter.cli.CliFailure;

/**
 * A usage file read as a stream, a batch at a time (a 1 GB file is never in memory): CSV with a header, or JSON
 * lines ({@code .jsonl}, {@code .ndjson}, or any file whose first character is {@code {}). A line that is not a
 * record is a usage error naming it, raised before anything of its batch is sent.
 */
public final class UsageFileReader implements AutoCloseable {

    private final Path file;
    private final BufferedReader in;
    private final UsageRecordSource records;
    private long linesRead;

    private UsageFileReader(Path file, BufferedReader in, UsageRecordSource records) {
        this.file = file;
        this.in = in;
        this.records = records;
    }

    public static UsageFileReader open(Path file) {
        BufferedReader in = null;
        try {
            InputStream bytes = Files.newInputStream(file);
            in = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                    1 << 16);
            skipByteOrderMark(in);
            UsageRecordSource records = jsonLines(file, in) ? new JsonLinesUsageRecords(in)
                    : CsvUsageRecords.open(in);
            return new UsageFileReader(file, in, records);
        } catch (IOException | UsageRecordSource.BadLine e) {
            closeQuietly(in);
            throw failure(file, e, 0);
        }
    }

    /**
     * About how many records the file holds, for a progress bar: its lines, less a CSV header (a record whose
     * quoted field spans lines counts more than once). One quick pass over the bytes, apart from the reading.
     */
    public long estimateRecords() {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long lines = 0;
            int last = '\n';
            for (int read; (read = in.read(buffer)) > 0; last = buffer[read - 1]) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
            lines += last == '\n' ? 0 : 1;
            return Math.max(0, records instanceof CsvUsageRecords ? lines - 1 : lines);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The next {@code size} records (fewer at the end, none after it). */
    public List<UsageLine> nextBatch(int size) {
        List<UsageLine> batch = new ArrayList<>(Math.min(size, 10_000));
        UsageLine next;
        while (batch.size() < size && (next = next()) != null) {
            batch.add(next);
        }
        return batch;
    }

    /** Reads past {@code count} records already sent; answers how many there were (fewer if the file ends). */
    public long skip(long count) {
        long skipped = 0;
        while (skipped < count && next() != null) {
            skipped++;
        }
        return skipped;
    }

    /** The lines read so far: up to the end of the last record read. */
    public long linesRead() {
        return linesRead;
    }

    private UsageLine next() {
        try {
            UsageLine line = records.next();
            if (line != null) {
                linesRead = line.linesRead();
            }
            return line;
        } catch (IOException | UsageRecordSource.BadLine e) {
            throw failure(file, e, linesRead);
        }
    }

    @Override
    public void close() {
        closeQuietly(in);
    }

    private static boolean jsonLines(Path file, BufferedReader in) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".csv")) {
            return !name.endsWith(".csv");
        }
        in.mark(1 << 16);
        int c;
        int read = 0;
        do {
            c = in.read();
        } while (c != -1 && Character.isWhitespace(c) && ++read < (1 << 16) - 1);
        in.reset();
        return c == '{';
    }

    private static void skipByteOrderMark(BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
    }

    private static CliFailure failure(Path file, Exception e, long linesRead) {
        if (e instanceof UsageRecordSource.BadLine bad) {
            return CliFailure.usage(file + " line " + bad.line() + ": " + bad.getMessage());
        }
        if (e instanceof CharacterCodingException) {
            return CliFailure.usage(file + " near line " + (linesRead + 1) + ": not UTF-8 text");
        }
        return CliFailure.cannotRead(file, (IOException) e);
    }

    private static void closeQuietly(BufferedReader in) {
        try {
            if (in != null) {
                in.close();
            }
        } catch (IOException ignored) {
            // reading is over either way
        }
    }
}
