package org.partnercenter.cli.usage.upload;

import java.io.IOException;

/** A usage file's records in file order, whatever its format. */
interface UsageRecordSource {

    /** The next record, or null at the end of the file. */
    UsageLine next() throws IOException, BadLine;

    /** A line that cannot be a usage record: the upload stops before sending anything of its batch. */
    final class BadLine extends Exception {

        private final long line;

        BadLine(long line, String reason) {
            super(reason, null, false, false);
            this.line = line;
        }

        long line() {
            return line;
        }
    }
}
