package org.partnercenter.gateway.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;

/**
 * The gateway's record of requests, read two ways, oldest first: the audit log of changes (the writes that took
 * effect, as the real audit log holds) and the access log of every request, reads and refusals included. The caller's
 * own rows; the operator's: everyone's.
 */
@ApplicationScoped
public class AuditService {

    private static final Keyset<AuditRecord> BY_TIME = Keyset.of(AuditRecord.class)
            .by("occurredAt", Instant.class, r -> r.occurredAt)
            .by("id", Long.class, r -> r.id);
    /** Literals, not parameters, so that PostgreSQL can use the partial indexes of V4 that hold only changes. */
    private static final String CHANGES = " and e.method in ('POST', 'PUT', 'PATCH', 'DELETE') and e.status < 400";

    private final EntityManager em;

    AuditService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Page<AuditRecord> changes(Caller caller, AuditWindow window, PageRequest page) {
        return fetch(caller, window, Optional.empty(), CHANGES, page);
    }

    @Transactional
    public Page<AuditRecord> accesses(Caller caller, AuditWindow window, Optional<UUID> partner, PageRequest page) {
        return fetch(caller, window, partner, "", page);
    }

    private Page<AuditRecord> fetch(Caller caller, AuditWindow window, Optional<UUID> partner, String kind,
            PageRequest page) {
        Map<String, Object> parameters = new HashMap<>(Map.of("from", window.from(), "to", window.to()));
        String where = "e.occurredAt >= :from and e.occurredAt < :to" + kind;
        Optional<UUID> scope = caller.isOperator() ? partner : Optional.of(caller.partnerTenantId());
        if (scope.isPresent()) {
            where += " and e.partnerTenantId = :partner";
            parameters.put("partner", scope.get());
        }
        return BY_TIME.fetch(em, where, parameters, page);
    }
}
