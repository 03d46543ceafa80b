package org.partnercenter.billing.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.partnercenter.commons.transaction.AfterCommit;

/**
 * What is to be rated again, as (subscription, meter, period) groups and the day from which their lines must be
 * computed again. Whatever changes a group's charges queues it here, in the transaction of the change: new usage,
 * a price-list version or exchange-rate set completed, a partner, customer or subscription that held usage waited
 * for. The {@link RatingWorker} drains it. Only inserts, so that queuing never waits on a rating pass: a group
 * queued twice has two rows, rated together from the earlier day.
 */
@ApplicationScoped
public class RatingBacklog {

    private final EntityManager em;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final RatingWorker worker;
    private final RatingInputsLock inputs;

    RatingBacklog(EntityManager em, Clock clock, TransactionSynchronizationRegistry transactions,
            RatingWorker worker, RatingInputsLock inputs) {
        this.em = em;
        this.clock = clock;
        this.transactions = transactions;
        this.worker = worker;
        this.inputs = inputs;
    }

    /** Every group with usage from {@code from} on: a price-list version effective then. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueUsageFrom(Instant from) {
        queue("select subscription_id, meter_id, period, min(usage_date), ?1 from usage_record "
                + "where usage_start >= ?2 group by subscription_id, meter_id, period", from);
    }

    /** Every group with usage from {@code from} on of partners invoiced in one of {@code currencies}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueUsageFrom(Instant from, Collection<String> currencies) {
        if (currencies.isEmpty()) {
            return;
        }
        queue("select u.subscription_id, u.meter_id, u.period, min(u.usage_date), ?1 from usage_record u "
                + "join partner p on p.tenant_id = u.partner_tenant_id where u.usage_start >= ?2 "
                + "and p.currency = any(cast(?3 as text[])) group by u.subscription_id, u.meter_id, u.period",
                from, currencies.toArray(String[]::new));
    }

    /** The groups holding usage that waits for this partner, customer or subscription. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queueHeldFor(HeldFor column, UUID id) {
        queue("select subscription_id, meter_id, period, min(usage_date), ?1 from usage_record "
                + "where held_reason is not null and " + column.column + " = ?2 "
                + "group by subscription_id, meter_id, period", id);
    }

    /**
     * Groups the caller has at hand (those of usage records just stored, one entry a record): each queued once, from
     * its earliest day.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(Collection<RatingGroup> entries) {
        List<RatingGroup> groups = RatingGroup.earliest(entries);
        if (groups.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into rating_backlog (subscription_id, "
                    + "meter_id, period, from_day, queued_at) values (?, ?, ?, ?, ?)")) {
                for (RatingGroup group : groups) {
                    insert.setObject(1, group.subscriptionId());
                    insert.setString(2, group.meterId());
                    insert.setString(3, group.period());
                    insert.setObject(4, group.fromDay());
                    insert.setTimestamp(5, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        AfterCommit.run(transactions, worker::wakeUp);
    }

    /** What held usage may wait for, by the usage record's column that names it. */
    public enum HeldFor {
        PARTNER("partner_tenant_id"), CUSTOMER("customer_id"), SUBSCRIPTION("subscription_id");

        private final String column;

        HeldFor(String column) {
            this.column = column;
        }
    }

    /** For a change to what rating depends on: see {@link RatingInputsLock}. */
    private void queue(String groups, Object... parameters) {
        inputs.exclusive();
        var insert = em.createNativeQuery("insert into rating_backlog (subscription_id, meter_id, period, from_day, "
                + "queued_at) " + groups).setParameter(1, clock.instant());
        for (int i = 0; i < parameters.length; i++) {
            insert.setParameter(i + 2, parameters[i]);
        }
        if (insert.executeUpdate() > 0) {
            AfterCommit.run(transactions, worker::wakeUp);
        }
    }
}
