package org.partnercenter.billing.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.partnercenter.billing.lineitem.DailyRatedUsageLineItemView;

/**
 * One part being written: rows serialised into gzip, whose bytes are counted and hashed on their way to the part's
 * stream. Nothing of the part is held but the buffers of the streams.
 */
final class PartWriter {

    private static final int BUFFER = 64 * 1024;

    private final int number;
    private final String name;
    private final DigestingOutputStream stored;
    private final OutputStream rows;
    private final RowWriter writer;
    private long rowCount;

    private PartWriter(int number, String name, OutputStream out, ExportLayout layout, ObjectMapper mapper)
            throws IOException {
        this.number = number;
        this.name = name;
        this.stored = new DigestingOutputStream(out);
        this.rows = new BufferedOutputStream(new FastGzip(stored), BUFFER);
        this.writer = layout.open(rows, mapper);
    }

    static PartWriter open(int number, PartOutput output, ExportLayout layout, ObjectMapper mapper)
            throws IOException {
        return new PartWriter(number, layout.format().partName(number), output.open(number), layout, mapper);
    }

    void write(DailyRatedUsageLineItemView line) throws IOException {
        writer.write(line);
        rowCount++;
    }

    long rowCount() {
        return rowCount;
    }

    /** Ends the gzip and closes the part's stream (its last chunk stored): the part as a download answers it. */
    ExportPart close() throws IOException {
        writer.finish();
        rows.close();
        return new ExportPart(number, name, rowCount, stored.count(), stored.sha256());
    }

    /**
     * The fastest compression level: exports are read once or twice and stored a week, while the default level costs
     * several times the CPU for a few percent fewer bytes on such repetitive rows.
     */
    private static final class FastGzip extends GZIPOutputStream {

        FastGzip(OutputStream out) throws IOException {
            super(out, BUFFER);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
