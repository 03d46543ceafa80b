package org.partnercenter.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the close benchmark reads from billing's database: the month before the close, and what the close left. */
final class CloseDb {

    /** The month as seeded: what the close is to bill. */
    record Month(long records, long lines, long partners, long partnerCurrencies, BigDecimal lineTotal,
            UUID firstPartner, String firstCurrency) {
    }

    /** What the close left: invoices and their sums, and what is still unbilled (none, when it closed it all). */
    record Closed(long invoices, long invoicedPartnerCurrencies, BigDecimal subTotals, long invoicesOff,
            long lineItemCount, long usageRecordCount, long recordsUnbilled, long linesUnbilled, long partnersClosed) {
    }

    /** One partner's close, on billing's clock: its invoices' date (after the lock and checks), its close row's. */
    record PartnerTimes(Instant issued, Instant closed) {
    }

    private CloseDb() {
    }

    static Month month(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("select (select count(*) from usage_record), "
                        + "(select count(*) from usage_line_item), (select count(*) from partner), "
                        + "(select count(*) from (select distinct partner_tenant_id, billing_currency "
                        + "from usage_line_item) d), (select sum(billing_pre_tax_total) from usage_line_item), "
                        + "(select tenant_id from partner order by tenant_id limit 1), "
                        + "(select currency from partner order by tenant_id limit 1)")) {
            row.next();
            return new Month(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getBigDecimal(5),
                    row.getObject(6, UUID.class), row.getString(7));
        }
    }

    static Closed closed(Connection connection, String period) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select (select count(*) from invoice), "
                + "(select count(*) from (select distinct partner_tenant_id, currency_code from invoice) d), "
                + "(select coalesce(sum(sub_total), 0) from invoice), "
                // an invoice whose sub-total is not its lines' sum (to the cent: both are sums of the same cents)
                + "(select count(*) from invoice i where i.sub_total <> (select coalesce(sum(billing_pre_tax_total), "
                + "0) from usage_line_item l where l.invoice_number = i.id)), "
                + "(select coalesce(sum(line_item_count), 0) from invoice), "
                + "(select coalesce(sum(usage_record_count), 0) from invoice), "
                + "(select count(*) from usage_record where invoice_number is null), "
                + "(select count(*) from usage_line_item where invoice_number is null), "
                + "(select count(*) from billing_period_close where period = ?)")) {
            select.setString(1, period);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Closed(row.getLong(1), row.getLong(2), row.getBigDecimal(3), row.getLong(4),
                        row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9));
            }
        }
    }

    /** Each partner's close in the order they closed. */
    static List<PartnerTimes> partnerTimes(Connection connection, String period) throws SQLException {
        List<PartnerTimes> times = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select min(i.invoice_date), c.closed_at "
                + "from billing_period_close c left join invoice i on i.partner_tenant_id = c.partner_tenant_id "
                + "and i.period = c.period where c.period = ? group by c.partner_tenant_id, c.closed_at "
                + "order by c.closed_at")) {
            select.setString(1, period);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    times.add(new PartnerTimes(rows.getTimestamp(1).toInstant(), rows.getTimestamp(2).toInstant()));
                }
            }
        }
        return times;
    }

    /** The operation's start and last action (its end, once it succeeded), on billing's clock. */
    static Instant[] operation(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select created_at, last_action_at "
                + "from operation where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return new Instant[] {row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant()};
            }
        }
    }

    /** VACUUM (and more) runs outside a transaction; returns the seconds it took. */
    static double run(Connection connection, String sql) throws SQLException {
        long start = System.nanoTime();
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static Connection connect(Map<String, String> config) throws SQLException {
        return java.sql.DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }
}
