package org.partnercenter.pricing.pricelist.file;

/** One tier as sent: its start quantity and unit price as text, and where it was sent (a CSV line, or null). */
public record RawTier(Position position, String start, String price) {
}
