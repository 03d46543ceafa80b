package org.partnercenter.pricing.pricelist.file;

/** Where a row of a price list file is, for error messages: {@code line 12}, or {@code meters[3] (line 40)}. */
public record Position(int line, String label) {

    public static Position csvLine(int line) {
        return new Position(line, "line " + line);
    }

    public static Position jsonMeter(int index, int line) {
        return new Position(line, "meters[" + index + "] (line " + line + ")");
    }

    public static Position field(String name) {
        return new Position(0, name);
    }
}
