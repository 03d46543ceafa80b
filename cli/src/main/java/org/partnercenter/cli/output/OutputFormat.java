package org.partnercenter.cli.output;

/** How results are written to stdout; picocli matches the option's value case-insensitively. */
public enum OutputFormat {
    table,
    json,
    csv
}
