package org.partnercenter.customer.migration;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.partnercenter.commons.caller.Access;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.events.EventJson;

/** Accepts migration files and answers their jobs' progress, to the partner that submitted them only. */
@ApplicationScoped
public class MigrationJobs {

    static final int MAX_ROWS = 50_000;

    private final EntityManager em;
    private final MigrationProgress progress;
    private final Clock clock;

    MigrationJobs(EntityManager em, MigrationProgress progress, Clock clock) {
        this.em = em;
        this.progress = progress;
        this.clock = clock;
    }

    /** The file is read only after the caller's rights are checked: a caller without them learns nothing of it. */
    @Transactional
    public MigrationJob submit(Caller caller, String format, MigrationFile file) throws JsonProcessingException {
        caller.require(Access.CUSTOMER_WRITE);
        List<MigrationRow> rows = file.rows();
        if (rows.isEmpty() || rows.size() > MAX_ROWS) {
            throw ApiException.badRequest("A migration file holds 1 to " + MAX_ROWS + " customers, got " + rows.size()
                    + ". Split larger files.", List.of("body"));
        }
        MigrationJob job = new MigrationJob();
        job.id = UUID.randomUUID();
        job.partnerTenantId = caller.partnerTenantId();
        job.format = format;
        job.status = MigrationJob.Status.RUNNING;
        job.rowsJson = json(rows);
        job.totalRows = rows.size();
        job.createdAt = clock.instant();
        em.persist(job);
        return job;
    }

    @Transactional
    public MigrationJobView view(Caller caller, UUID jobId) {
        caller.require(Access.CUSTOMER_READ);
        MigrationJob job = em.find(MigrationJob.class, jobId);
        if (job == null || !job.partnerTenantId.equals(caller.partnerTenantId())) {
            throw ApiException.notFound("No migration job " + jobId + " exists for this partner.");
        }
        return MigrationJobView.of(job, progress.errors(jobId));
    }

    private static String json(List<MigrationRow> rows) {
        try {
            return EventJson.mapper().writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("migration rows cannot be written", e);
        }
    }
}
