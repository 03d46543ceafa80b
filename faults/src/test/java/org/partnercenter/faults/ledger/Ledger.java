package org.partnercenter.faults.ledger;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.partnercenter.faults.stack.FaultStack;
import org.partnercenter.faults.traffic.UsageRecord;

/**
 * What the stack holds of a case's records, read from the services' databases over JDBC (the API does not say which
 * record ids billing rated): customer-service's stored ids, billing's copies (held or not), its rating backlog, and
 * the rated line items, billed (on an invoice) and unbilled.
 */
public final class Ledger {

    /** One reading. {@code storedIds} are customer-service's ids of the case (distinct: its primary key). */
    public record Reading(Set<String> storedIds, int storedRows, int billingRows, int billingDistinct, int held,
            int backlog, BigDecimal ratedQuantity, BigDecimal billed, BigDecimal unbilled) {

        public BigDecimal total() {
            return billed.add(unbilled);
        }
    }

    private final FaultStack stack;
    private final String prefix;

    public Ledger(FaultStack stack, String caseName) {
        this.stack = stack;
        this.prefix = caseName + "-%";
    }

    public Reading read() throws SQLException {
        Set<String> ids = new HashSet<>();
        int storedRows = 0;
        try (Connection customer = stack.database("customer");
                PreparedStatement select = customer.prepareStatement("select id from usage_record where id like ?")) {
            select.setString(1, prefix);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                    storedRows++;
                }
            }
        }
        try (Connection billing = stack.database("billing")) {
            int[] usage = ints(billing, "select count(*), count(distinct record_id), "
                    + "count(*) filter (where held_reason is not null) from usage_record where record_id like ?", 3);
            int backlog = ints(billing, "select count(*) from rating_backlog b where exists (select 1 from usage_record "
                    + "u where u.subscription_id = b.subscription_id and u.record_id like ?)", 1)[0];
            BigDecimal[] lines = decimals(billing, "select coalesce(sum(quantity), 0), "
                    + "coalesce(sum(billing_pre_tax_total) filter (where invoice_number is not null), 0), "
                    + "coalesce(sum(billing_pre_tax_total) filter (where invoice_number is null), 0) "
                    + "from usage_line_item l where exists (select 1 from usage_record u where "
                    + "u.subscription_id = l.subscription_id and u.record_id like ?)");
            return new Reading(ids, storedRows, usage[0], usage[1], usage[2], backlog, lines[0], lines[1], lines[2]);
        }
    }

    /** Reads until billing has rated every record sent (nothing held, nothing queued) or the time is up. */
    public Reading awaitSettled(List<UsageRecord> sent, Duration timeout) throws SQLException, InterruptedException {
        BigDecimal quantity = IndependentRating.quantity(sent);
        long deadline = System.nanoTime() + timeout.toNanos();
        Reading reading = read();
        while (System.nanoTime() < deadline && !(reading.billingRows() == sent.size() && reading.held() == 0
                && reading.backlog() == 0 && reading.ratedQuantity().compareTo(quantity) == 0)) {
            Thread.sleep(2000);
            reading = read();
        }
        return reading;
    }

    private int[] ints(Connection connection, String sql, int columns) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, prefix);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                int[] values = new int[columns];
                for (int i = 0; i < columns; i++) {
                    values[i] = rows.getInt(i + 1);
                }
                return values;
            }
        }
    }

    private BigDecimal[] decimals(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, prefix);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new BigDecimal[] {rows.getBigDecimal(1), rows.getBigDecimal(2), rows.getBigDecimal(3)};
            }
        }
    }
}
