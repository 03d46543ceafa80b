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
import org.partnercenter.commons.query.SearchFilter;
import org.partnercenter.gateway.customer.CustomerName;
import org.partnercenter.gateway.customer.CustomerNames;

/**
 * The gateway's record of requests, read two ways, oldest first: the audit log of changes (the writes that took
 * effect, as the real audit log holds) and the access log of every request, reads and refusals included. The caller's
 * own rows; the operator's: everyone's. A change names its customer by the name customer-service last announced,
 * when the record's partner may read it (the operator reads every name).
 */
@ApplicationScoped
public class AuditService {

    private static final Keyset<AuditRecord> BY_TIME = Keyset.of(AuditRecord.class)
            .by("occurredAt", Instant.class, r -> r.occurredAt)
            .by("id", Long.class, r -> r.id);
    /** Literals, not parameters, so that PostgreSQL can use the partial indexes of V4 that hold only changes. */
    private static final String CHANGES = " and e.method in ('POST', 'PUT', 'PATCH', 'DELETE') and e.status < 400"
            // A POST that only checks something (an address) changes nothing: it stays in the access log alone.
            + " and not (e.method = 'POST' and lower(e.path) like '/v1/validations/%')";

    private final EntityManager em;
    private final CustomerNames names;

    AuditService(EntityManager em, CustomerNames names) {
        this.em = em;
        this.names = names;
    }

    /** The changes in the window, narrowed by the filter before paging, each with its customer's name if shown. */
    @Transactional
    public Page<AuditRecordView> changes(Caller caller, AuditWindow window,
            Optional<SearchFilter<AuditSearchField>> filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String kind = CHANGES + filter.map(f -> " and " + AuditRecordSearch.condition(f, caller.isOperator(),
                parameters)).orElse("");
        Page<AuditRecord> records = fetch(caller, window, Optional.empty(), kind, parameters, page);
        Map<UUID, CustomerName> known = names.of(records.items().stream().map(AuditRecordSearch::customerOf)
                .flatMap(Optional::stream).distinct().toList());
        return records.map(record -> AuditRecordView.of(record, AuditRecordSearch.customerOf(record).map(known::get)
                .filter(name -> AuditRecordSearch.mayShow(name, record, caller.isOperator()))
                .map(name -> name.companyName).orElse(null)));
    }

    @Transactional
    public Page<AuditRecord> accesses(Caller caller, AuditWindow window, Optional<UUID> partner, PageRequest page) {
        return fetch(caller, window, partner, "", new HashMap<>(), page);
    }

    private Page<AuditRecord> fetch(Caller caller, AuditWindow window, Optional<UUID> partner, String kind,
            Map<String, Object> parameters, PageRequest page) {
        parameters.put("from", window.from());
        parameters.put("to", window.to());
        String where = "e.occurredAt >= :from and e.occurredAt < :to" + kind;
        Optional<UUID> scope = caller.isOperator() ? partner : Optional.of(caller.partnerTenantId());
        if (scope.isPresent()) {
            where += " and e.partnerTenantId = :partner";
            parameters.put("partner", scope.get());
        }
        return BY_TIME.fetch(em, where, parameters, page);
    }
}
