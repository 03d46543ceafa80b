package org.partnercenter.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads billing-service's database, as the unbilled line items would answer (the API has no such route on main
 * yet): what billing knows, how far usage is stored and rated, and the line items rated lately.
 */
final class BillingDb implements AutoCloseable {

    /** Usage records stored, the quantity of all line items, groups still to rate, records held. */
    record Progress(long stored, BigDecimal rated, long backlog, long held) {
    }

    /** A line item as rated at {@code ratedAt} (billing's clock: the pass that wrote it). */
    record Line(RatingBenchData.LineKey key, BigDecimal quantity, Instant ratedAt) {
    }

    private final Connection connection;

    BillingDb(Map<String, String> config) throws SQLException {
        connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }

    /** Waits until billing holds everything usage is rated with: nothing of the run is then held for it. */
    void awaitKnown(int partners, int customers, int subscriptions, Duration timeout) throws Exception {
        String sql = "select (select count(*) from partner), (select count(*) from customer), "
                + "(select count(*) from subscription), (select count(*) from price_version where complete), "
                + "(select count(*) from exchange_rate_set)";
        Instant deadline = Instant.now().plus(timeout);
        long[] counts = new long[5];
        while (Instant.now().isBefore(deadline)) {
            try (ResultSet row = connection.createStatement().executeQuery(sql)) {
                row.next();
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = row.getLong(i + 1);
                }
            }
            if (counts[0] >= partners && counts[1] >= customers && counts[2] >= subscriptions && counts[3] >= 1
                    && counts[4] >= 1) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("billing did not learn the partners, customers, subscriptions, prices and "
                + "rates in " + timeout + ": " + java.util.Arrays.toString(counts));
    }

    Progress progress() throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery("select (select count(*) from usage_record), "
                + "(select coalesce(sum(quantity), 0) from usage_line_item), (select count(*) from rating_backlog), "
                + "(select count(*) from usage_record where held_reason is not null)")) {
            row.next();
            return new Progress(row.getLong(1), row.getBigDecimal(2), row.getLong(3), row.getLong(4));
        }
    }

    /** The newest {@code rated_at}: where watching for new line items starts. */
    Instant lastRated() throws SQLException {
        try (ResultSet row = connection.createStatement().executeQuery("select max(rated_at) from usage_line_item")) {
            row.next();
            Timestamp last = row.getTimestamp(1);
            return last == null ? Instant.EPOCH : last.toInstant();
        }
    }

    /** Line items rated at or after {@code since}. */
    List<Line> ratedSince(Instant since) throws SQLException {
        List<Line> lines = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select subscription_id, meter_id, usage_date, "
                + "resource_uri, quantity, rated_at from usage_line_item where rated_at >= ?")) {
            select.setTimestamp(1, Timestamp.from(since));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(new Line(new RatingBenchData.LineKey(rows.getObject(1, UUID.class), rows.getString(2),
                            rows.getObject(3, LocalDate.class), rows.getString(4)), rows.getBigDecimal(5),
                            rows.getTimestamp(6).toInstant()));
                }
            }
        }
        return lines;
    }

    /** Line items whose billing currency is not their partner's: none, when rating converted every one. */
    long linesNotIn(UUID partnerTenantId, String currency) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from usage_line_item "
                + "where partner_tenant_id = ? and billing_currency <> ?")) {
            count.setObject(1, partnerTenantId);
            count.setString(2, currency);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
