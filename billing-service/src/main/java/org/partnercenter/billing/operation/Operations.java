package org.partnercenter.billing.operation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;

/**
 * The life of an operation: started running, touched while it works, then succeeded or failed once. Each step
 * commits on its own (a new transaction), so the 202's operation exists before the work begins, and a failure
 * is recorded even when the work's own transaction rolls back.
 */
@ApplicationScoped
public class Operations {

    private final EntityManager em;
    private final Clock clock;

    Operations(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** A new running operation owned by the caller (its partner, or the operator). */
    @Transactional(TxType.REQUIRES_NEW)
    public Operation start(OperationKind kind, Caller caller, Map<String, Object> request) {
        Operation operation = new Operation();
        operation.id = UUID.randomUUID();
        operation.kind = kind.storedName();
        operation.ownerTenantId = caller.partnerTenantId();
        operation.ownerIsOperator = caller.isOperator();
        operation.status = OperationStatus.RUNNING.wireName();
        operation.createdAt = clock.instant();
        operation.lastActionAt = operation.createdAt;
        operation.request = request == null ? null : Map.copyOf(request);
        em.persist(operation);
        return operation;
    }

    /** Done: the result is at {@code resourceLocation} (relative to {@code /v1}, as commons' links are). */
    @Transactional(TxType.REQUIRES_NEW)
    public void succeed(UUID id, String resourceLocation) {
        finish(id, OperationStatus.SUCCEEDED, resourceLocation, null, null);
    }

    /** Given up: {@code code} and {@code message} tell the caller why, in words it can act on. */
    @Transactional(TxType.REQUIRES_NEW)
    public void fail(UUID id, String code, String message) {
        finish(id, OperationStatus.FAILED, null, code, message);
    }

    /** Still working: a poller sees a moving lastActionDateTime, one stuck since a crash does not move. */
    @Transactional(TxType.REQUIRES_NEW)
    public void touch(UUID id) {
        em.createQuery("update Operation o set o.lastActionAt = :now where o.id = :id and o.status = :running")
                .setParameter("now", clock.instant()).setParameter("id", id)
                .setParameter("running", OperationStatus.RUNNING.wireName()).executeUpdate();
    }

    /** An outcome is final: finishing an operation twice is a bug in the work, not something to hide. */
    private void finish(UUID id, OperationStatus status, String location, String code, String message) {
        int updated = em.createQuery("update Operation o set o.status = :status, o.lastActionAt = :now, "
                        + "o.resourceLocation = :location, o.errorCode = :code, o.errorMessage = :message "
                        + "where o.id = :id and o.status = :running")
                .setParameter("status", status.wireName()).setParameter("now", clock.instant())
                .setParameter("location", location).setParameter("code", code).setParameter("message", message)
                .setParameter("id", id).setParameter("running", OperationStatus.RUNNING.wireName()).executeUpdate();
        if (updated == 0) {
            throw new IllegalStateException("Operation " + id + " is not running: it cannot become "
                    + status.wireName() + ".");
        }
    }
}
