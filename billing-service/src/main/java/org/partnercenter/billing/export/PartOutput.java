package org.partnercenter.billing.export;

import java.io.IOException;
import java.io.OutputStream;

/** Where an export's parts go, one after the other: the database's chunks, or a benchmark's sink. */
public interface PartOutput {

    /** The stream that receives part {@code number}'s bytes (its gzip); the exporter closes it once it is whole. */
    OutputStream open(int number) throws IOException;

    /** The part is whole: every byte of it went to, and was closed in, the stream {@link #open} gave. */
    void finished(ExportPart part);
}
