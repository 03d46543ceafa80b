package org.partnercenter.pricing.pricelist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.input.Excerpt;
import org.partnercenter.commons.time.WireTimes;
import org.partnercenter.pricing.config.PricingServiceConfig;
import org.partnercenter.pricing.meter.MeterPrice;
import org.partnercenter.pricing.pricelist.file.MeterInput;
import org.partnercenter.pricing.pricelist.file.Position;
import org.partnercenter.pricing.pricelist.file.PriceListInput;
import org.partnercenter.pricing.pricelist.file.Problems;
import org.partnercenter.rating.ExchangeRate;

/**
 * Checks a whole price list and refuses it whole: one 400 naming every bad row with its line and reason, so the
 * operator fixes the file once instead of once per error.
 */
final class PriceListValidator {

    private PriceListValidator() {
    }

    static ValidatedPriceList validate(PriceListInput input, PricingServiceConfig.Publishing limits) {
        Problems problems = input.problems();
        Instant effectiveDate = WireTimes.find(input.effectiveDate()).orElse(null);
        if (effectiveDate == null) {
            problems.add(Position.field("effectiveDate"), input.effectiveDate() == null ? "is required"
                    : "'" + Excerpt.of(input.effectiveDate()) + "' is not a date: send 2025-01-01 or 2025-01-01T00:00:00Z (UTC)");
        }
        String currency = input.currency() == null || input.currency().isBlank() ? ExchangeRate.BASE
                : input.currency().trim().toUpperCase(java.util.Locale.ROOT);
        if (!currency.equals(ExchangeRate.BASE)) {
            problems.add(Position.field("currency"), "price lists are published in USD, as the real price list; "
                    + "publish exchange rates with POST /v1/exchangerates for other currencies");
        }
        int count = input.meters().size();
        if (count == 0 && !problems.hasRowProblems() && !problems.has(Position.field("meters"))) {
            problems.add(Position.field("meters"), "a price list needs at least one meter");
        } else if (count > limits.maxMeters()) {
            problems.add(Position.field("meters"), "at most " + limits.maxMeters() + " meters, got " + count);
        }
        MeterValidator meters = new MeterValidator(effectiveDate, limits.maxTiersPerMeter(), problems);
        Map<UUID, Position> seen = new HashMap<>();
        List<MeterPrice> valid = new ArrayList<>(count);
        for (MeterInput meter : input.meters()) {
            MeterPrice price = meters.check(meter, seen);
            if (price != null) {
                valid.add(price);
            }
        }
        if (!problems.isEmpty()) {
            throw refused(problems);
        }
        return new ValidatedPriceList(effectiveDate, currency, valid);
    }

    private static ApiException refused(Problems problems) {
        int count = problems.count();
        long more = problems.unlisted();
        String found = more == 0 ? count + (count == 1 ? " row or field of the price list is" : " rows or fields of "
                + "the price list are") + " not valid, so nothing was published. Each is listed in data."
                : "More than " + count + " rows or fields of the price list are not valid, so nothing was published. "
                + "The first " + count + " found are listed in data; " + more + " more " + (more == 1 ? "problem was"
                : "problems were") + " found on other rows.";
        return ApiException.badRequest(found + " Fix them and publish the whole price list again.",
                problems.describe());
    }
}
