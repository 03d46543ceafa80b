package org.partnercenter.billing.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.partnercenter.billing.price.PriceBooks;
import org.partnercenter.commons.sql.NativeValues;

/**
 * A pass over the backlog, in one transaction: take up to a batch of groups that are due and that no other pass
 * holds (skip locked), rate each with the prices complete now, and remove them. A group queued again while it is
 * rated waits on its backlog row until the pass commits, then is queued afresh: nothing queued is lost.
 */
@ApplicationScoped
public class RatingPass {

    private static final String COLUMNS = "select subscription_id, meter_id, period, from_day from rating_backlog ";

    private final EntityManager em;
    private final Clock clock;
    private final PriceBooks priceBooks;
    private final GroupRater rater;

    RatingPass(EntityManager em, Clock clock, PriceBooks priceBooks, GroupRater rater) {
        this.em = em;
        this.clock = clock;
        this.priceBooks = priceBooks;
        this.rater = rater;
    }

    /** @return the groups taken: rated, or none when one failed (the transaction is then rolled back) */
    @Transactional
    public List<RatingGroup> rate(int batchSize) {
        List<RatingGroup> groups = take(batchSize);
        if (!groups.isEmpty()) {
            PriceLookup prices = priceBooks.load();
            groups.forEach(group -> rateAndRemove(group, prices));
        }
        return groups;
    }

    /** The groups due now, unlocked: those a failed batch would have taken. */
    @Transactional
    public List<RatingGroup> due(int batchSize) {
        return groups(em.createNativeQuery(COLUMNS + "where queued_at <= ?1 order by queued_at limit ?2")
                .setParameter(1, clock.instant()).setParameter(2, batchSize));
    }

    /**
     * One group on its own, after its batch failed: whether it rates tells the good groups from the bad one. Its
     * backlog row is read again under lock, since its day may have moved since {@link #due} read it.
     */
    @Transactional
    public void rateAlone(RatingGroup group) {
        groups(em.createNativeQuery(COLUMNS + "where subscription_id = ?1 and meter_id = ?2 and period = ?3 "
                + "for update skip locked").setParameter(1, group.subscriptionId()).setParameter(2, group.meterId())
                .setParameter(3, group.period()))
                .forEach(fresh -> rateAndRemove(fresh, priceBooks.load()));
    }

    /** Puts a group that fails on its own after the others, due again in {@code delay}, so it stops no one. */
    @Transactional
    public void postpone(RatingGroup group, Duration delay) {
        em.createNativeQuery("update rating_backlog set queued_at = ?1 where subscription_id = ?2 and meter_id = ?3 "
                        + "and period = ?4").setParameter(1, clock.instant().plus(delay))
                .setParameter(2, group.subscriptionId()).setParameter(3, group.meterId())
                .setParameter(4, group.period()).executeUpdate();
    }

    private void rateAndRemove(RatingGroup group, PriceLookup prices) {
        rater.rate(group, prices);
        em.createNativeQuery("delete from rating_backlog where subscription_id = ?1 and meter_id = ?2 "
                + "and period = ?3").setParameter(1, group.subscriptionId()).setParameter(2, group.meterId())
                .setParameter(3, group.period()).executeUpdate();
    }

    private List<RatingGroup> take(int batchSize) {
        return groups(em.createNativeQuery(COLUMNS + "where queued_at <= ?1 order by queued_at limit ?2 "
                + "for update skip locked").setParameter(1, clock.instant()).setParameter(2, batchSize));
    }

    @SuppressWarnings("unchecked")
    private static List<RatingGroup> groups(Query query) {
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new RatingGroup((UUID) r[0], (String) r[1], (String) r[2],
                NativeValues.localDate(r[3]))).toList();
    }
}
