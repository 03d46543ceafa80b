package org.partnercenter.billing.invoice;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.partnercenter.billing.period.BillingPeriod;

/**
 * What must hold before a close commits, read back from the database after the invoice's statements ran (not from
 * what those statements meant to do): a violation aborts the partner's close, so nothing wrong is ever issued.
 */
final class InvoiceInvariants {

    private InvoiceInvariants() {
    }

    /**
     * The invoice's sub-total is the sum of its line items to the cent, and the usage records it bills are exactly
     * its lines' usage: a record already on another invoice, or a line no record backs, shows as a difference.
     */
    static void checkInvoice(Connection connection, Invoice invoice) throws SQLException {
        Object[] lines = row(connection, "select count(*), coalesce(sum(billing_pre_tax_total), 0), "
                + "coalesce(sum(quantity), 0) from usage_line_item where invoice_number = ?", invoice.id);
        if (((Number) lines[0]).intValue() != invoice.lineItemCount || !same(lines[1], invoice.subTotal)) {
            throw new InvariantViolation("invoice " + invoice.id + " (" + invoice.currencyCode + ") has a sub-total of "
                    + invoice.subTotal.toPlainString() + " over " + invoice.lineItemCount + " line items, but its line "
                    + "items sum to " + plain(lines[1]) + " over " + lines[0]);
        }
        Object[] records = row(connection, "select coalesce(sum(quantity), 0) from usage_record "
                + "where invoice_number = ?", invoice.id);
        if (!same(records[0], (BigDecimal) lines[2])) {
            throw new InvariantViolation("invoice " + invoice.id + " bills usage records of quantity "
                    + plain(records[0]) + " but its line items rate a quantity of " + plain(lines[2])
                    + ": a usage record is already on another invoice, or a line item has no usage record behind it");
        }
    }

    /**
     * Billed plus unbilled is all the rated usage the partner sent up to the period: every rated record is on a line
     * (on an invoice or still to bill), and no line stands for usage nobody sent.
     */
    static void checkPartner(Connection connection, UUID partner, BillingPeriod period) throws SQLException {
        Object[] lines = row(connection, "select coalesce(sum(quantity), 0) from usage_line_item "
                + "where partner_tenant_id = ? and period <= ?", partner, period.id());
        Object[] records = row(connection, "select coalesce(sum(quantity), 0) from usage_record "
                + "where partner_tenant_id = ? and period <= ? and held_reason is null", partner, period.id());
        if (!same(lines[0], (BigDecimal) records[0])) {
            throw new InvariantViolation("partner " + partner + ": billed and unbilled line items up to " + period.id()
                    + " rate a quantity of " + plain(lines[0]) + ", but its rated usage records sum to "
                    + plain(records[0]));
        }
    }

    private static Object[] row(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Object[] values = new Object[row.getMetaData().getColumnCount()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = row.getObject(i + 1);
                }
                return values;
            }
        }
    }

    private static boolean same(Object sum, BigDecimal expected) {
        return sum instanceof BigDecimal decimal && decimal.compareTo(expected) == 0;
    }

    private static String plain(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }
}
