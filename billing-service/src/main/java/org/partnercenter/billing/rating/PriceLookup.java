package org.partnercenter.billing.rating;

import java.time.Instant;
import java.util.Optional;
import org.partnercenter.rating.ExchangeRate;

/** The prices and exchange rates rating may use: those billing holds complete, as of one pass. */
public interface PriceLookup {

    /** The meter as priced by the price-list version in force at {@code at}; empty when none prices it. */
    Optional<PricedMeter> meterAt(String meterId, Instant at);

    /** USD to {@code currency} as in force at {@code at}; USD itself converts at 1. Empty when no set names it. */
    Optional<ExchangeRate> rateAt(String currency, Instant at);
}
