package org.partnercenter.customer.migration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Records a job's progress row by row, each in its own short transaction, so readers see it move. */
@ApplicationScoped
class MigrationProgress {

    private final EntityManager em;
    private final Clock clock;

    MigrationProgress(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void rowDone(UUID jobId, MigrationRowImporter.Outcome outcome) {
        em.createNativeQuery("update migration_job set processed_rows = processed_rows + 1, "
                        + "imported_rows = imported_rows + ?2, skipped_rows = skipped_rows + ?3 where id = ?1")
                .setParameter(1, jobId)
                .setParameter(2, outcome == MigrationRowImporter.Outcome.IMPORTED ? 1 : 0)
                .setParameter(3, outcome == MigrationRowImporter.Outcome.SKIPPED ? 1 : 0)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void rowFailed(UUID jobId, int line, String reason) {
        em.createNativeQuery("insert into migration_job_error (job_id, line, reason) values (?1, ?2, ?3) "
                        + "on conflict do nothing")
                .setParameter(1, jobId).setParameter(2, line).setParameter(3, reason).executeUpdate();
        em.createNativeQuery("update migration_job set processed_rows = processed_rows + 1, "
                        + "failed_rows = failed_rows + 1 where id = ?1")
                .setParameter(1, jobId).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finish(UUID jobId, MigrationJob.Status status) {
        MigrationJob job = em.find(MigrationJob.class, jobId);
        job.status = status;
        job.finishedAt = clock.instant();
    }

    @Transactional
    List<MigrationJobView.RowError> errors(UUID jobId) {
        List<Object[]> rows = em.createNativeQuery("select line, reason from migration_job_error where job_id = ?1 "
                        + "order by line", Object[].class).setParameter(1, jobId).getResultList();
        return rows.stream().map(r -> new MigrationJobView.RowError(((Number) r[0]).intValue(), (String) r[1]))
                .toList();
    }
}
