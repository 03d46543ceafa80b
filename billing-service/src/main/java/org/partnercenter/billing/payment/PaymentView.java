package org.partnercenter.billing.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.partnercenter.commons.paging.Links;
import org.partnercenter.commons.paging.ResourceAttributes;

/**
 * A recorded payment on the wire, in the style of the real API's resources (the real API has none: payments are
 * this suite's). {@code creditedAmount} is the part beyond the invoice's balance that became the partner's credit.
 */
public record PaymentView(UUID id, String invoiceId, UUID partnerTenantId, BigDecimal amount, String currencyCode,
        Instant paymentDate, String reference, Instant recordedDateTime, BigDecimal creditedAmount, Links links,
        ResourceAttributes attributes) {

    public static final String OBJECT_TYPE = "Payment";

    /** The payment's own link, relative to {@code /v1}. */
    static String uri(UUID id) {
        return "/payments/" + id;
    }

    static PaymentView of(Payment payment) {
        return new PaymentView(payment.id, payment.invoiceId, payment.partnerTenantId, payment.amount,
                payment.currencyCode, payment.paymentDate, payment.reference, payment.recordedAt,
                payment.creditedAmount, Links.self(uri(payment.id)), ResourceAttributes.of(OBJECT_TYPE));
    }
}
