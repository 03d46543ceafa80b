package org.partnercenter.commons.csv;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a CSV file (RFC 4180, UTF-8, CRLF) row by row into a stream, the header row first: what {@link CsvTable}
 * reads back is what was written. A field is quoted only when it must be (a comma, a quote or a line break in it),
 * so plain values such as ids stay as they are for a spreadsheet or a script.
 */
public final class CsvTableWriter implements Closeable {

    private static final CsvFactory FACTORY = CsvFactory.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .configure(StreamWriteFeature.AUTO_CLOSE_TARGET, false)
            .build();
    private static final CsvSchema LINES = CsvSchema.emptySchema().withLineSeparator("\r\n");

    private final CsvGenerator csv;

    private CsvTableWriter(CsvGenerator csv) {
        this.csv = csv;
    }

    /** Starts the file with its header row. */
    public static CsvTableWriter open(OutputStream out, List<String> columns) throws IOException {
        CsvGenerator csv = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        csv.setSchema(LINES);
        CsvTableWriter writer = new CsvTableWriter(csv);
        writer.row(columns.toArray(String[]::new));
        return writer;
    }

    /** One row; a null field is written empty. */
    public void row(String... fields) throws IOException {
        csv.writeStartArray();
        for (String field : fields) {
            csv.writeString(field == null ? "" : field);
        }
        csv.writeEndArray();
    }

    /**
     * Writes out what is buffered; the stream stays open, it is its owner's. Call it once the last row is written,
     * not on a failure: a download that broke off must not end like a whole file.
     */
    @Override
    public void close() throws IOException {
        csv.close();
    }
}
