package org.partnercenter.commons.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.partnercenter.commons.error.ErrorSource;
import org.partnercenter.commons.request.Correlation;
import org.partnercenter.commons.tracing.TraceParent;
import org.partnercenter.commons.transaction.AfterCommit;
import org.partnercenter.events.EventType;

/**
 * Writes events into the outbox table inside the caller's transaction, so the change and its events
 * commit together or not at all; the {@link OutboxRelayRunner} publishes them afterwards. Publishing to
 * Kafka straight from the business method would lose the event on a crash between the two. Each row keeps the
 * writer's trace context, which the relay hands on to the consumer.
 */
@ApplicationScoped
public class Outbox {

    private static final String WAKE_REGISTERED = Outbox.class.getName() + ".wake";

    private final EntityManager em;
    private final ErrorSource service;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelayRunner relay;

    Outbox(EntityManager em, ErrorSource service, Clock clock, TransactionSynchronizationRegistry transactions,
            OutboxRelayRunner relay) {
        this.em = em;
        this.service = service;
        this.clock = clock;
        this.transactions = transactions;
        this.relay = relay;
    }

    private static final String INSERT = "insert into outbox_event (event_id, topic, message_key, payload, "
            + "trace_parent) values (?, ?, ?, ?, ?)";

    /**
     * Publishes an event of the catalogue: its topic, type name and schema version come from {@code type}.
     *
     * @param key what orders it on the topic, as {@code type.topic().key()} says
     * @param subject the id of the resource it is about
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> EventEnvelope publish(EventType<T> type, String key, String subject, T data) {
        return publish(OutgoingEvent.of(type, key, subject, data));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(OutgoingEvent event) {
        return publishAll(List.of(event)).get(0);
    }

    /** Many events in one JDBC batch: for writers of many small events at once, such as the audit trail. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EventEnvelope> publishAll(List<OutgoingEvent> events) {
        List<EventEnvelope> envelopes = events.stream().map(this::envelope).toList();
        String traceParent = TraceParent.current().orElse(null);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int i = 0; i < events.size(); i++) {
                    insert.setObject(1, UUID.fromString(envelopes.get(i).id()));
                    insert.setString(2, events.get(i).topic());
                    insert.setString(3, events.get(i).key());
                    insert.setString(4, EventJson.write(envelopes.get(i)));
                    insert.setString(5, traceParent);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        wakeRelayAfterCommit();
        return envelopes;
    }

    private EventEnvelope envelope(OutgoingEvent event) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(),
                "/" + service.name(), event.type(), event.subject(), clock.instant(), "application/json",
                event.schemaVersion(), Correlation.correlationId().orElse(null),
                Correlation.requestId().orElse(null), EventJson.mapper().valueToTree(event.data()));
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        AfterCommit.run(transactions, relay::wakeUp);
    }
}
