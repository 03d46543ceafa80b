package org.partnercenter.billing.lineitem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.StatelessSession;
import org.hibernate.query.SelectionQuery;
import org.partnercenter.billing.customer.Customer;
import org.partnercenter.billing.subscription.Subscription;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.SeekPosition;
import org.partnercenter.commons.partner.Partner;

/**
 * Pages of daily rated usage line items in id order (ids are kept when a line is rated again, so a client paging
 * through never sees a line twice), with the names of each line joined from billing's copies: one query shape, the
 * lines it reads chosen by a condition. Unbilled lines are read on the index {@code usage_line_item_partner}, an
 * invoice's on {@code usage_line_item_invoice}.
 */
@ApplicationScoped
public class LineItemRows {

    private static final String SELECT = "select l, c, s, p, r from UsageLineItem l"
            + " left join Customer c on c.id = l.customerId"
            + " left join Subscription s on s.id = l.subscriptionId"
            + " left join Partner p on p.tenantId = l.partnerTenantId"
            + " left join Partner r on r.tenantId = l.resellerTenantId"
            + " where ";
    private static final String UNBILLED = "l.partnerTenantId = :partner and l.billingCurrency = :currency"
            + " and l.invoiceNumber is null";
    private static final String CLOSED = "(select b.key.period from BillingPeriodClose b"
            + " where b.key.partnerTenantId = :partner)";
    /** The unbilled lines of a period this partner has closed: late usage, or a re-rated day, since its close. */
    private static final String LATE = UNBILLED + " and l.period < :period and l.period in " + CLOSED;
    /** A period's own unbilled lines: none once the partner has closed it (what is left is late, the next's). */
    private static final String OWN = UNBILLED + " and l.period = :period and l.period not in " + CLOSED;

    private final EntityManager em;

    LineItemRows(EntityManager em) {
        this.em = em;
    }

    /** The lines of one invoice (its id is their {@code invoiceNumber}), in id order. */
    public Page<LineItemRow> billed(String invoiceNumber, PageRequest page) {
        return paged(rows("l.invoiceNumber = :invoice", Map.of("invoice", invoiceNumber), page), page);
    }

    /**
     * A partner's unbilled lines of a billing period in one currency. The current period's include the late lines:
     * those of earlier periods the partner has closed, which its next close bills; a closed period shows none. They
     * are read apart and merged by id, so that the current period's lines stay one range of the index, whatever the partner's history.
     */
    Page<LineItemRow> unbilled(UnbilledQuery query, PageRequest page) {
        Map<String, Object> parameters = Map.of("partner", query.partnerTenantId(), "currency", query.currency(),
                "period", query.month().toString());
        List<LineItemRow> found = new ArrayList<>(rows(OWN, parameters, page));
        if (query.period() == UnbilledQuery.Period.CURRENT) {
            found.addAll(rows(LATE, parameters, page));
            found.sort(Comparator.comparing(row -> row.item().id));
        }
        return paged(found, page);
    }

    /**
     * Every line {@link #billed} pages, in the same order, read on a database cursor {@code fetchSize} rows at a
     * time: an export reads them all without holding them (a stateless session keeps no row once it is mapped).
     */
    public Stream<LineItemRow> allBilled(StatelessSession session, String invoiceNumber, int fetchSize) {
        return all(session, "l.invoiceNumber = :invoice", Map.of("invoice", invoiceNumber), fetchSize);
    }

    /**
     * Every line {@link #unbilled} pages for the partner, currency and month ({@code current}: the current period,
     * with its late lines), in the same order. One query, so one cursor reads them in id order.
     */
    public Stream<LineItemRow> allUnbilled(StatelessSession session, UUID partner, String currency, YearMonth month,
            boolean current, int fetchSize) {
        return all(session, current ? "(" + OWN + ") or (" + LATE + ")" : OWN,
                Map.of("partner", partner, "currency", currency, "period", month.toString()), fetchSize);
    }

    private static Stream<LineItemRow> all(StatelessSession session, String where, Map<String, Object> parameters,
            int fetchSize) {
        SelectionQuery<Object[]> rows = session.createSelectionQuery(SELECT + "(" + where + ") order by l.id",
                Object[].class).setFetchSize(fetchSize);
        parameters.forEach(rows::setParameter);
        return rows.stream().map(LineItemRows::row);
    }

    /** Up to one more than the page's size of the lines after its position, in id order. */
    private List<LineItemRow> rows(String where, Map<String, Object> parameters, PageRequest page) {
        Optional<Long> after = page.after().map(position -> (Long) position.typed(Long.class).get(0));
        TypedQuery<Object[]> rows = em.createQuery(SELECT + "(" + where + ")"
                + (after.isPresent() ? " and l.id > :after" : "") + " order by l.id", Object[].class)
                .setMaxResults(page.size() + 1);
        parameters.forEach(rows::setParameter);
        after.ifPresent(id -> rows.setParameter("after", id));
        return rows.getResultList().stream().map(LineItemRows::row).toList();
    }

    private static Page<LineItemRow> paged(List<LineItemRow> found, PageRequest page) {
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
