package org.partnercenter.cli.invoice;

/**
 * The unbilled billing period relative to now, as the line items' read names it; the export's request names the
 * previous one {@code last}, so the command line takes one word for both.
 */
enum UnbilledPeriod {
    current, previous;

    String exportName() {
        return this == previous ? "last" : "current";
    }
}
