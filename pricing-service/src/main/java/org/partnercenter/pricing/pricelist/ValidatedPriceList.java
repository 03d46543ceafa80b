package org.partnercenter.pricing.pricelist;

import java.time.Instant;
import java.util.List;
import org.partnercenter.pricing.meter.MeterPrice;

/** A price list whose every meter passed validation: ready to publish. */
public record ValidatedPriceList(Instant effectiveDate, String currency, List<MeterPrice> meters) {
}
