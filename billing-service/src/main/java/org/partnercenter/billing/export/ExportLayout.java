package org.partnercenter.billing.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;

/** What an export's parts look like: which fields, in which format. */
public record ExportLayout(AttributeSet attributeSet, ExportFormat format) {

    /** The defaults of a request that names neither. */
    public static final ExportLayout DEFAULT = new ExportLayout(AttributeSet.FULL, ExportFormat.JSONL);

    RowWriter open(OutputStream out, ObjectMapper mapper) throws IOException {
        return format == ExportFormat.CSV ? new CsvLinesWriter(out, mapper, attributeSet)
                : new JsonLinesWriter(out, mapper, attributeSet);
    }
}
