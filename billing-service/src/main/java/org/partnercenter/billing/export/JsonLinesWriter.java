package org.partnercenter.billing.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import org.partnercenter.billing.lineitem.DailyRatedUsageLineItemView;

/** JSON Lines: each line item one JSON object (UTF-8) and a line feed. */
final class JsonLinesWriter implements RowWriter {

    private static final int LINE_FEED = '\n';

    private final OutputStream out;
    private final ObjectWriter writer;
    /** Null for the full set: the line item is written whole, exactly as the paged API writes it. */
    private final LineFields fields;

    JsonLinesWriter(OutputStream out, ObjectMapper mapper, AttributeSet set) {
        this.out = out;
        this.writer = mapper.writer();
        this.fields = set == AttributeSet.FULL ? null : LineFields.of(mapper, set, false);
    }

    @Override
    public void write(DailyRatedUsageLineItemView line) throws IOException {
        out.write(writer.writeValueAsBytes(fields == null ? line : fields.select(line)));
        out.write(LINE_FEED);
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
