package org.partnercenter.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Where one partner's close spends its time, statement by statement: the statements a close runs for a partner (the
 * text of billing-service's {@code CloseScope}, {@code PartnerPeriodClose}, {@code InvoiceIssuer} and
 * {@code InvoiceInvariants}, copied here as of the close's first version: keep them in step when those change), in
 * the close's order, each under {@code EXPLAIN (ANALYZE, BUFFERS)} so that it really runs, in one transaction that is
 * rolled back.
 */
final class CloseExplain {

    /** One statement's plan as it ran, and its execution time. */
    record Explained(String name, double millis, String plan) {
    }

    private static final String INVOICE = "X000000001";

    private CloseExplain() {
    }

    static List<Explained> partner(Connection connection, UUID partner, String currency, String period)
            throws SQLException {
        List<Explained> explained = new ArrayList<>();
        connection.setAutoCommit(false);
        try {
            explained.add(explain(connection, "CloseScope: earlier periods", "select distinct l.period "
                    + "from usage_line_item l where l.partner_tenant_id = ? and l.invoice_number is null "
                    + "and l.period < ? and not exists (select 1 from billing_period_close c "
                    + "where c.partner_tenant_id = ? and c.period = l.period) order by 1", partner, period, partner));
            explained.add(explain(connection, "PartnerPeriodClose: rating behind?", "select exists (select 1 "
                    + "from rating_backlog b where b.period <= ? and exists (select 1 from usage_record r "
                    + "where r.subscription_id = b.subscription_id and r.meter_id = b.meter_id "
                    + "and r.period = b.period and r.partner_tenant_id = ?))", period, partner));
            explained.add(explain(connection, "InvoiceIssuer: unbilled per currency", "select billing_currency, "
                    + "count(*), sum(billing_pre_tax_total) from usage_line_item where partner_tenant_id = ? "
                    + "and invoice_number is null and period <= ? group by billing_currency order by billing_currency",
                    partner, period));
            explained.add(explain(connection, "InvoiceIssuer: bill lines", "update usage_line_item "
                    + "set invoice_number = ? where partner_tenant_id = ? and billing_currency = ? "
                    + "and invoice_number is null and period <= ?", INVOICE, partner, currency, period));
            explained.add(explain(connection, "InvoiceIssuer: bill records, returning their sum",
                    "with billed as (update usage_record r set invoice_number = ? from (select distinct "
                    + "subscription_id, meter_id, period, usage_date, resource_uri from usage_line_item "
                    + "where invoice_number = ?) l where r.partner_tenant_id = ? and r.invoice_number is null "
                    + "and r.held_reason is null and r.subscription_id = l.subscription_id "
                    + "and r.meter_id = l.meter_id and r.period = l.period "
                    + "and r.usage_start >= l.usage_date::timestamp at time zone 'UTC' "
                    + "and r.usage_start < (l.usage_date + 1)::timestamp at time zone 'UTC' "
                    + "and r.usage_date = l.usage_date and coalesce(r.resource_uri, '') = l.resource_uri "
                    + "returning r.quantity) select count(*), coalesce(sum(quantity), 0) from billed",
                    INVOICE, INVOICE, partner));
            explained.add(explain(connection, "InvoiceInvariants: invoice's lines", "select count(*), "
                    + "coalesce(sum(billing_pre_tax_total), 0), coalesce(sum(quantity), 0) from usage_line_item "
                    + "where invoice_number = ?", INVOICE));
            explained.add(explain(connection, "InvoiceInvariants: partner's lines", "select "
                    + "coalesce(sum(quantity), 0) from usage_line_item where partner_tenant_id = ? "
                    + "and period = any(?)", partner, connection.createArrayOf("text", new Object[] {period})));
            explained.add(explain(connection, "InvoiceInvariants: partner's records", "select "
                    + "coalesce(sum(r.quantity), 0) from usage_record r where r.subscription_id in (select s.id "
                    + "from subscription s where s.partner_tenant_id = ? or s.partner_tenant_id in (select "
                    + "p.tenant_id from partner p where p.provider_tenant_id = ?)) and r.partner_tenant_id = ? "
                    + "and r.period = any(?) and r.held_reason is null", partner, partner, partner,
                    connection.createArrayOf("text", new Object[] {period})));
            return explained;
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private static Explained explain(Connection connection, String name, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            StringBuilder plan = new StringBuilder();
            double millis = Double.NaN;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String line = rows.getString(1);
                    plan.append("      ").append(line).append('\n');
                    if (line.startsWith("Execution Time: ")) {
                        millis = Double.parseDouble(line.substring(16).replace(" ms", ""));
                    }
                }
            }
            return new Explained(name, millis, plan.toString());
        }
    }
}
