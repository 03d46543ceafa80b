package org.partnercenter.billing.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.billing.invoice.Invoices;
import org.partnercenter.billing.lineitem.LenientQuery;
import org.partnercenter.billing.lineitem.QueryProblems;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.input.Excerpt;
import org.partnercenter.commons.paging.Keyset;
import org.partnercenter.commons.paging.Page;
import org.partnercenter.commons.paging.PageLimits;
import org.partnercenter.commons.paging.PageRequest;
import org.partnercenter.commons.paging.PagingConfig;

/**
 * A caller's recorded payments, in the order they were recorded. The caller is checked as for invoices, before any
 * parameter is read. A partner reads the payments of its own invoices (another partner's invoice lists nothing, its
 * payment answers 404); the operator reads every partner's, or one's with {@code partnerTenantId}.
 */
@ApplicationScoped
class Payments {

    /** The list's name for its page sizes ({@code partner-center.paging.lists.payments.*}). */
    static final String LIST = "payments";
    static final String INVOICE = "invoiceId";
    static final String PARTNER = "partnerTenantId";

    private static final Keyset<Payment> RECORDED = Keyset.of(Payment.class)
            .by("recordedOrder", Long.class, payment -> payment.recordedOrder);

    private final EntityManager em;
    private final PageLimits limits;

    Payments(EntityManager em, PagingConfig paging) {
        this.em = em;
        this.limits = paging.limits(LIST);
    }

    @Transactional
    Page<PaymentView> list(Caller caller, LenientQuery parameters, String continuation) {
        Invoices.allow(caller);
        QueryProblems problems = new QueryProblems();
        UUID partner = caller.isOperator() ? problems.tenantId(PARTNER, parameters.value(PARTNER))
                : caller.partnerTenantId();
        String invoiceId = QueryProblems.trimmed(parameters.value(INVOICE));
        if (invoiceId != null && !Invoices.isInvoiceId(invoiceId)) {
            problems.add(INVOICE, "must be an invoice id such as G000000001, got " + QueryProblems.shown(invoiceId));
        }
        problems.throwIfAny();
        PageRequest page = PageRequest.of(parameters.value("size"), continuation, limits);
        List<String> where = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        if (partner != null) {
            where.add("e.partnerTenantId = :partner");
            values.put("partner", partner);
        }
        if (invoiceId != null) {
            where.add("e.invoiceId = :invoice");
            values.put("invoice", invoiceId);
        }
        return RECORDED.fetch(em, String.join(" and ", where), values, page).map(PaymentView::of);
    }

    @Transactional
    PaymentView view(Caller caller, String id) {
        Invoices.allow(caller);
        UUID paymentId = paymentId(id);
        Payment payment = paymentId == null ? null : em.find(Payment.class, paymentId);
        if (payment == null || !caller.isOperator() && !payment.partnerTenantId.equals(caller.partnerTenantId())) {
            throw ApiException.notFound("No payment '" + Excerpt.of(id) + "' of yours exists. List the payments of "
                    + "an invoice with GET /v1/payments?invoiceId= and read one by the id it gives.");
        }
        return PaymentView.of(payment);
    }

    /** Ids are GUIDs: anything else is a payment that does not exist. */
    private static UUID paymentId(String id) {
        try {
            return id == null ? null : UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
