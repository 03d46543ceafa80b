package org.partnercenter.billing.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import org.partnercenter.billing.lineitem.DailyRatedUsageLineItemView;
import org.partnercenter.commons.csv.CsvTableWriter;

/** CSV (RFC 4180, commons' writer): every part starts with the header row of the field names. */
final class CsvLinesWriter implements RowWriter {

    private final CsvTableWriter csv;
    private final LineFields fields;

    CsvLinesWriter(OutputStream out, ObjectMapper mapper, AttributeSet set) throws IOException {
        this.fields = LineFields.of(mapper, set, true);
        this.csv = CsvTableWriter.open(out, fields.names());
    }

    @Override
    public void write(DailyRatedUsageLineItemView line) throws IOException {
        csv.row(fields.cells(line));
    }

    @Override
    public void finish() throws IOException {
        csv.close();
    }
}
