package org.partnercenter.billing.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.UUID;

/**
 * Keeps a partner's close apart from the writes that change what it bills. Storing usage and rating it take the
 * partner's lock shared, the close takes it exclusive: while a partner's close counts its line items and records,
 * neither new records nor new ratings of that partner can slip in between its statements. Transaction-scoped
 * advisory locks in a key space of their own (two 32-bit keys; the rating groups' locks use one 64-bit key).
 */
@ApplicationScoped
public class PartnerLocks {

    /** "PCLS": the key space of partner close locks. */
    private static final int SPACE = 0x50434c53;

    private final EntityManager em;

    PartnerLocks(EntityManager em) {
        this.em = em;
    }

    /**
     * Waits for any close of these partners to end, then holds them shared until the transaction ends. In key order,
     * so that two writers never wait on each other; a close holds one partner at a time, so none waits on them.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void shareAll(Collection<UUID> partners) {
        partners.stream().map(PartnerLocks::key).distinct().sorted().forEach(key -> em
                .createNativeQuery("select pg_advisory_xact_lock_shared(?1, ?2)").setParameter(1, SPACE)
                .setParameter(2, key).getSingleResult());
    }

    /** Shared if no close holds the partner now: a rating pass skips the partner's groups rather than wait. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryShare(UUID partner) {
        return Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock_shared(?1, ?2)")
                .setParameter(1, SPACE).setParameter(2, key(partner)).getSingleResult());
    }

    /** For a close: waits for the partner's writers in flight, then keeps new ones out until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void exclusive(UUID partner) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1, ?2)").setParameter(1, SPACE)
                .setParameter(2, key(partner)).getSingleResult();
    }

    /** A collision only makes two partners' closes and writes wait on each other. */
    static int key(UUID partner) {
        return partner.hashCode();
    }
}
