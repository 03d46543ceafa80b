package org.partnercenter.pricing.charge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.ProviderFeature;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.pricing.exchangerate.ExchangeRates;
import org.partnercenter.pricing.meter.MeterPrice;
import org.partnercenter.pricing.pricelist.PriceListKind;
import org.partnercenter.pricing.pricelist.PriceListVersion;
import org.partnercenter.pricing.pricelist.PriceListVersions;
import org.partnercenter.pricing.ratecard.MeterQueries;
import org.partnercenter.rating.ExchangeRate;
import org.partnercenter.rating.UsageCharges;

/**
 * Charges usage with the price in force at its usage time: the version in force then, the exchange rate in force
 * then, and {@link UsageCharges}' rules.
 */
@ApplicationScoped
public class ChargeService {

    private final PriceListVersions versions;
    private final MeterQueries meters;
    private final ExchangeRates rates;

    ChargeService(PriceListVersions versions, MeterQueries meters, ExchangeRates rates) {
        this.versions = versions;
        this.meters = meters;
        this.rates = rates;
    }

    /** The query is parsed after the caller's rights are checked: a reseller learns nothing, even of a bad query. */
    @Transactional
    public ChargeView charge(Caller caller, Supplier<ChargeQuery> parse) {
        caller.refuseResellers(ProviderFeature.CSP_PRICING);
        caller.require(Access.PRICING_READ);
        ChargeQuery query = parse.get();
        PriceListVersion version = versions.inForceAt(PriceListKind.AZURE, query.usageTime()).orElseThrow(() -> ApiException.notFound(
                "No price list is in force at " + query.usageTime() + ", so usage then has no price."));
        MeterPrice meter = meters.find(version.id, query.meterId()).orElseThrow(() -> ApiException.notFound(
                "Meter " + query.meterId() + " is not in the price list in force at " + query.usageTime()
                        + " (version " + version.id + ")."));
        ExchangeRate rate = rates.require(query.currency(), query.usageTime(), "currency");
        return ChargeView.of(query, meter, version.id, version.effectiveDate,
                UsageCharges.charge(meter.rates(), query.quantity(), query.consumedQuantity(), rate));
    }
}
