package org.partnercenter.billing.export;

import java.time.YearMonth;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.StatelessSession;
import org.partnercenter.billing.lineitem.LineItemRow;
import org.partnercenter.billing.lineitem.LineItemRows;

/**
 * Which line items an export holds: an invoice's, or a partner's unbilled ones of a month in one currency (the
 * current month's with its late lines), exactly those the paged API answers, in its order.
 *
 * @param invoiceId the invoice exported, or null for unbilled lines
 * @param month the unbilled lines' month (null for an invoice)
 * @param currentPeriod whether {@code month} is the current one, whose unbilled lines include the late ones
 */
public record ExportedLines(UUID partnerTenantId, String currencyCode, String invoiceId, YearMonth month,
        boolean currentPeriod) {

    public static ExportedLines invoice(UUID partnerTenantId, String currencyCode, String invoiceId) {
        return new ExportedLines(partnerTenantId, currencyCode, invoiceId, null, false);
    }

    public static ExportedLines unbilled(UUID partnerTenantId, String currencyCode, YearMonth month,
            boolean currentPeriod) {
        return new ExportedLines(partnerTenantId, currencyCode, null, month, currentPeriod);
    }

    Stream<LineItemRow> read(LineItemRows rows, StatelessSession session, int fetchSize) {
        return invoiceId != null ? rows.allBilled(session, invoiceId, fetchSize)
                : rows.allUnbilled(session, partnerTenantId, currencyCode, month, currentPeriod, fetchSize);
    }
}
