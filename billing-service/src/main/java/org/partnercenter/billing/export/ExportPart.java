package org.partnercenter.billing.export;

/** One written part: its rows, and the size and SHA-256 (lowercase hex) of its exact bytes. */
public record ExportPart(int number, String name, long rowCount, long byteCount, String sha256) {
}
