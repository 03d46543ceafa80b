package org.partnercenter.pricing.ratecard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
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

/** Resolves what a rate card query shows: the version in force at its time, and the exchange rate then. */
@ApplicationScoped
public class RateCards {

    private final PriceListVersions versions;
    private final ExchangeRates rates;
    private final MeterQueries meters;

    RateCards(PriceListVersions versions, ExchangeRates rates, MeterQueries meters) {
        this.versions = versions;
        this.rates = rates;
        this.meters = meters;
    }

    /** The query is parsed after the caller's rights are checked: a reseller learns nothing, even of a bad query. */
    @Transactional
    public RateCardEdition edition(Caller caller, PriceListKind kind, Supplier<RateCardQuery> parse) {
        caller.refuseResellers(ProviderFeature.CSP_PRICING);
        caller.require(Access.PRICING_READ);
        RateCardQuery query = parse.get();
        PriceListVersion version = versions.inForceAt(kind, query.asOf()).orElseThrow(() -> ApiException.notFound(
                "No " + kind.wire() + " price list is in force at " + query.asOf() + ": the operator has not "
                        + "published one effective by then (POST /v1/pricelists?kind=" + kind.wire() + "). List the "
                        + "versions with GET /v1/pricelists."));
        return new RateCardEdition(version.id, rates.require(query.currency(), query.asOf(), "currency"), query);
    }

    public MeterPrice meter(RateCardEdition edition, UUID meterId) {
        return meters.find(edition.versionId(), meterId).orElseThrow(() -> ApiException.notFound("No meter "
                + meterId + " is in the price list in force at " + edition.query().asOf() + "."));
    }
}
