package org.partnercenter.billing.period;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.partnercenter.billing.lineitem.QueryProblems;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageLimits;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.commons.paging.SeekPosition;
import org.partnercenter.commons.sql.NativeValues;

/**
 * Every (partner, period) that has a close or line items still to bill, newest period first, then by partner: the
 * closes as they are, the rest open or ended by the clock. Seek paging on that order.
 */
@ApplicationScoped
class BillingPeriodStates {

    static final String LIST = "billing-periods";

    private static final String ROWS = "select * from (select c.partner_tenant_id::text as partner, c.period, "
            + "c.closed_at, c.invoice_count, c.operation_id from billing_period_close c union all "
            + "select distinct l.partner_tenant_id::text, l.period, null::timestamptz, null::integer, null::uuid "
            + "from usage_line_item l where l.invoice_number is null and not exists (select 1 from "
            + "billing_period_close c where c.partner_tenant_id = l.partner_tenant_id and c.period = l.period)) s "
            + "where (cast(?1 as text) is null or s.period = ?1) and (cast(?2 as text) is null or s.partner = ?2) "
            + "and (cast(?3 as text) is null or s.period < ?3 or (s.period = ?3 and s.partner > ?4)) "
            + "order by s.period desc, s.partner limit ?5";

    private final EntityManager em;
    private final Clock clock;
    private final PageLimits limits;

    BillingPeriodStates(EntityManager em, Clock clock, PagingConfig paging) {
        this.em = em;
        this.clock = clock;
        this.limits = paging.limits(LIST);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    Page<BillingPeriodState> list(Caller caller, String period, String partner, String size, String continuation) {
        caller.require(Access.OPERATOR_ONLY);
        QueryProblems problems = new QueryProblems();
        BillingPeriod periodAsked = problems.period("billingPeriod", period);
        UUID partnerAsked = problems.tenantId("partnerTenantId", partner);
        problems.throwIfAny();
        String periodId = periodAsked == null ? null : periodAsked.id();
        String partnerId = partnerAsked == null ? null : partnerAsked.toString();
        PageRequest page = PageRequest.of(size, continuation, limits);
        List<String> after = page.after().map(SeekPosition::values).orElse(List.of());
        Query query = em.createNativeQuery(ROWS).setParameter(1, periodId).setParameter(2, partnerId)
                .setParameter(3, after.isEmpty() ? null : after.get(0))
                .setParameter(4, after.isEmpty() ? null : after.get(1)).setParameter(5, page.size() + 1);
        List<Object[]> rows = query.getResultList();
        BillingPeriod current = BillingPeriod.current(clock);
        List<BillingPeriodState> states = new ArrayList<>();
        for (Object[] row : rows.subList(0, Math.min(rows.size(), page.size()))) {
            states.add(state(row, current));
        }
        BillingPeriodState last = states.isEmpty() ? null : states.get(states.size() - 1);
        Optional<SeekPosition> next = rows.size() <= page.size() ? Optional.empty()
                : Optional.of(new SeekPosition(List.of(last.billingPeriod(), last.partnerTenantId())));
        return new Page<>(states, next);
    }

    private static BillingPeriodState state(Object[] row, BillingPeriod current) {
        BillingPeriod period = BillingPeriod.parse((String) row[1]).orElseThrow();
        Instant closedAt = NativeValues.instant(row[2]);
        String state = closedAt != null ? "closed" : period.isBefore(current) ? "ended" : "open";
        return new BillingPeriodState(period.id(), period.startDate(), period.endDate(), (String) row[0], state,
                closedAt,
                row[3] == null ? null : ((Number) row[3]).intValue(), row[4] == null ? null : row[4].toString(),
                ResourceAttributes.of(BillingPeriodState.OBJECT_TYPE));
    }
}
