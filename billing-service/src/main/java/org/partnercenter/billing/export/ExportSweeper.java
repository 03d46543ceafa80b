package org.partnercenter.billing.export;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Deletes the bytes no one may read any more: those of expired exports, of failed ones, and of exports whose writing
 * stopped with their process (their operation is no longer running). Each export's row stays, so that its reader is
 * told it expired or failed rather than that it never existed.
 */
@ApplicationScoped
class ExportSweeper {

    private static final Logger LOG = Logger.getLogger(ExportSweeper.class);

    private final EntityManager em;
    private final ExportStore store;
    private final Clock clock;

    ExportSweeper(EntityManager em, ExportStore store, Clock clock) {
        this.em = em;
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(identity = "expired-exports", every = "{partner-center.billing.exports.sweep-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void sweep() {
        List<UUID> gone = em.createQuery("select e.id from ReconciliationExport e where e.purgedAt is null and "
                        + "(e.expiresAt <= :now or e.status = :failed or (e.status = :writing and not exists "
                        + "(select 1 from Operation o where o.id = e.operationId and o.status = 'running')))",
                        UUID.class)
                .setParameter("now", clock.instant()).setParameter("failed", ReconciliationExport.FAILED)
                .setParameter("writing", ReconciliationExport.WRITING).getResultList();
        if (gone.isEmpty()) {
            return;
        }
        em.createQuery("update ReconciliationExport e set e.status = :failed where e.id in :ids and e.status = "
                        + ":writing").setParameter("failed", ReconciliationExport.FAILED)
                .setParameter("writing", ReconciliationExport.WRITING).setParameter("ids", gone).executeUpdate();
        store.purge(gone);
        LOG.infof("Deleted the files of %d expired, failed or abandoned exports", gone.size());
    }
}
