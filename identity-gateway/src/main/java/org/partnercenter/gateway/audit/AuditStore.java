package org.partnercenter.gateway.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Stores a batch of audit records with one JDBC batch: one record per public request is the gateway's
 * largest write, and an entity insert per record cost more than forwarding the request.
 */
@ApplicationScoped
class AuditStore {

    private static final String INSERT = "insert into audit_record (id, partner_tenant_id, object_id, "
            + "user_principal_name, application_id, method, route, path, customer_id, status, occurred_at, "
            + "duration_ms, correlation_id, request_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final EntityManager em;

    AuditStore(EntityManager em) {
        this.em = em;
    }

    /** The stored records, ids assigned, in the order of the entries. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<AuditRecord> insertAll(List<AuditEntry> entries) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<Long> ids = nextIds(connection, entries.size());
            List<AuditRecord> records = new ArrayList<>(entries.size());
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < entries.size(); i++) {
                    AuditRecord record = entries.get(i).toRecord();
                    record.id = ids.get(i);
                    bind(insert, record);
                    insert.addBatch();
                    records.add(record);
                }
                insert.executeBatch();
            }
            return records;
        });
    }

    private static List<Long> nextIds(Connection connection, int count) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select nextval('audit_record_id_seq') from generate_series(1, ?)")) {
            select.setInt(1, count);
            List<Long> ids = new ArrayList<>(count);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private static void bind(PreparedStatement insert, AuditRecord record) throws SQLException {
        insert.setLong(1, record.id);
        insert.setObject(2, record.partnerTenantId, Types.OTHER);
        insert.setString(3, record.objectId);
        insert.setString(4, record.userPrincipalName);
        insert.setString(5, record.applicationId);
        insert.setString(6, record.method);
        insert.setString(7, record.route);
        insert.setString(8, record.path);
        insert.setString(9, record.customerId);
        insert.setInt(10, record.status);
        insert.setTimestamp(11, Timestamp.from(record.occurredAt));
        insert.setInt(12, record.durationMs);
        insert.setString(13, record.correlationId);
        insert.setString(14, record.requestId);
    }
}
