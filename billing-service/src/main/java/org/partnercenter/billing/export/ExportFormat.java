package org.partnercenter.billing.export;

/** How an export's rows are written: each part is gzip of JSON lines, or of CSV with its header row. */
public enum ExportFormat {
    JSONL("compressedJSONLines", "jsonl.gz"),
    CSV("compressedCSV", "csv.gz");

    private final String dataFormat;
    private final String extension;

    ExportFormat(String dataFormat, String extension) {
        this.dataFormat = dataFormat;
        this.extension = extension;
    }

    /** The manifest's {@code dataFormat}, as the real service's exports name theirs. */
    public String dataFormat() {
        return dataFormat;
    }

    /** A part's name: {@code part-00001.jsonl.gz}. */
    public String partName(int number) {
        return String.format("part-%05d.%s", number, extension);
    }
}
