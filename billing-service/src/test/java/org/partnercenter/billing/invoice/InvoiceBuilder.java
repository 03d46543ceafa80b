package org.partnercenter.billing.invoice;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import org.partnercenter.billing.payment.InvoicePaymentState;

/**
 * An issued invoice as the close writes it (its id taken from the {@code invoice_number} sequence), with plausible
 * values a test changes where it matters: issued the first day after its period, due 30 days later.
 */
public final class InvoiceBuilder {

    private final Invoice invoice = new Invoice();

    private InvoiceBuilder(UUID partnerTenantId, YearMonth period) {
        invoice.partnerTenantId = partnerTenantId;
        invoice.period = period.toString();
        invoice.billingPeriodStart = period.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        invoice.billingPeriodEnd = period.atEndOfMonth().atStartOfDay().toInstant(ZoneOffset.UTC);
        invoiceDate(period.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        invoice.currencyCode = "USD";
        totals("100.00", "0.21", "21.00", "121.00");
        invoice.paidAmount = BigDecimal.ZERO;
    }

    public static InvoiceBuilder invoice(UUID partnerTenantId, YearMonth period) {
        return new InvoiceBuilder(partnerTenantId, period);
    }

    public InvoiceBuilder currency(String code) {
        invoice.currencyCode = code;
        return this;
    }

    /** Issued then, due 30 days later. */
    public InvoiceBuilder invoiceDate(Instant issued) {
        invoice.invoiceDate = issued;
        invoice.dueDate = issued.plus(Duration.ofDays(30));
        return this;
    }

    public InvoiceBuilder totals(String subTotal, String taxRate, String taxTotal, String totalCharges) {
        invoice.subTotal = new BigDecimal(subTotal);
        invoice.taxRate = new BigDecimal(taxRate);
        invoice.taxTotal = new BigDecimal(taxTotal);
        invoice.totalCharges = new BigDecimal(totalCharges);
        return this;
    }

    public InvoiceBuilder paid(String amount) {
        invoice.paidAmount = new BigDecimal(amount);
        return this;
    }

    /**
     * Stores it under the next id of the sequence, {@code G} and nine digits, with its payment state as the close
     * opens it (what it says was paid).
     */
    public Invoice insert() {
        QuarkusTransaction.requiringNew().run(() -> {
            Number next = (Number) Invoice.getEntityManager().createNativeQuery("select nextval('invoice_number')")
                    .getSingleResult();
            invoice.id = String.format("G%09d", next.longValue());
            invoice.persist();
            InvoicePaymentState state = new InvoicePaymentState();
            state.invoiceId = invoice.id;
            state.paidAmount = invoice.paidAmount;
            state.persist();
        });
        return invoice;
    }
}
