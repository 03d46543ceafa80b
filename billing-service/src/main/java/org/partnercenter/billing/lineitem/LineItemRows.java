package org.partnercenter.billing.lineitem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.partnercenter.billing.customer.Customer;
import org.partnercenter.billing.subscription.Subscription;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.SeekPosition;
import org.partnercenter.commons.partner.Partner;

/**
 * One page of a partner's daily rated usage line items in a billing currency and period, in id order (ids are kept
 * when a line is rated again, so a client paging through never sees a line twice), with the names of each line
 * joined from billing's copies: one query per page, on the index {@code usage_line_item_partner}.
 */
@ApplicationScoped
class LineItemRows {

    private static final String SELECT = "select l, c, s, p, r from UsageLineItem l"
            + " left join Customer c on c.id = l.customerId"
            + " left join Subscription s on s.id = l.subscriptionId"
            + " left join Partner p on p.tenantId = l.partnerTenantId"
            + " left join Partner r on r.tenantId = l.resellerTenantId"
            + " where l.partnerTenantId = :partner and l.billingCurrency = :currency and l.period = :period";

    private final EntityManager em;

    LineItemRows(EntityManager em) {
        this.em = em;
    }

    Page<LineItemRow> page(UnbilledQuery query, PageRequest page) {
        Optional<Long> after = page.after().map(position -> (Long) position.typed(Long.class).get(0));
        TypedQuery<Object[]> rows = em.createQuery(SELECT + (after.isPresent() ? " and l.id > :after" : "")
                        + " order by l.id", Object[].class)
                .setParameter("partner", query.partnerTenantId())
                .setParameter("currency", query.currency())
                .setParameter("period", query.period().toString())
                .setMaxResults(page.size() + 1);
        after.ifPresent(id -> rows.setParameter("after", id));
        List<LineItemRow> found = rows.getResultList().stream().map(LineItemRows::row).toList();
        if (found.size() <= page.size()) {
            return new Page<>(found, Optional.empty());
        }
        List<LineItemRow> items = found.subList(0, page.size());
        Long last = items.get(items.size() - 1).item().id;
        return new Page<>(items, Optional.of(new SeekPosition(List.of(last.toString()))));
    }

    private static LineItemRow row(Object[] columns) {
        return new LineItemRow((UsageLineItem) columns[0], (Customer) columns[1], (Subscription) columns[2],
                (Partner) columns[3], (Partner) columns[4]);
    }
}
