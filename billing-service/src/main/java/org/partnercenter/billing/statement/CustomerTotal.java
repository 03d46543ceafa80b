package org.partnercenter.billing.statement;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One customer's line items on an invoice, summed by the database: the customer's indirect reseller (null for the
 * partner's own customers), the names billing's copies give them, how many lines and their pre-tax total.
 */
public record CustomerTotal(UUID resellerTenantId, String resellerName, String resellerMpnId, UUID customerId,
        String customerName, Long lineCount, BigDecimal preTaxTotal) {
}
