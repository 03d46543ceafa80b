package org.partnercenter.pricing.pricelist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.ProviderFeature;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;

/** Reads price list versions; every version ever published stays readable, so past usage can still be priced. */
@ApplicationScoped
public class PriceListVersions {

    private static final Keyset<PriceListVersion> BY_PUBLISH_ORDER = Keyset.of(PriceListVersion.class)
            .by("seq", Long.class, v -> v.seq);

    private final EntityManager em;

    PriceListVersions(EntityManager em) {
        this.em = em;
    }

    /**
     * The version of {@code kind} in force at {@code at}: the latest effective date not after it, the latest publish
     * among equals.
     */
    @Transactional
    public Optional<PriceListVersion> inForceAt(PriceListKind kind, Instant at) {
        return em.createQuery("from PriceListVersion v where v.kind = :kind and v.effectiveDate <= :at "
                        + "order by v.effectiveDate desc, v.seq desc", PriceListVersion.class)
                .setParameter("kind", kind.wire()).setParameter("at", at).setMaxResults(1).getResultStream()
                .findFirst();
    }

    @Transactional
    public PriceListVersion get(Caller caller, UUID id) {
        caller.refuseResellers(ProviderFeature.CSP_PRICING);
        caller.require(Access.PRICING_READ);
        PriceListVersion version = em.find(PriceListVersion.class, id);
        if (version == null) {
            throw ApiException.notFound("No price list version with id " + id + " exists. "
                    + "List the versions with GET /v1/pricelists.");
        }
        return version;
    }

    /** In publish order, oldest first, so that a client paging through never misses a version published meanwhile. */
    @Transactional
    public Page<PriceListVersion> list(Caller caller, PageRequest page) {
        caller.refuseResellers(ProviderFeature.CSP_PRICING);
        caller.require(Access.PRICING_READ);
        return BY_PUBLISH_ORDER.fetch(em, null, Map.of(), page);
    }
}
