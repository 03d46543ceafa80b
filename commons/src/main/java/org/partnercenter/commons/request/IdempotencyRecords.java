package org.partnercenter.commons.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The table of writes already done. Claiming inserts the key first: PostgreSQL makes a second insert of
 * the same key wait until the first transaction ends, so two racing requests are serialised by the
 * database, and the loser reads the winner's committed answer (or proceeds if the winner rolled back).
 */
@ApplicationScoped
class IdempotencyRecords {

    private final EntityManager em;

    IdempotencyRecords(EntityManager em) {
        this.em = em;
    }

    /** Empty if this request claimed the key; otherwise the answer of the request that did. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<StoredResponse> claim(IdempotencyKey key) {
        int inserted = em.createNativeQuery("insert into idempotent_request (scope, request_id, method, path) "
                        + "values (?1, ?2, ?3, ?4) on conflict (scope, request_id) do nothing")
                .setParameter(1, key.scope()).setParameter(2, key.requestId())
                .setParameter(3, key.method()).setParameter(4, key.path())
                .executeUpdate();
        if (inserted == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select method, path, status, body, location "
                        + "from idempotent_request where scope = ?1 and request_id = ?2")
                .setParameter(1, key.scope()).setParameter(2, key.requestId())
                .getResultList();
        Object[] row = rows.get(0);
        if (row[2] == null) {
            // Only this transaction can hold an unfinished claim: the other's insert would have waited for it.
            throw new IllegalStateException("MS-RequestId " + key.requestId() + " was claimed twice in one "
                    + "transaction: an @IdempotentWrite method called another through its bean");
        }
        return Optional.of(new StoredResponse((String) row[0], (String) row[1], ((Number) row[2]).intValue(),
                (String) row[3], (String) row[4]));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void complete(IdempotencyKey key, int status, String body, String location) {
        em.createNativeQuery("update idempotent_request set status = ?3, body = ?4, location = ?5 "
                        + "where scope = ?1 and request_id = ?2")
                .setParameter(1, key.scope()).setParameter(2, key.requestId())
                .setParameter(3, status).setParameter(4, body).setParameter(5, location)
                .executeUpdate();
    }
}
