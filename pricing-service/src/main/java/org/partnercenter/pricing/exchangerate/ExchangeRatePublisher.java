package org.partnercenter.pricing.exchangerate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.events.Outbox;
import org.partnercenter.commons.request.Body;
import org.partnercenter.events.pricing.ExchangeRatesPublished;
import org.partnercenter.events.pricing.PricingServiceEvents;
import org.partnercenter.pricing.pricelist.PublishLock;
import org.partnercenter.rating.ExchangeRate;

/** Publishes a set of exchange rates and announces it, in one transaction. */
@ApplicationScoped
public class ExchangeRatePublisher {

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final Validator kinds;

    ExchangeRatePublisher(EntityManager em, Outbox outbox, Clock clock, Validator kinds) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.kinds = kinds;
    }

    @Transactional
    public ExchangeRateSet publish(Caller caller, Body<ExchangeRateRequest> body) {
        caller.require(Access.OPERATOR_ONLY);
        // The validator names every bad field at once, the kinds of text among them.
        ExchangeRateValidator.Valid valid = ExchangeRateValidator.validate(body.read(), kinds);
        PublishLock.acquire(em, PublishLock.EXCHANGE_RATES);
        ExchangeRateSet set = new ExchangeRateSet();
        set.id = UUID.randomUUID();
        set.seq = em.createQuery("select coalesce(max(s.seq), 0) + 1 from ExchangeRateSet s", Long.class)
                .getSingleResult();
        set.effectiveDate = valid.effectiveDate();
        set.base = ExchangeRate.BASE;
        set.publishedAt = clock.instant();
        set.rates.putAll(valid.rates());
        em.persist(set);
        // At most every ISO 4217 currency, a few kilobytes: always one chunk, index 0 of 1.
        outbox.publish(PricingServiceEvents.EXCHANGE_RATES_PUBLISHED, ExchangeRate.BASE, set.id.toString(),
                new ExchangeRatesPublished(set.id, set.effectiveDate, set.base, valid.rates(), 0, 1));
        return set;
    }
}
