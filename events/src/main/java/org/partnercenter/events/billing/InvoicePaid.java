package org.partnercenter.events.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code invoice.paid}: an invoice's balance reached 0, once per invoice, by a payment or, at its
 * issue, by the partner's credit. {@code totalCharges} less {@code creditApplied} less {@code paidAmount} is at most 0.
 */
public record InvoicePaid(String invoiceId, UUID partnerTenantId, String currencyCode, BigDecimal totalCharges,
        BigDecimal creditApplied, BigDecimal paidAmount, Instant paidAt) {
}
