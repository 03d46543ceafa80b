package org.partnercenter.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The ceiling of a close on the same database, in the same run: the bare set-based statements of what it must do,
 * for all partners at once and without locks, checks or a service. First a plain {@code INSERT ... SELECT} of the
 * invoices' aggregation (partner, currency: lines, sub-total), the ceiling the close is compared with; then, to show
 * where a close's time must go, the {@code UPDATE} that marks the lines with their invoice, and the one that marks
 * every usage record with its line's invoice. All in one transaction that is rolled back: the close then finds the
 * month as it was (the caller vacuums away the dead rows the updates left).
 */
final class CloseCeiling {

    /** Seconds of each statement, in order; the usage records the last one marked. */
    record Result(double aggregateSeconds, int invoices, double billLinesSeconds, int lines, double billRecordsSeconds,
            int records) {

        double aggregateAndLinesSeconds() {
            return aggregateSeconds + billLinesSeconds;
        }

        double allSeconds() {
            return aggregateSeconds + billLinesSeconds + billRecordsSeconds;
        }
    }

    private CloseCeiling() {
    }

    static Result measure(Connection connection, String period) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("create table if not exists close_ceiling (invoice_number text, partner_tenant_id uuid, "
                    + "billing_currency text, line_count bigint, sub_total numeric)");
        }
        connection.setAutoCommit(false);
        try {
            long start = System.nanoTime();
            int invoices = update(connection, "insert into close_ceiling select 'C' || lpad((row_number() over "
                    + "(order by partner_tenant_id, billing_currency))::text, 9, '0'), partner_tenant_id, "
                    + "billing_currency, count(*), sum(billing_pre_tax_total) from usage_line_item "
                    + "where invoice_number is null and period <= ? group by partner_tenant_id, billing_currency",
                    period);
            connection.commit(); // the plain INSERT ... SELECT commits; what follows is rolled back
            long aggregated = System.nanoTime();
            int lines = update(connection, "update usage_line_item l set invoice_number = c.invoice_number "
                    + "from close_ceiling c where l.partner_tenant_id = c.partner_tenant_id "
                    + "and l.billing_currency = c.billing_currency and l.invoice_number is null and l.period <= ?",
                    period);
            long linesBilled = System.nanoTime();
            int records = update(connection, "update usage_record r set invoice_number = l.invoice_number "
                    + "from usage_line_item l where l.invoice_number like 'C%' and r.invoice_number is null "
                    + "and r.held_reason is null and r.subscription_id = l.subscription_id "
                    + "and r.meter_id = l.meter_id and r.period = l.period and r.usage_date = l.usage_date "
                    + "and coalesce(r.resource_uri, '') = l.resource_uri", null);
            long recordsBilled = System.nanoTime();
            connection.rollback();
            try (Statement sql = connection.createStatement()) {
                sql.execute("drop table close_ceiling");
            }
            connection.commit();
            return new Result((aggregated - start) / 1e9, invoices, (linesBilled - aggregated) / 1e9, lines,
                    (recordsBilled - linesBilled) / 1e9, records);
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    private static int update(Connection connection, String sql, String period) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (period != null) {
                statement.setString(1, period);
            }
            return statement.executeUpdate();
        }
    }
}
