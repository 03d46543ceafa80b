package org.partnercenter.pricing.pricelist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.events.pricing.PriceListMeters;
import org.partnercenter.pricing.config.PricingServiceConfig;
import org.partnercenter.pricing.pricelist.file.PriceListInput;

/**
 * Publishes a price list version: validates every row, then stores the version, marks the one it supersedes, loads
 * the meters with COPY and writes its events (its meters in chunks, then the announcement), all in one transaction:
 * readers, here and on the prices topic, see the whole version or none of it. Only Azure lists go on the topic:
 * they price the metering feed; a shared-services list is a rate card to read, which no service rates usage with.
 */
@ApplicationScoped
public class PriceListPublisher {

    private static final Logger LOG = Logger.getLogger(PriceListPublisher.class);

    private final EntityManager em;
    private final PriceListEvents events;
    private final Clock clock;
    private final PricingServiceConfig config;

    PriceListPublisher(EntityManager em, PriceListEvents events, Clock clock, PricingServiceConfig config) {
        this.em = em;
        this.events = events;
        this.clock = clock;
        this.config = config;
    }

    @Transactional
    public PriceListVersion publish(Caller caller, PriceListKind kind, PriceListSource source) {
        caller.require(Access.OPERATOR_ONLY);
        long start = System.nanoTime();
        PriceListInput input = source.read();
        long read = System.nanoTime();
        ValidatedPriceList list = PriceListValidator.validate(input, config.publishing());
        long validated = System.nanoTime();
        // Cut before anything is stored: a meter too large for the topic refuses the publish like a bad row.
        List<List<PriceListMeters.Meter>> chunks = MeterChunks.split(list.meters(),
                config.publishing().eventChunkBytes());
        long cut = System.nanoTime();
        PublishLock.acquire(em, PublishLock.PRICE_LISTS);
        PriceListVersion version = new PriceListVersion();
        version.id = UUID.randomUUID();
        version.seq = em.createQuery("select coalesce(max(v.seq), 0) + 1 from PriceListVersion v", Long.class)
                .getSingleResult();
        version.effectiveDate = list.effectiveDate();
        version.currency = list.currency();
        version.kind = kind.wire();
        version.meterCount = list.meters().size();
        version.publishedAt = clock.instant();
        UUID supersedes = supersede(version);
        em.persist(version);
        em.flush();
        em.unwrap(Session.class).doReturningWork(c -> MeterCopy.copy(c, version.id, list.meters()));
        long stored = System.nanoTime();
        if (kind == PriceListKind.AZURE) {
            events.publish(version, supersedes, chunks);
        }
        LOG.infof("Published %s price list version %s: %d meters effective %s in %d event chunks; read in %d ms, "
                + "validated in %d ms, cut in %d ms, stored in %d ms, events written in %d ms", version.kind, version.id,
                version.meterCount, version.effectiveDate, chunks.size(), (read - start) / 1_000_000,
                (validated - read) / 1_000_000, (cut - validated) / 1_000_000, (stored - cut) / 1_000_000,
                (System.nanoTime() - stored) / 1_000_000);
        return version;
    }

    /** The version of its kind with the same effective date in force until now, if any, is replaced by this one. */
    private UUID supersede(PriceListVersion version) {
        List<UUID> replaced = em.createQuery("select v.id from PriceListVersion v where v.effectiveDate = :date "
                        + "and v.kind = :kind and v.supersededBy is null", UUID.class)
                .setParameter("date", version.effectiveDate).setParameter("kind", version.kind).getResultList();
        if (replaced.isEmpty()) {
            return null;
        }
        em.createQuery("update PriceListVersion v set v.supersededBy = :id where v.id in :replaced")
                .setParameter("id", version.id).setParameter("replaced", replaced).executeUpdate();
        return replaced.get(0);
    }
}
