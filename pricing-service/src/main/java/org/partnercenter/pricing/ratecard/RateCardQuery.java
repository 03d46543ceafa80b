package org.partnercenter.pricing.ratecard;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.money.Currencies;
import org.partnercenter.commons.time.WireTimes;
import org.partnercenter.rating.ExchangeRate;

/**
 * The rate card's query, as the real API takes it: {@code region} is the market (an ISO country code), {@code currency}
 * the currency to show prices in (by default the market's, else USD), {@code X-Locale} the language. {@code asOf}
 * (ours) asks for the prices in force at another time than now.
 */
public record RateCardQuery(String currency, String region, Instant asOf, String locale) {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public static RateCardQuery parse(String currency, String region, String asOf, String xLocale, Clock clock) {
        List<String> problems = new ArrayList<>();
        String market = region == null || region.isBlank() ? null : region.trim().toUpperCase(Locale.ROOT);
        if (market != null && !COUNTRIES.contains(market)) {
            problems.add("region");
        }
        String shown = currency == null || currency.isBlank() ? marketCurrency(problems.isEmpty() ? market : null)
                : currency.trim().toUpperCase(Locale.ROOT);
        if (!Currencies.isCurrency(shown)) {
            problems.add("currency");
        }
        Instant at = asOf == null || asOf.isBlank() ? clock.instant() : WireTimes.find(asOf).orElse(null);
        if (at == null) {
            problems.add("asOf");
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest("Not a valid rate card query: region is a two-letter ISO country code (US), "
                    + "currency a three-letter ISO 4217 code (EUR), asOf " + WireTimes.EXPECTED + ". Check "
                    + String.join(", ", problems) + ".", problems);
        }
        return new RateCardQuery(shown, market, at, language(xLocale));
    }

    /** The market's currency, as the real API defaults it; USD without a market or for one without a currency. */
    private static String marketCurrency(String market) {
        if (market == null) {
            return ExchangeRate.BASE;
        }
        Currency local = Currency.getInstance(new Locale("", market));
        return local == null || local.getDefaultFractionDigits() < 0 ? ExchangeRate.BASE : local.getCurrencyCode();
    }

    /** The real rate card answers {@code "locale": "en"} for {@code X-Locale: en-US}. */
    private static String language(String xLocale) {
        if (xLocale == null || xLocale.isBlank()) {
            return "en";
        }
        String language = Locale.forLanguageTag(xLocale.trim().replace('_', '-')).getLanguage();
        return language.isEmpty() ? "en" : language;
    }
}
