package org.partnercenter.billing.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.partnercenter.billing.price.PriceBooks;
import org.partnercenter.commons.sql.NativeValues;

/**
 * A pass over the backlog, in one transaction: take up to a batch of due rows no other pass holds (skip locked),
 * rate each of their groups from its earliest day with the prices complete now, and delete the rows. A group
 * queued again meanwhile has a new row, taken by a later pass: nothing queued is lost, and queuing never waits.
 * Two passes (of two instances) never rate one group at once: each takes the group's advisory lock first. A pass
 * shares the {@link RatingInputsLock}, so that a change to what it rates with is either seen by it or sees it.
 */
@ApplicationScoped
public class RatingPass {

    private static final String DUE = "select id, subscription_id, meter_id, period, from_day from rating_backlog "
            + "where queued_at <= ?1 ";

    private final EntityManager em;
    private final Clock clock;
    private final PriceBooks priceBooks;
    private final GroupRater rater;
    private final RatingInputsLock inputs;

    RatingPass(EntityManager em, Clock clock, PriceBooks priceBooks, GroupRater rater, RatingInputsLock inputs) {
        this.em = em;
        this.clock = clock;
        this.priceBooks = priceBooks;
        this.rater = rater;
        this.inputs = inputs;
    }

    /**
     * @return the backlog rows taken and rated: as many as the batch when more may be waiting. Rows left for a later
     *         pass (a group another instance rates, a partner being closed) are not counted: a batch of only those
     *         must not make the worker spin on them while the close holds the partner.
     */
    @Transactional
    public int rate(int batchSize) {
        inputs.share();
        List<BacklogRows.Row> rows = rows(em.createNativeQuery(DUE + "order by id limit ?2 for update skip locked")
                .setParameter(1, clock.instant()).setParameter(2, batchSize));
        int left = 0;
        if (!rows.isEmpty()) {
            List<BacklogRows.Row> all = new ArrayList<>(rows);
            all.addAll(restOfTheirGroups(rows));
            // Only now, with every row taken: a row may stand for a price change, which the prices must include.
            PriceLookup prices = priceBooks.load();
            List<Long> done = new ArrayList<>();
            for (Map.Entry<RatingGroup, List<Long>> group : BacklogRows.groups(all).entrySet()) {
                List<Long> rated = rateGroup(group.getKey(), group.getValue(), prices);
                left += rated.isEmpty() ? group.getValue().size() : 0;
                done.addAll(rated);
            }
            remove(done);
        }
        return Math.max(0, rows.size() - left);
    }

    /** The groups due now, unlocked: those a failed batch would have taken. */
    @Transactional
    public List<RatingGroup> due(int batchSize) {
        return new ArrayList<>(BacklogRows.groups(rows(em.createNativeQuery(DUE + "order by id limit ?2")
                .setParameter(1, clock.instant()).setParameter(2, batchSize))).keySet());
    }

    /** One group on its own, after its batch failed: whether it rates tells the good groups from the bad one. */
    @Transactional
    public void rateAlone(RatingGroup group) {
        inputs.share();
        List<BacklogRows.Row> rows = rows(em.createNativeQuery(DUE + "and subscription_id = ?2 and meter_id = ?3 "
                        + "and period = ?4 for update skip locked").setParameter(1, clock.instant())
                .setParameter(2, group.subscriptionId()).setParameter(3, group.meterId())
                .setParameter(4, group.period()));
        PriceLookup prices = priceBooks.load();
        List<Long> done = new ArrayList<>();
        BacklogRows.groups(rows).forEach((fresh, ids) -> done.addAll(rateGroup(fresh, ids, prices)));
        remove(done);
    }

    /** Puts a group that fails on its own after the others, due again in {@code delay}, so it stops no one. */
    @Transactional
    public void postpone(RatingGroup group, Duration delay) {
        em.createNativeQuery("update rating_backlog set queued_at = ?1 where subscription_id = ?2 and meter_id = ?3 "
                        + "and period = ?4").setParameter(1, clock.instant().plus(delay))
                .setParameter(2, group.subscriptionId()).setParameter(3, group.meterId())
                .setParameter(4, group.period()).executeUpdate();
    }

    /**
     * The taken groups' other due rows, beyond the batch: one rating covers them (whatever they stand for is
     * visible now: a row commits with its usage or its price change), so a group queued by many events is rated
     * once. Rows another pass holds are skipped.
     */
    private List<BacklogRows.Row> restOfTheirGroups(List<BacklogRows.Row> taken) {
        List<RatingGroup> groups = new ArrayList<>(BacklogRows.groups(taken).keySet());
        return rows(em.createNativeQuery(DUE + "and (subscription_id, meter_id, period) in (select * from "
                        + "unnest(cast(?2 as uuid[]), cast(?3 as text[]), cast(?4 as text[]))) and id <> all(?5) "
                        + "for update skip locked").setParameter(1, clock.instant())
                .setParameter(2, groups.stream().map(RatingGroup::subscriptionId).toArray(UUID[]::new))
                .setParameter(3, groups.stream().map(RatingGroup::meterId).toArray(String[]::new))
                .setParameter(4, groups.stream().map(RatingGroup::period).toArray(String[]::new))
                .setParameter(5, taken.stream().map(BacklogRows.Row::id).toArray(Long[]::new)));
    }

    /**
     * A group another instance is rating right now, or whose partner is being closed, is left alone: its rows stay
     * for a later pass.
     *
     * @return the backlog rows the rating covered, to delete
     */
    private List<Long> rateGroup(RatingGroup group, List<Long> ids, PriceLookup prices) {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, BacklogRows.lockKey(group)).getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return List.of();
        }
        return rater.rate(group, prices) ? ids : List.of();
    }

    /** One statement for the whole pass. */
    private void remove(List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery("delete from rating_backlog where id = any(?1)")
                    .setParameter(1, ids.toArray(Long[]::new)).executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<BacklogRows.Row> rows(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new BacklogRows.Row(((Number) r[0]).longValue(), new RatingGroup((UUID) r[1],
                (String) r[2], (String) r[3], NativeValues.localDate(r[4])))).toList();
    }
}
