package org.partnercenter.billing.invoice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.SeekPosition;

/**
 * Issued invoices, newest first ({@code invoice_date desc, id desc}, the indexes {@code invoice_partner_newest}
 * and, across partners, {@code invoice_newest}), a page at a time after the previous page's last invoice.
 */
@ApplicationScoped
class InvoiceRows {

    private final EntityManager em;

    InvoiceRows(EntityManager em) {
        this.em = em;
    }

    Optional<Invoice> find(String id) {
        return Optional.ofNullable(em.find(Invoice.class, id));
    }

    Page<Invoice> newestFirst(InvoiceQuery query, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (query.partnerTenantId() != null) {
            where.add("i.partnerTenantId = :partner");
            parameters.put("partner", query.partnerTenantId());
        }
        if (query.period() != null) {
            where.add("i.period = :period");
            parameters.put("period", query.period());
        }
        page.after().ifPresent(after -> {
            List<Object> last = after.typed(Instant.class, String.class);
            // (date, id) < (last date, last id), written so that the first term bounds the index's range
            where.add("i.invoiceDate <= :date and (i.invoiceDate < :date or i.id < :id)");
            parameters.put("date", last.get(0));
            parameters.put("id", last.get(1));
        });
        TypedQuery<Invoice> rows = em.createQuery("select i from Invoice i"
                        + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                        + " order by i.invoiceDate desc, i.id desc", Invoice.class)
                .setMaxResults(page.size() + 1);
        parameters.forEach(rows::setParameter);
        List<Invoice> found = rows.getResultList();
        if (found.size() <= page.size()) {
            return new Page<>(found, Optional.empty());
        }
        List<Invoice> items = found.subList(0, page.size());
        Invoice last = items.get(items.size() - 1);
        return new Page<>(items, Optional.of(new SeekPosition(List.of(last.invoiceDate.toString(), last.id))));
    }
}
