package org.partnercenter.billing.usagesummary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sums rated usage of one billing period, in one grouped query on {@code usage_line_item}: the lines not billed yet
 * and those a close already billed, in the invoiced partner's billing currency. The lines' totals are each rounded
 * once by rating, so their sum is exact and needs no rounding.
 */
@ApplicationScoped
class UsageTotals {

    /** The columns a sum is grouped or filtered by: fixed names, never request text. */
    enum By {
        PARTNER("partner_tenant_id"), CUSTOMER("customer_id"), SUBSCRIPTION("subscription_id");

        private final String column;

        By(String column) {
            this.column = column;
        }
    }

    private final EntityManager em;

    UsageTotals(EntityManager em) {
        this.em = em;
    }

    /** The cost of each {@code group} with rated usage, among the lines where {@code filter} is {@code value}. */
    @SuppressWarnings("unchecked")
    Map<UUID, RatedCost> per(By group, By filter, UUID value, SummaryPartner partner, CurrentPeriod period) {
        String currency = partner.currency() == null ? "" : partner.currency();
        List<Object[]> rows = em.createNativeQuery("select l." + group.column + ", sum(l.billing_pre_tax_total), "
                        + "sum(l.pricing_pre_tax_total), max(l.rated_at) from usage_line_item l where l."
                        + filter.column + " = :value and l.partner_tenant_id = :partner and l.period = :period "
                        + "and l.billing_currency = :currency group by 1")
                .setParameter("value", value).setParameter("partner", partner.tenantId())
                .setParameter("period", period.period()).setParameter("currency", currency).getResultList();
        Map<UUID, RatedCost> costs = new HashMap<>();
        for (Object[] row : rows) {
            costs.put((UUID) row[0], RatedCost.of(partner.currency(), (BigDecimal) row[1], (BigDecimal) row[2],
                    instant(row[3])));
        }
        return costs;
    }

    /** The cost of one customer or subscription: zero when nothing of it is rated yet. */
    RatedCost of(By what, UUID id, SummaryPartner partner, CurrentPeriod period) {
        return per(what, what, id, partner, period).getOrDefault(id, RatedCost.none(partner.currency()));
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp time) {
            return time.toInstant();
        }
        return (Instant) value;
    }
}
