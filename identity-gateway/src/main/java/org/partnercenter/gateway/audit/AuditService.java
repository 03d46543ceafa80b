package org.partnercenter.gateway.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;

/** Audit records of a period, the caller's own (the operator's: everyone's), oldest first. */
@ApplicationScoped
public class AuditService {

    private static final Keyset<AuditRecord> BY_TIME = Keyset.of(AuditRecord.class)
            .by("occurredAt", Instant.class, r -> r.occurredAt)
            .by("id", Long.class, r -> r.id);

    private final EntityManager em;

    AuditService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Page<AuditRecord> records(Caller caller, Instant from, Instant to, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>(Map.of("from", from, "to", to));
        String where = "e.occurredAt >= :from and e.occurredAt < :to";
        if (!caller.isOperator()) {
            where += " and e.partnerTenantId = :partner";
            parameters.put("partner", caller.partnerTenantId());
        }
        return BY_TIME.fetch(em, where, parameters, page);
    }
}
