package org.partnercenter.customer.migration;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.caller.CallerScope;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.events.EventJson;
import org.partnercenter.commons.transaction.AfterCommit;

/**
 * Runs migration jobs in the background, one row at a time: a file of thousands of customers must not
 * hold an HTTP request open, and a bad row must not undo the good ones.
 */
@ApplicationScoped
class MigrationRunner {

    private static final Logger LOG = Logger.getLogger(MigrationRunner.class);
    private static final TypeReference<List<MigrationRow>> ROWS = new TypeReference<>() {
    };

    private final MigrationRowImporter importer;
    private final MigrationProgress progress;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "migration-job");
        thread.setDaemon(true);
        return thread;
    });

    private final TransactionSynchronizationRegistry transactions;

    MigrationRunner(MigrationRowImporter importer, MigrationProgress progress,
            TransactionSynchronizationRegistry transactions) {
        this.importer = importer;
        this.progress = progress;
        this.transactions = transactions;
    }

    /**
     * Runs the job once the transaction that stored it has committed: started earlier, the job's thread did
     * not see the job's row yet and failed on its first bad row; started after a rollback, it ran a job that
     * was never stored.
     */
    void start(UUID jobId, String rowsJson, Caller caller, CallerScope scope) {
        AfterCommit.run(transactions, () -> executor.submit(() -> run(jobId, rowsJson, caller, scope)));
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    private void run(UUID jobId, String rowsJson, Caller caller, CallerScope scope) {
        try {
            for (MigrationRow row : EventJson.mapper().readValue(rowsJson, ROWS)) {
                try {
                    progress.rowDone(jobId, importer.importRow(caller, scope, row));
                } catch (ApiException e) {
                    progress.rowFailed(jobId, row.line(), e.getMessage());
                }
            }
            progress.finish(jobId, MigrationJob.Status.COMPLETED);
        } catch (Exception e) {
            LOG.errorf(e, "Migration job %s failed", jobId);
            progress.finish(jobId, MigrationJob.Status.FAILED);
        }
    }
}
