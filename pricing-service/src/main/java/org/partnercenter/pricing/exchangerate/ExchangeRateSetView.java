package org.partnercenter.pricing.exchangerate;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.partnercenter.commons.money.Decimals;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;

/** A published set of exchange rates as the API shows it. */
public record ExchangeRateSetView(UUID id, Instant effectiveDate, String base, Map<String, BigDecimal> rates,
        Instant publishedAt, Links links, ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "ExchangeRateSet";

    public static ExchangeRateSetView of(ExchangeRateSet set) {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        new TreeMap<>(set.rates).forEach((currency, rate) -> rates.put(currency, Decimals.shortest(rate)));
        return new ExchangeRateSetView(set.id, set.effectiveDate, set.base, rates, set.publishedAt,
                Links.self("/exchangerates/" + set.id), ResourceAttributes.of(OBJECT_TYPE));
    }
}
