package org.partnercenter.billing.invoice;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
    static void checkInvoice(Connection connection, Invoice invoice, BigDecimal markedQuantity) throws SQLException {
        Object[] lines = row(connection, "select count(*), coalesce(sum(billing_pre_tax_total), 0), "
                + "coalesce(sum(quantity), 0) from usage_line_item where invoice_number = ?", invoice.id);
        if (((Number) lines[0]).intValue() != invoice.lineItemCount || !same(lines[1], invoice.subTotal)) {
            throw new InvariantViolation("invoice " + invoice.id + " (" + invoice.currencyCode + ") has a sub-total of "
                    + invoice.subTotal.toPlainString() + " over " + invoice.lineItemCount + " line items, but its line "
                    + "items sum to " + plain(lines[1]) + " over " + lines[0]);
        }
        if (!same(markedQuantity, (BigDecimal) lines[2])) {
            throw new InvariantViolation("invoice " + invoice.id + " bills usage records of quantity "
                    + plain(markedQuantity) + " but its line items rate a quantity of " + plain(lines[2])
                    + ": a usage record is already on another invoice, or a line item has no usage record behind it");
        }
    }

    /** The credit an invoice consumed is never negative and never more than it charges. */
    static void checkCredit(Invoice invoice) {
        if (invoice.creditApplied.signum() < 0 || invoice.creditApplied.compareTo(invoice.totalCharges) > 0) {
            throw new InvariantViolation("invoice " + invoice.id + " (" + invoice.currencyCode + ") would apply a "
                    + "credit of " + invoice.creditApplied.toPlainString() + " to total charges of "
                    + invoice.totalCharges.toPlainString() + ": a credit is between 0 and the total charges");
        }
    }

    /**
     * Billed plus unbilled is all the rated usage the partner sent in the periods the close bills (the one closed,
     * and those of its late lines): every rated record is on a line, on an invoice or still to bill, and no line
     * stands for usage nobody sent. Records are found through the partner's subscriptions (the group index), so the
     * check costs the partner's records of those periods, not the table.
     */
    static void checkPartner(Connection connection, UUID partner, BillingPeriod period, List<String> invoices)
            throws SQLException {
        Set<String> periods = new TreeSet<>(List.of(period.id()));
        try (PreparedStatement select = connection.prepareStatement("select distinct period from usage_line_item "
                + "where invoice_number = any(?)")) {
            select.setArray(1, connection.createArrayOf("text", invoices.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    periods.add(rows.getString(1));
                }
            }
        }
        Array billed = connection.createArrayOf("text", periods.toArray());
        Object[] lines = row(connection, "select coalesce(sum(quantity), 0) from usage_line_item "
                + "where partner_tenant_id = ? and period = any(?)", partner, billed);
        // Its subscriptions, and those its resellers' own customers hold (their usage is the provider's to pay).
        Object[] records = row(connection, "select coalesce(sum(r.quantity), 0) from usage_record r "
                + "where r.subscription_id in (select s.id from subscription s where s.partner_tenant_id = ? "
                + "or s.partner_tenant_id in (select p.tenant_id from partner p where p.provider_tenant_id = ?)) "
                + "and r.partner_tenant_id = ? and r.period = any(?) and r.held_reason is null", partner, partner,
                partner, billed);
        if (!same(lines[0], (BigDecimal) records[0])) {
            throw new InvariantViolation("partner " + partner + ": billed and unbilled line items of "
                    + String.join(", ", periods) + " rate a quantity of " + plain(lines[0]) + ", but its rated "
                    + "usage records sum to " + plain(records[0]));
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
