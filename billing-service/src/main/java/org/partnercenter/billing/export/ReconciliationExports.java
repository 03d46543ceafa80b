package org.partnercenter.billing.export;

import static org.partnercenter.billing.lineitem.QueryProblems.shown;
import static org.partnercenter.billing.lineitem.QueryProblems.trimmed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.partnercenter.billing.invoice.Invoice;
import org.partnercenter.billing.invoice.Invoices;
import org.partnercenter.billing.lineitem.QueryProblems;
import org.partnercenter.billing.operation.Operation;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.money.Currencies;
import org.partnercenter.commons.partner.Partner;
import org.partnercenter.commons.request.Body;

/**
 * Starts reconciliation exports for the callers that read invoices. The caller is checked first, then the invoice is
 * found in its scope, and only then is the body read: another partner's invoice is a 404 whatever the body says.
 * Every bad field of a body is named in one 400.
 */
@ApplicationScoped
class ReconciliationExports {

    static final String BILLING_PERIOD = "billingPeriod";
    static final String CURRENCY = "currencyCode";
    static final String PARTNER = "partnerTenantId";

    private final Invoices invoices;
    private final ExportRunner runner;
    private final EntityManager em;
    private final Clock clock;

    ReconciliationExports(Invoices invoices, ExportRunner runner, EntityManager em, Clock clock) {
        this.invoices = invoices;
        this.runner = runner;
        this.em = em;
        this.clock = clock;
    }

    @Transactional
    Operation exportInvoice(Caller caller, String invoiceId, Body<InvoiceExportRequest> body) {
        Invoices.allow(caller);
        Invoice invoice = invoices.visible(caller, invoiceId);
        InvoiceExportRequest request = body.read() == null ? new InvoiceExportRequest(null, null) : body.valid();
        QueryProblems problems = new QueryProblems();
        ExportLayout layout = ExportLayouts.read(request.attributeSet(), request.format(), problems);
        problems.throwIfAny();
        return runner.start(caller, ExportedLines.invoice(invoice.partnerTenantId, invoice.currencyCode, invoice.id),
                layout, null);
    }

    @Transactional
    Operation exportUnbilled(Caller caller, Body<UnbilledExportRequest> body) {
        Invoices.allow(caller);
        UnbilledExportRequest request = body.read() == null ? new UnbilledExportRequest(null, null, null, null, null)
                : body.valid();
        QueryProblems problems = new QueryProblems();
        ExportLayout layout = ExportLayouts.read(request.attributeSet(), request.format(), problems);
        UnbilledPeriod period = ExportLayouts.value(UnbilledPeriod.class, BILLING_PERIOD, request.billingPeriod(),
                UnbilledPeriod.CURRENT, problems);
        UUID partner = partner(caller, request.partnerTenantId(), problems);
        String currency = trimmed(request.currencyCode());
        if (currency != null && !Currencies.isCurrency(currency.toUpperCase(Locale.ROOT))) {
            problems.add(CURRENCY, "must be an ISO 4217 currency code such as USD or EUR, got " + shown(currency));
        }
        problems.throwIfAny();
        String code = currency != null ? currency.toUpperCase(Locale.ROOT) : billingCurrency(caller, partner);
        YearMonth current = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
        boolean isCurrent = period == UnbilledPeriod.CURRENT;
        return runner.start(caller, ExportedLines.unbilled(partner, code, isCurrent ? current
                : current.minusMonths(1), isCurrent), layout, WireEnums.wireName(period));
    }

    /** A partner exports its own lines; the operator names the partner whose lines it exports. */
    private static UUID partner(Caller caller, String named, QueryProblems problems) {
        if (!caller.isOperator()) {
            if (trimmed(named) != null) {
                problems.add(PARTNER, "is for the operator only: leave it out, your own lines are exported");
            }
            return caller.partnerTenantId();
        }
        UUID partner = problems.tenantId(PARTNER, named);
        if (trimmed(named) == null) {
            problems.add(PARTNER, "the operator names the partner whose unbilled lines it exports: its tenant id "
                    + "(a GUID), got nothing");
        }
        return partner;
    }

    /** Left out, the currency is the one the partner is billed in. */
    private String billingCurrency(Caller caller, UUID partnerTenantId) {
        Partner partner = em.find(Partner.class, partnerTenantId);
        if (partner == null && caller.isOperator()) {
            throw ApiException.notFound("No partner " + partnerTenantId + " is registered: name a partner by its "
                    + "tenant id.");
        }
        if (partner == null || partner.currency == null) {
            throw ApiException.badRequest("Your billing currency is not known yet: name it in 'currencyCode'.",
                    List.of(CURRENCY));
        }
        return partner.currency;
    }
}
