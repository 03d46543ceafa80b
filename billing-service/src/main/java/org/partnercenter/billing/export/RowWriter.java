package org.partnercenter.billing.export;

import java.io.IOException;
import org.partnercenter.billing.lineitem.DailyRatedUsageLineItemView;

/** Writes one part's rows into its (gzip) stream, in the export's format and attribute set. */
interface RowWriter {

    void write(DailyRatedUsageLineItemView line) throws IOException;

    /** Writes out what is buffered once the part's last row is written; the stream stays its owner's to close. */
    void finish() throws IOException;
}
