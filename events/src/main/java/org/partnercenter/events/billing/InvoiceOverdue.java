package org.partnercenter.events.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The payload of {@code invoice.overdue}: an invoice past its due date and not fully paid, announced once per invoice
 * by billing's scheduled check (a payment afterwards does not announce it again; {@code invoice.paid} follows when it
 * is settled).
 */
public record InvoiceOverdue(String invoiceId, UUID partnerTenantId, String currencyCode, Instant dueDate,
        BigDecimal balanceAmount, Instant detectedAt) {
}
