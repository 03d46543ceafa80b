package org.partnercenter.pricing.exchangerate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.partnercenter.commons.sql.NativeValues;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.ProviderFeature;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.rating.ExchangeRate;

/**
 * Which rate converts USD into a currency at a time: per currency, the rate of the latest set (effective date not
 * after that time, then latest publish) that has the currency. A set naming only EUR leaves GBP's rate as it was.
 */
@ApplicationScoped
public class ExchangeRates {

    private static final Keyset<ExchangeRateSet> BY_PUBLISH_ORDER = Keyset.of(ExchangeRateSet.class)
            .by("seq", Long.class, s -> s.seq);

    private final EntityManager em;

    ExchangeRates(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Optional<ExchangeRate> inForceAt(String currency, Instant at) {
        if (currency.equals(ExchangeRate.BASE)) {
            return Optional.of(ExchangeRate.usd());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select r.rate, s.effective_date, s.id from exchange_rate r "
                        + "join exchange_rate_set s on s.id = r.set_id where r.currency = ?1 and s.effective_date <= ?2 "
                        + "order by s.effective_date desc, s.seq desc limit 1")
                .setParameter(1, currency).setParameter(2, at).getResultList();
        return rows.stream().findFirst().map(row -> new ExchangeRate(currency, (BigDecimal) row[0],
                NativeValues.instant(row[1]), (UUID) row[2]));
    }

    /** The rate, or 400 naming the parameter that asked for a currency with no rate in force. */
    @Transactional
    public ExchangeRate require(String currency, Instant at, String parameter) {
        return inForceAt(currency, at).orElseThrow(() -> ApiException.badRequest("No exchange rate from USD to "
                + currency + " is in force at " + at + ": ask for USD (the price list's currency), or for a currency "
                + "the operator has published a rate for (GET /v1/exchangerates).", List.of(parameter)));
    }

    @Transactional
    public ExchangeRateSet get(Caller caller, UUID id) {
        caller.refuseResellers(ProviderFeature.CSP_PRICING);
        caller.require(Access.PRICING_READ);
        ExchangeRateSet set = em.find(ExchangeRateSet.class, id);
        if (set == null) {
            throw ApiException.notFound("No exchange rate set with id " + id + " exists. "
                    + "List them with GET /v1/exchangerates.");
        }
        return set;
    }

    @Transactional
    public Page<ExchangeRateSet> list(Caller caller, PageRequest page) {
        caller.refuseResellers(ProviderFeature.CSP_PRICING);
        caller.require(Access.PRICING_READ);
        return BY_PUBLISH_ORDER.fetch(em, null, Map.of(), page);
    }
}
