package org.partnercenter.events.pricing;

import java.util.List;
import org.partnercenter.events.EventType;
import org.partnercenter.events.Topic;

/**
 * What pricing-service publishes: price list versions (their meters in ordered chunks, then an announcement) and
 * exchange rate sets, on one topic and one key (the currency, USD), so that a version's chunks stay in order.
 */
public final class PricingServiceEvents {

    public static final Topic PRICES = new Topic("partner-center.prices", "pricing-service",
            "currency (a price list's; the base currency for exchange rates)");

    public static final EventType<PriceListMeters> PRICE_LIST_METERS = new EventType<>(PRICES,
            "pricelist.meters", 1, PriceListMeters.class);
    public static final EventType<PriceListPublished> PRICE_LIST_PUBLISHED = new EventType<>(PRICES,
            "pricelist.published", 1, PriceListPublished.class);
    public static final EventType<ExchangeRatesPublished> EXCHANGE_RATES_PUBLISHED = new EventType<>(PRICES,
            "exchangerates.published", 1, ExchangeRatesPublished.class);

    public static final List<EventType<?>> ALL = List.of(PRICE_LIST_METERS, PRICE_LIST_PUBLISHED,
            EXCHANGE_RATES_PUBLISHED);

    private PricingServiceEvents() {
    }
}
