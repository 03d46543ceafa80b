package org.partnercenter.billing.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.partnercenter.billing.invoice.InvoiceView;
import org.partnercenter.billing.invoice.Invoices;
import org.partnercenter.billing.lineitem.LenientQuery;
import org.partnercenter.billing.lineitem.QueryProblems;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.partner.Partner;
import org.partnercenter.commons.paging.ResourceAttributes;
import org.partnercenter.commons.sql.NativeValues;

/**
 * A partner's invoice summaries: its balance per currency, as the real API's {@code /v1/invoices/summary} (the
 * partner's billing currency) and {@code /v1/invoices/summaries} (every currency it has invoices in). The caller is
 * checked as for invoices; the operator names the partner with {@code partnerTenantId}.
 */
@ApplicationScoped
class InvoiceSummaries {

    static final String PARTNER = "partnerTenantId";

    // The balance is InvoiceBalance.owed summed in SQL: what each invoice still owes, never below 0.
    private static final String INVOICES = "select count(*), min(i.invoice_date), max(i.invoice_date), "
            + "coalesce(sum(greatest(i.total_charges - i.credit_applied - coalesce(s.paid_amount, i.paid_amount), 0)), "
            + "0) from invoice i left join invoice_payment_state s on s.invoice_id = i.id "
            + "where i.partner_tenant_id = ?1 and i.currency_code = ?2";
    private static final String LAST_PAYMENT = "select payment_date, amount, (select max(recorded_at) from payment "
            + "where partner_tenant_id = ?1 and currency_code = ?2) from payment "
            + "where partner_tenant_id = ?1 and currency_code = ?2 "
            + "order by payment_date desc, recorded_at desc limit 1";
    private static final String CURRENCIES = "select distinct currency_code from invoice where partner_tenant_id = ?1 "
            + "order by currency_code";

    private final EntityManager em;

    InvoiceSummaries(EntityManager em) {
        this.em = em;
    }

    @Transactional
    InvoiceSummaryView summary(Caller caller, LenientQuery parameters) {
        UUID partner = partner(caller, parameters);
        Partner registered = em.find(Partner.class, partner);
        String currency = registered != null && registered.currency != null ? registered.currency
                : currencies(partner).stream().findFirst().orElseThrow(() -> ApiException.notFound("Partner "
                        + partner + " has no billing currency billing knows of yet, and no invoices."));
        return of(partner, currency);
    }

    @Transactional
    Page<InvoiceSummaryView> summaries(Caller caller, LenientQuery parameters) {
        UUID partner = partner(caller, parameters);
        // One page: a partner is invoiced in a handful of currencies at most.
        return new Page<>(currencies(partner).stream().map(currency -> of(partner, currency)).toList(),
                Optional.empty());
    }

    /** The caller's own partner; the operator's names one. */
    private static UUID partner(Caller caller, LenientQuery parameters) {
        Invoices.allow(caller);
        if (!caller.isOperator()) {
            return caller.partnerTenantId();
        }
        QueryProblems problems = new QueryProblems();
        UUID partner = problems.tenantId(PARTNER, parameters.value(PARTNER));
        if (partner == null && QueryProblems.trimmed(parameters.value(PARTNER)) == null) {
            problems.add(PARTNER, "is required for the operator: name the partner whose summary to read");
        }
        problems.throwIfAny();
        return partner;
    }

    @SuppressWarnings("unchecked")
    private List<String> currencies(UUID partner) {
        return em.createNativeQuery(CURRENCIES).setParameter(1, partner).getResultList();
    }

    private InvoiceSummaryView of(UUID partner, String currency) {
        Object[] invoices = (Object[]) em.createNativeQuery(INVOICES).setParameter(1, partner)
                .setParameter(2, currency).getSingleResult();
        List<?> payments = em.createNativeQuery(LAST_PAYMENT).setParameter(1, partner).setParameter(2, currency)
                .getResultList();
        Object[] last = payments.isEmpty() ? new Object[3] : (Object[]) payments.get(0);
        Instant latestInvoice = NativeValues.instant(invoices[2]);
        Instant lastRecorded = NativeValues.instant(last[2]);
        Instant accounting = lastRecorded == null || latestInvoice != null && latestInvoice.isAfter(lastRecorded)
                ? latestInvoice : lastRecorded;
        return new InvoiceSummaryView((BigDecimal) invoices[3], currency, InvoiceView.symbol(currency), accounting,
                NativeValues.instant(invoices[1]), NativeValues.instant(last[0]),
                last[1] == null ? BigDecimal.ZERO : (BigDecimal) last[1], latestInvoice, null,
                ResourceAttributes.of(InvoiceSummaryView.OBJECT_TYPE)).withDetail(InvoiceView.INVOICE_TYPE);
    }
}
