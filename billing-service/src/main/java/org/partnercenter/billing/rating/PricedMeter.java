package org.partnercenter.billing.rating;

import java.util.UUID;
import org.partnercenter.rating.MeterRates;

/** A meter as one price-list version prices and names it. */
public record PricedMeter(UUID versionId, String meterId, String name, String category, String subcategory,
        String region, String unit, MeterRates rates) {
}
