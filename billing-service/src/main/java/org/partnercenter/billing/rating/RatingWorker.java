package org.partnercenter.billing.rating;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;
import org.partnercenter.commons.retry.RetryPolicy;
import org.partnercenter.commons.retry.Sleeper;
import org.partnercenter.commons.sql.DatabaseOutages;
import org.partnercenter.commons.work.DrainLoop;

/**
 * Rates the backlog on a thread of its own for the life of the service, a pass (a transaction) at a time, woken by
 * the commits that queue work. Several instances share the backlog: each pass takes its groups with skip locked.
 */
@ApplicationScoped
public class RatingWorker {

    private static final Logger LOG = Logger.getLogger(RatingWorker.class);

    private final RatingConfig config;
    private final RatingPass pass;
    private final DrainLoop loop;

    RatingWorker(RatingConfig config, RatingPass pass, Sleeper sleeper) {
        this.config = config;
        this.pass = pass;
        this.loop = new DrainLoop("rating-worker", config.pollInterval(),
                new RetryPolicy(RetryPolicy.WITHOUT_END, config.minBackoff(), config.maxBackoff()), sleeper);
    }

    void start(@Observes StartupEvent started) {
        if (!config.enabled()) {
            LOG.info("Rating worker disabled (partner-center.billing.rating.enabled=false)");
            return;
        }
        loop.start(this::ratePass);
    }

    /**
     * A batch in one transaction; if it fails, each of its groups alone, so that one group that cannot be rated
     * (a fault to find in its log) is postponed and the others are not held up by it.
     *
     * @return whether the batch was full: more may be waiting
     */
    boolean ratePass() {
        try {
            return pass.rate(config.batchSize()) >= config.batchSize();
        } catch (RuntimeException batchFailed) {
            if (DatabaseOutages.isOutage(batchFailed)) {
                throw batchFailed; // no group's fault: the loop backs off and the batch is taken again
            }
            LOG.warnf("A rating pass failed (%s); rating its groups one by one", batchFailed.getMessage());
            return rateOneByOne();
        }
    }

    private boolean rateOneByOne() {
        List<RatingGroup> due = pass.due(config.batchSize());
        for (RatingGroup group : due) {
            try {
                pass.rateAlone(group);
            } catch (RuntimeException failed) {
                LOG.errorf(failed, "Rating %s failed; postponed by %s", group, config.failedGroupDelay());
                pass.postpone(group, config.failedGroupDelay());
            }
        }
        return due.size() >= config.batchSize();
    }

    void stop(@Observes ShutdownEvent stopped) throws InterruptedException {
        loop.stop(Duration.ofSeconds(15));
    }

    /** After a commit that queued work: rate it within milliseconds. */
    public void wakeUp() {
        loop.wakeUp();
    }
}
