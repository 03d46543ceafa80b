package org.partnercenter.commons.events;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.partnercenter.commons.tracing.TraceParent;

/**
 * Publishes the outbox in commit-visible order, one batch per database transaction, and marks rows sent
 * only after Kafka acknowledged them (acks=all). A crash anywhere re-sends the unmarked rows: delivery is
 * at least once, and consumers drop the repeats by event id. Once a row fails, later rows with the same key
 * stay unmarked too, so a key's events are never delivered out of order. One relay per database at a
 * time (an advisory lock), so replicas cannot interleave batches.
 */
public final class OutboxRelay {

    /** Any constant works; it only has to be the same for every replica of a service. */
    static final long LOCK_KEY = 0x0B0C_5EEDL;

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final int batchSize;

    public OutboxRelay(DataSource dataSource, Producer<String, String> producer, int batchSize) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.batchSize = batchSize;
    }

    /** Publishes one batch; answers how many rows it read (0 when idle or another replica holds the lock). */
    public int relayBatch() throws SQLException, OutboxDeliveryException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!lock(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<OutboxRow> rows = unsent(connection);
                Delivery delivery = send(rows);
                markSent(connection, delivery.sent());
                connection.commit();
                if (delivery.failure() != null) {
                    throw new OutboxDeliveryException(rows.size() - delivery.sent().size(), delivery.failure());
                }
                return rows.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Deletes rows sent before the cutoff. */
    public int purgeSentBefore(java.time.Instant cutoff) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from outbox_event where sent_at < ?")) {
            delete.setObject(1, java.time.OffsetDateTime.ofInstant(cutoff, java.time.ZoneOffset.UTC));
            return delete.executeUpdate();
        }
    }

    private static boolean lock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private List<OutboxRow> unsent(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select seq, event_id, topic, message_key, "
                + "payload, trace_parent from outbox_event where sent_at is null order by seq limit ?")) {
            select.setInt(1, batchSize);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new OutboxRow(result.getLong(1), result.getString(2), result.getString(3),
                            result.getString(4), result.getString(5), result.getString(6)));
                }
            }
            return rows;
        }
    }

    private Delivery send(List<OutboxRow> rows) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
            record.headers().add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_id", row.eventId().getBytes(StandardCharsets.UTF_8));
            if (row.traceParent() != null) {
                // Where Kafka instrumentation looks for the producer's context: the consumer's span joins its trace.
                record.headers().add(TraceParent.HEADER, row.traceParent().getBytes(StandardCharsets.UTF_8));
            }
            acks.add(producer.send(record));
        }
        producer.flush();
        List<Long> sent = new ArrayList<>();
        Set<String> failedKeys = new HashSet<>();
        Exception failure = null;
        for (int i = 0; i < rows.size(); i++) {
            OutboxRow row = rows.get(i);
            try {
                acks.get(i).get();
                if (!failedKeys.contains(row.topic() + '\u0000' + row.key())) {
                    sent.add(row.seq());
                }
            } catch (ExecutionException e) {
                failedKeys.add(row.topic() + '\u0000' + row.key());
                failure = failure == null ? (Exception) e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failedKeys.add(row.topic() + '\u0000' + row.key());
                failure = failure == null ? e : failure;
            }
        }
        return new Delivery(sent, failure);
    }

    private static void markSent(Connection connection, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set sent_at = now() where seq = any (?)")) {
            Array array = connection.createArrayOf("bigint", seqs.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private record OutboxRow(long seq, String eventId, String topic, String key, String payload, String traceParent) {
    }

    private record Delivery(List<Long> sent, Exception failure) {
    }
}
