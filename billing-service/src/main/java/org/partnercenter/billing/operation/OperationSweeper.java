package org.partnercenter.billing.operation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Fails the operations that stopped moving: the process that ran one was killed (its work is in transactions of its
 * own, so nothing half-done remains), and its poller would otherwise wait on "running" for ever.
 */
@ApplicationScoped
class OperationSweeper {

    private static final Logger LOG = Logger.getLogger(OperationSweeper.class);

    private final EntityManager em;
    private final Clock clock;
    private final OperationsConfig config;

    OperationSweeper(EntityManager em, Clock clock, OperationsConfig config) {
        this.em = em;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(identity = "stale-operations", every = "{partner-center.billing.operations.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void failStale() {
        int failed = em.createQuery("update Operation o set o.status = :failed, o.errorCode = 'interrupted', "
                        + "o.errorMessage = :message, o.lastActionAt = :now where o.status = :running "
                        + "and o.lastActionAt < :stale")
                .setParameter("failed", OperationStatus.FAILED.wireName())
                .setParameter("running", OperationStatus.RUNNING.wireName())
                .setParameter("message", "The operation stopped making progress (billing-service was stopped while "
                        + "it ran). Whatever it finished is kept; start it again to do the rest.")
                .setParameter("now", clock.instant()).setParameter("stale", clock.instant().minus(config.staleAfter()))
                .executeUpdate();
        if (failed > 0) {
            LOG.warnf("Failed %d operations that had made no progress for %s", failed, config.staleAfter());
        }
    }
}
