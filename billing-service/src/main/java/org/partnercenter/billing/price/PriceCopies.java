package org.partnercenter.billing.price;

import static org.partnercenter.events.pricing.PricingServiceEvents.EXCHANGE_RATES_PUBLISHED;
import static org.partnercenter.events.pricing.PricingServiceEvents.PRICE_LIST_METERS;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.partnercenter.billing.rating.RatingBacklog;
import org.partnercenter.commons.events.EventEnvelope;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.events.EventType;
import org.partnercenter.events.pricing.ExchangeRatesPublished;
import org.partnercenter.events.pricing.PriceListMeters;
import org.partnercenter.rating.ExchangeRate;

/**
 * Keeps billing's copies of pricing's price-list versions and exchange-rate sets. A version's meters arrive in
 * chunks; it applies once all are in. Whatever completes queues the usage it may price differently: a replay of the
 * topic rebuilds the same copies and the same charges. {@code pricelist.published} adds nothing the chunks lack.
 */
@ApplicationScoped
public class PriceCopies {

    static final List<EventType<?>> APPLIED = List.of(PRICE_LIST_METERS, EXCHANGE_RATES_PUBLISHED);

    private final EntityManager em;
    private final Clock clock;
    private final ObjectMapper json;
    private final RatingBacklog backlog;

    PriceCopies(EntityManager em, Clock clock, ObjectMapper json, RatingBacklog backlog) {
        this.em = em;
        this.clock = clock;
        this.json = json;
        this.backlog = backlog;
    }

    /** @throws IllegalArgumentException for a chunk or set that places nothing: parked, since no retry mends it */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope event) {
        if (event.is(PRICE_LIST_METERS)) {
            meters(EventJson.data(event, PRICE_LIST_METERS));
        } else if (event.is(EXCHANGE_RATES_PUBLISHED)) {
            rates(EventJson.data(event, EXCHANGE_RATES_PUBLISHED));
        }
    }

    private void meters(PriceListMeters chunk) {
        if (chunk.versionId() == null || chunk.effectiveDate() == null || chunk.currency() == null
                || chunk.count() < 1 || chunk.index() < 0 || chunk.index() >= chunk.count() || chunk.meters() == null) {
            throw new IllegalArgumentException("price-list chunk " + chunk.index() + "/" + chunk.count() + " of "
                    + chunk.versionId() + " does not place its meters");
        }
        PriceVersionChunks chunks = new PriceVersionChunks(em, chunk);
        if (chunks.add(clock.instant()) && chunks.completes() && ExchangeRate.BASE.equals(chunk.currency())) {
            backlog.queueUsageFrom(chunk.effectiveDate());
        }
    }

    private void rates(ExchangeRatesPublished set) {
        if (set.setId() == null || set.effectiveDate() == null || set.base() == null || set.rates() == null) {
            throw new IllegalArgumentException("exchange-rate set " + set.setId() + " names no id, date, base or rates");
        }
        int stored = em.createNativeQuery("insert into exchange_rate_set (set_id, base, effective_date, rates, "
                + "received_at) values (?1, ?2, ?3, cast(?4 as jsonb), ?5) on conflict (set_id) do nothing")
                .setParameter(1, set.setId()).setParameter(2, set.base()).setParameter(3, set.effectiveDate())
                .setParameter(4, write(set)).setParameter(5, clock.instant()).executeUpdate();
        if (stored > 0 && ExchangeRate.BASE.equals(set.base())) {
            backlog.queueUsageFrom(set.effectiveDate(), set.rates().keySet());
        }
    }

    private String write(ExchangeRatesPublished set) {
        try {
            return json.writeValueAsString(set.rates());
        } catch (Exception e) {
            throw new IllegalArgumentException("exchange-rate set " + set.setId() + " cannot be stored", e);
        }
    }
}
