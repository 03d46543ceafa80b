package org.partnercenter.billing.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One rated day of one resource's usage of a group's meter: quantities summed, amounts summed exactly and rounded
 * once. When a day straddles a new price or exchange rate, each record is charged with its own and the line names
 * those in force for its last record.
 */
public record DailyLine(LocalDate usageDate, String resourceUri, String resourceLocation, Map<String, String> tags,
        PricedMeter meter, BigDecimal quantity, BigDecimal unitPrice, BigDecimal effectiveUnitPrice,
        BigDecimal pricingPreTaxTotal, BigDecimal billingPreTaxTotal, String billingCurrency,
        BigDecimal exchangeRate, Instant exchangeRateDate) {
}
