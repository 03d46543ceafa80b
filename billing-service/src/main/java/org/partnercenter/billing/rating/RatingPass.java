package org.partnercenter.billing.rating;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.partnercenter.billing.price.PriceBooks;
import org.partnercenter.commons.sql.NativeValues;

/**
 * One pass over the backlog, in one transaction: take up to a batch of groups no other pass holds (skip locked),
 * rate each with the prices complete now, and remove them. A group queued again while it is rated waits on its
 * backlog row until the pass commits, then is queued afresh: nothing queued is lost.
 */
@ApplicationScoped
public class RatingPass {

    private final EntityManager em;
    private final PriceBooks priceBooks;
    private final GroupRater rater;

    RatingPass(EntityManager em, PriceBooks priceBooks, GroupRater rater) {
        this.em = em;
        this.priceBooks = priceBooks;
        this.rater = rater;
    }

    /** @return the groups rated */
    @Transactional
    public int rate(int batchSize) {
        List<RatingGroup> groups = take(batchSize);
        if (groups.isEmpty()) {
            return 0;
        }
        PriceLookup prices = priceBooks.load();
        for (RatingGroup group : groups) {
            rater.rate(group, prices);
            em.createNativeQuery("delete from rating_backlog where subscription_id = ?1 and meter_id = ?2 "
                    + "and period = ?3").setParameter(1, group.subscriptionId()).setParameter(2, group.meterId())
                    .setParameter(3, group.period()).executeUpdate();
        }
        return groups.size();
    }

    @SuppressWarnings("unchecked")
    private List<RatingGroup> take(int batchSize) {
        List<Object[]> rows = em.createNativeQuery("select subscription_id, meter_id, period, from_day "
                + "from rating_backlog order by queued_at limit ?1 for update skip locked")
                .setParameter(1, batchSize).getResultList();
        return rows.stream().map(r -> new RatingGroup((UUID) r[0], (String) r[1], (String) r[2],
                NativeValues.localDate(r[3]))).toList();
    }
}
