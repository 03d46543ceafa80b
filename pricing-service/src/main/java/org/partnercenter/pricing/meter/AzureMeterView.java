package org.partnercenter.pricing.meter;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * The real API's {@code AzureMeter}: {@code rates} maps each tier's start quantity, written as the shortest plain
 * decimal, to its unit price in the rate card's currency. {@code exchangeRate} (ours) says how a converted price was
 * converted; {@code attributes} are set when a meter is read on its own.
 */
public record AzureMeterView(UUID id, String name, Map<String, BigDecimal> rates, List<String> tags, String category,
        String subcategory, String region, String unit, BigDecimal includedQuantity, Instant effectiveDate,
        ExchangeRateView exchangeRate, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "AzureMeter";
}
