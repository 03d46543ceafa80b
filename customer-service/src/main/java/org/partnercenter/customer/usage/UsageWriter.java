package org.partnercenter.customer.usage;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.partnercenter.commons.events.EventJson;

/**
 * Stores accepted usage in one statement per batch: the columns travel as arrays and {@code unnest} turns
 * them into rows, so 10,000 records cost one round trip. {@code on conflict do nothing} makes a record id
 * seen before (or stored by a concurrent batch) a duplicate instead of an error.
 */
@ApplicationScoped
class UsageWriter {

    private static final String INSERT = "insert into usage_record (id, customer_id, subscription_id, "
            + "partner_tenant_id, meter_id, quantity, unit, usage_start_time, usage_end_time, region, resource_uri, "
            + "tags, recorded_at) select t.*, ?::timestamptz from unnest(?::text[], ?::uuid[], ?::uuid[], ?::uuid[], "
            + "?::text[], ?::numeric[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::text[], ?::text[], "
            + "?::jsonb[]) as t on conflict (id) do nothing returning id";

    private final EntityManager em;

    UsageWriter(EntityManager em) {
        this.em = em;
    }

    /** Answers the ids actually inserted; the others were stored before. */
    Set<String> insert(List<AcceptedUsage> records, Instant recordedAt) {
        if (records.isEmpty()) {
            return Set.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> insert(connection, records, recordedAt));
    }

    private static Set<String> insert(Connection connection, List<AcceptedUsage> records, Instant recordedAt)
            throws SQLException {
        int n = records.size();
        String[][] columns = new String[12][n];
        for (int i = 0; i < n; i++) {
            AcceptedUsage r = records.get(i);
            columns[0][i] = r.id();
            columns[1][i] = r.customerId().toString();
            columns[2][i] = r.subscriptionId().toString();
            columns[3][i] = r.partnerTenantId().toString();
            columns[4][i] = r.meterId();
            columns[5][i] = r.quantity().toPlainString();
            columns[6][i] = r.unit();
            columns[7][i] = r.usageStartTime().toString();
            columns[8][i] = r.usageEndTime().toString();
            columns[9][i] = r.region();
            columns[10][i] = r.resourceUri();
            columns[11][i] = tags(r);
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setString(1, recordedAt.toString());
            for (int c = 0; c < columns.length; c++) {
                Array array = connection.createArrayOf("text", columns[c]);
                statement.setArray(c + 2, array);
            }
            Set<String> inserted = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    inserted.add(rows.getString(1));
                }
            }
            return inserted;
        }
    }

    private static String tags(AcceptedUsage r) {
        if (r.tags() == null) {
            return null;
        }
        try {
            return EventJson.mapper().writeValueAsString(r.tags());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("tags of usage record " + r.id() + " cannot be written", e);
        }
    }
}
