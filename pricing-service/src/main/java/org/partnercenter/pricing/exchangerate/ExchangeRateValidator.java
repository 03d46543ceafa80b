package org.partnercenter.pricing.exchangerate;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.error.ValidationErrors;
import org.partnercenter.commons.input.Excerpt;
import org.partnercenter.commons.money.Currencies;
import org.partnercenter.commons.money.Decimals;
import org.partnercenter.commons.time.WireTimes;
import org.partnercenter.rating.ExchangeRate;

/** Checks a set of exchange rates whole, naming every bad field. */
final class ExchangeRateValidator {

    static final int MAX_CURRENCIES = 500;

    record Valid(Instant effectiveDate, Map<String, BigDecimal> rates) {
    }

    private ExchangeRateValidator() {
    }

    static Valid validate(ExchangeRateRequest request, Validator kinds) {
        if (request == null) {
            throw ApiException.badRequest("Send {\"effectiveDate\", \"base\": \"USD\", \"rates\": {\"EUR\": 0.92}}.",
                    List.of("body"));
        }
        List<String> problems = new ArrayList<>(ValidationErrors.problems(kinds.validate(request)));
        Instant effectiveDate = WireTimes.find(request.effectiveDate()).orElse(null);
        if (effectiveDate == null) {
            problems.add(request.effectiveDate() == null ? "effectiveDate: is required"
                    : WireTimes.problem("effectiveDate", request.effectiveDate()));
        }
        if (request.base() != null && !request.base().trim().equalsIgnoreCase(ExchangeRate.BASE)) {
            problems.add("base: prices are in USD, so rates are from USD: send \"base\": \"USD\"");
        }
        Map<String, BigDecimal> rates = new TreeMap<>();
        Map<String, JsonNode> sent = request.rates() == null ? Map.of() : request.rates();
        if (sent.isEmpty() || sent.size() > MAX_CURRENCIES) {
            problems.add("rates: between 1 and " + MAX_CURRENCIES + " currencies, such as {\"EUR\": 0.92}");
        }
        sent.forEach((code, value) -> {
            String currency = code.trim().toUpperCase(Locale.ROOT);
            BigDecimal rate = value == null || !(value.isNumber() || value.isTextual()) ? null
                    : Decimals.parse(value.isNumber() ? value.decimalValue().toString() : value.asText());
            if (!Currencies.isCurrency(currency) || currency.equals(ExchangeRate.BASE)) {
                problems.add("rates." + Excerpt.of(code) + ": not an ISO 4217 currency code other than USD");
            } else if (rate == null || rate.signum() <= 0) {
                problems.add("rates." + code + ": the rate must be a number above 0 (units of " + currency
                        + " per US dollar)");
            } else if (rates.put(currency, rate) != null) {
                problems.add("rates." + code + ": " + currency + " is given twice");
            }
        });
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems.size() + " field(s) of the exchange rates are not valid, so "
                    + "nothing was published: fix each one named in data and publish the set again.", problems);
        }
        return new Valid(effectiveDate, rates);
    }
}
