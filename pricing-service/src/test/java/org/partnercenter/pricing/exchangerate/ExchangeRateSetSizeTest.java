package org.partnercenter.pricing.exchangerate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.events.pricing.ExchangeRatesPublished;

/** Why an exchange-rate set is always one chunk: the largest set that validation lets through is a few kilobytes. */
class ExchangeRateSetSizeTest {

    @Test
    void shouldFitOneChunkWithRoomToSpareWhenASetNamesEveryCurrencyAtFullPrecision() throws Exception {
        Map<String, BigDecimal> rates = new TreeMap<>();
        BigDecimal longest = new BigDecimal("123456789012345678.123456789012345678");
        Currency.getAvailableCurrencies().forEach(c -> rates.put(c.getCurrencyCode(), longest));

        byte[] json = EventJson.mapper().writeValueAsBytes(new ExchangeRatesPublished(UUID.randomUUID(),
                Instant.parse("2030-01-01T00:00:00Z"), "USD", rates, 0, 1));

        assertThat(rates.size()).isLessThanOrEqualTo(ExchangeRateValidator.MAX_CURRENCIES);
        assertThat(json.length).isLessThan(32 * 1024);
    }
}
