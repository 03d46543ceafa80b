package org.partnercenter.billing.payment;

import static org.partnercenter.commons.input.TextKind.CODE;
import static org.partnercenter.commons.input.TextKind.IDENTIFIER;
import static org.partnercenter.commons.input.TextKind.NAME;

import com.fasterxml.jackson.databind.JsonNode;
import org.partnercenter.commons.input.Text;

/**
 * {@code POST /v1/payments}: {@code {"invoiceId", "amount", "currencyCode", "paymentDate", "reference"}}. The amount
 * and the date stay as sent (a number or a numeric string; a date or a date-time) so that each bad field is named in
 * one 400 instead of failing the whole body.
 */
public record PaymentRequest(@Text(IDENTIFIER) String invoiceId, JsonNode amount, @Text(CODE) String currencyCode,
        @Text(CODE) String paymentDate, @Text(NAME) String reference) {
}
