package org.partnercenter.commons.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.partnercenter.commons.error.ErrorSource;
import org.partnercenter.commons.request.Correlation;

/**
 * Writes events into the outbox table inside the caller's transaction, so the change and its events
 * commit together or not at all; the {@link OutboxRelayRunner} publishes them afterwards. Publishing to
 * Kafka straight from the business method would lose the event on a crash between the two.
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

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(OutgoingEvent event) {
        EventEnvelope envelope = new EventEnvelope(EventEnvelope.SPEC_VERSION, UUID.randomUUID().toString(),
                "/" + service.name(), event.type(), event.subject(), clock.instant(), "application/json",
                event.schemaVersion(), Correlation.correlationId().orElse(null),
                Correlation.requestId().orElse(null), EventJson.mapper().valueToTree(event.data()));
        em.createNativeQuery("insert into outbox_event (event_id, topic, message_key, payload) "
                        + "values (cast(?1 as uuid), ?2, ?3, ?4)")
                .setParameter(1, envelope.id()).setParameter(2, event.topic())
                .setParameter(3, event.key()).setParameter(4, EventJson.write(envelope))
                .executeUpdate();
        wakeRelayAfterCommit();
        return envelope;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
