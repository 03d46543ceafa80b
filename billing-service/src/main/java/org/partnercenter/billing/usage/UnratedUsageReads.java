package org.partnercenter.billing.usage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.billing.lineitem.QueryProblems;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageLimits;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * The usage records billing holds unrated, for the operator only (they span partners): seek pages in key order,
 * filtered by partner and reason. The operator is checked before any parameter is read.
 */
@ApplicationScoped
class UnratedUsageReads {

    /** The list's name for its page sizes ({@code partner-center.paging.lists.unrated-usage.*}). */
    static final String LIST = "unrated-usage";

    private static final Keyset<UsageRecord> BY_KEY = Keyset.of(UsageRecord.class)
            .by("key.customerId", UUID.class, r -> r.key.customerId())
            .by("key.recordId", String.class, r -> r.key.recordId());

    private final EntityManager em;
    private final PageLimits limits;

    UnratedUsageReads(EntityManager em, PagingConfig paging) {
        this.em = em;
        this.limits = paging.limits(LIST);
    }

    @Transactional
    Page<UnratedUsageView> list(Caller caller, String partnerTenantId, String reason, String size,
            String continuation) {
        caller.require(Access.OPERATOR_ONLY);
        List<String> conditions = new ArrayList<>(List.of("e.heldReason is not null"));
        Map<String, Object> parameters = new HashMap<>();
        QueryProblems problems = new QueryProblems();
        UUID partner = problems.tenantId("partnerTenantId", partnerTenantId);
        problems.throwIfAny();
        if (partner != null) {
            conditions.add("e.partnerTenantId = :partner");
            parameters.put("partner", partner);
        }
        if (reason != null && !reason.isBlank()) {
            conditions.add("e.heldReason = :reason");
            parameters.put("reason", WireEnums.parse(HeldReason.class, "reason", reason.trim()).name());
        }
        PageRequest page = PageRequest.of(size, continuation, limits);
        return BY_KEY.fetch(em, String.join(" and ", conditions), parameters, page).map(UnratedUsageReads::view);
    }

    private static UnratedUsageView view(UsageRecord record) {
        HeldReason reason = WireEnums.find(HeldReason.class, record.heldReason).orElse(null);
        return new UnratedUsageView(record.key.recordId(), record.key.customerId(), record.partnerTenantId,
                record.subscriptionId, record.meterId, record.quantity, record.unit, record.usageStart,
                record.usageEnd, reason == null ? record.heldReason.toLowerCase(Locale.ROOT)
                        : WireEnums.wireName(reason), reason == null ? "" : reason.description(), record.heldSince,
                ResourceAttributes.of(UnratedUsageView.OBJECT_TYPE));
    }
}
