package org.partnercenter.events.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code payment.recorded}: a payment the operator recorded against an issued invoice, written in the
 * payment's transaction. {@code creditedAmount} is the part beyond the invoice's balance, which became the partner's
 * credit in {@code currencyCode} (its next invoice in that currency consumes it); {@code balanceAmount} is what the
 * invoice still owes after it.
 */
public record PaymentRecorded(UUID paymentId, String invoiceId, UUID partnerTenantId, BigDecimal amount,
        String currencyCode, Instant paymentDate, String reference, Instant recordedAt, BigDecimal creditedAmount,
        BigDecimal balanceAmount) {
}
