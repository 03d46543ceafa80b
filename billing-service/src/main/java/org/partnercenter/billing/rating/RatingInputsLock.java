package org.partnercenter.billing.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Keeps a rating pass apart from a change to what rating depends on (a price-list version or exchange-rate set
 * completing, a partner, customer or subscription arriving). Such a change queues the usage it concerns with a query,
 * which sees only committed usage and committed held reasons; without this lock, usage stored or held by a pass while
 * the change is in flight would be missed by that query and rated by a pass that cannot see the change either, and it
 * would stay held for good. Passes take the lock shared, a change exclusive before it queues: either the pass sees the
 * change, or the change's query sees what the pass wrote. One transaction-scoped advisory lock, in a key space of its
 * own (two 32-bit keys).
 */
@ApplicationScoped
public class RatingInputsLock {

    /** "PCRI": the key space of the rating inputs' lock. */
    private static final int SPACE = 0x50435249;

    private final EntityManager em;

    RatingInputsLock(EntityManager em) {
        this.em = em;
    }

    /** For a pass: waits for a change in flight to commit, then keeps changes from queuing until it ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void share() {
        em.createNativeQuery("select pg_advisory_xact_lock_shared(?1, 0)").setParameter(1, SPACE).getSingleResult();
    }

    /** For a change, before it queues: waits for the passes in flight, whose held usage its query must see. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void exclusive() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1, 0)").setParameter(1, SPACE).getSingleResult();
    }
}
