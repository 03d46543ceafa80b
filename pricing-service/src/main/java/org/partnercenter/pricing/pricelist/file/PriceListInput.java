package org.partnercenter.pricing.pricelist.file;

import java.util.List;

/** A price list as read from a file, not yet validated; {@code problems} were found while reading it. */
public record PriceListInput(String effectiveDate, String currency, List<MeterInput> meters, Problems problems) {
}
