package org.partnercenter.billing.rating;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.partnercenter.billing.usage.HeldReason;

/** A group's usage from its backlog day on, in usage order, with what came before it and who it belongs to. */
record GroupUsage(Owner owner, List<UsageToRate> records, BigDecimal consumedBefore, Map<UsageToRate, Held> held) {

    /** Whom the group's usage belongs to, as its records say (a subscription has one customer). */
    record Owner(UUID partnerTenantId, UUID resellerTenantId, UUID customerId, UUID subscriptionId) {
    }

    record Held(String reason, Instant since) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> TAGS = new TypeReference<>() {
    };
    private static final String WHERE = " where subscription_id = ? and meter_id = ? and period = ? and usage_date ";

    static GroupUsage read(Connection connection, RatingGroup group) throws SQLException {
        List<UsageToRate> records = new ArrayList<>();
        Map<UsageToRate, Held> held = new HashMap<>();
        Owner owner = null;
        try (PreparedStatement select = prepare(connection, "select customer_id, record_id, usage_start, usage_date, "
                + "quantity, resource_uri, region, cast(tags as text), held_reason, held_since, partner_tenant_id, "
                + "reseller_tenant_id from usage_record" + WHERE + ">= ? order by usage_start, customer_id, record_id",
                group); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                UsageToRate usage = new UsageToRate(rows.getObject(1, UUID.class), rows.getString(2),
                        rows.getTimestamp(3).toInstant(), rows.getObject(4, LocalDate.class), rows.getBigDecimal(5),
                        rows.getString(6), rows.getString(7), tags(rows.getString(8)));
                records.add(usage);
                if (rows.getString(9) != null) {
                    held.put(usage, new Held(rows.getString(9), rows.getTimestamp(10).toInstant()));
                }
                owner = new Owner(rows.getObject(11, UUID.class), rows.getObject(12, UUID.class), usage.customerId(),
                        group.subscriptionId());
            }
        }
        return new GroupUsage(owner, records, consumedBefore(connection, group), held);
    }

    /** Sets each record's held reason to {@code reasons}' (none: rated), writing only those that change. */
    void writeHeld(Connection connection, Map<UsageToRate, HeldReason> reasons, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update usage_record set held_reason = ?, "
                + "held_since = ? where customer_id = ? and record_id = ?")) {
            for (UsageToRate usage : records) {
                HeldReason reason = reasons.get(usage);
                Held before = held.get(usage);
                String name = reason == null ? null : reason.name();
                if (Objects.equals(name, before == null ? null : before.reason())) {
                    continue;
                }
                Instant since = reason == null ? null : before != null ? before.since() : now;
                update.setString(1, name);
                update.setTimestamp(2, since == null ? null : Timestamp.from(since));
                update.setObject(3, usage.customerId());
                update.setString(4, usage.recordId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static BigDecimal consumedBefore(Connection connection, RatingGroup group) throws SQLException {
        try (PreparedStatement sum = prepare(connection, "select coalesce(sum(quantity), 0) from usage_record" + WHERE
                + "< ? and held_reason is null", group); ResultSet row = sum.executeQuery()) {
            row.next();
            return row.getBigDecimal(1);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, RatingGroup group)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setObject(1, group.subscriptionId());
        statement.setString(2, group.meterId());
        statement.setString(3, group.period());
        statement.setObject(4, group.fromDay());
        return statement;
    }

    private static Map<String, String> tags(String json) throws SQLException {
        try {
            return json == null ? Map.of() : JSON.readValue(json, TAGS);
        } catch (Exception e) {
            throw new SQLException("usage_record.tags is not a JSON object of strings", e);
        }
    }
}
