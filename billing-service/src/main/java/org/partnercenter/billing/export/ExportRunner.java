package org.partnercenter.billing.export;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import org.partnercenter.billing.operation.Operation;
import org.partnercenter.billing.operation.OperationKind;
import org.partnercenter.billing.operation.Operations;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.json.WireEnums;
import org.partnercenter.commons.request.Correlation;

/**
 * Runs exports off the request thread as operations their callers poll, as the close runs: the export row is stored
 * (writing) with the operation, its parts are written in the background, and only then is it readable and the
 * operation succeeded with the manifest's location. A failure deletes what was written and fails the operation.
 */
@ApplicationScoped
class ExportRunner {

    private static final Logger LOG = Logger.getLogger(ExportRunner.class);

    private final Operations operations;
    private final ExportStore store;
    private final ReconciliationExporter exporter;
    private final ExportsConfig config;
    private final ExecutorService executor;

    ExportRunner(Operations operations, ExportStore store, ReconciliationExporter exporter, ExportsConfig config) {
        this.operations = operations;
        this.store = store;
        this.exporter = exporter;
        this.config = config;
        this.executor = Executors.newFixedThreadPool(config.workers(), runnable -> {
            Thread thread = new Thread(runnable, "reconciliation-export");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** @param billingPeriod {@code current} or {@code last} for unbilled lines, else null */
    Operation start(Caller caller, ExportedLines lines, ExportLayout layout, String billingPeriod) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("attributeSet", WireEnums.wireName(layout.attributeSet()));
        request.put("format", WireEnums.wireName(layout.format()));
        request.put("partnerTenantId", lines.partnerTenantId().toString());
        request.put("currencyCode", lines.currencyCode());
        if (lines.invoiceId() != null) {
            request.put("invoiceId", lines.invoiceId());
        } else {
            request.put("billingPeriod", billingPeriod);
            request.put("month", lines.month().toString());
        }
        Operation operation = operations.start(OperationKind.RECONCILIATION_EXPORT, caller, request);
        ReconciliationExport export = export(operation, lines, layout, billingPeriod);
        store.begin(export);
        // The export's logs name the request that started it, as a request's own would.
        String correlationId = Correlation.correlationId().orElse(null);
        String requestId = Correlation.requestId().orElse(null);
        executor.submit(() -> {
            Correlation.set(correlationId, requestId);
            try {
                run(operation.id, export.id, lines, layout);
            } finally {
                Correlation.clear();
            }
        });
        return operation;
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    private void run(UUID operationId, UUID exportId, ExportedLines lines, ExportLayout layout) {
        try {
            ExportTotals totals = exporter.export(lines, layout, config.rowsPerPart(),
                    new StoredParts(store, exportId, config.chunkBytes(), () -> operations.touch(operationId)));
            store.ready(exportId, totals.rowCount());
            LOG.infof("Export %s: %d rows in %d parts", exportId, totals.rowCount(), totals.parts().size());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Export %s (operation %s) failed", exportId, operationId);
            outcome(operationId, () -> store.discard(exportId));
            outcome(operationId, () -> operations.fail(operationId, "export_failed", "The export stopped ("
                    + e.getMessage() + ") and nothing of it is kept: request the export again."));
            return;
        }
        outcome(operationId, () -> operations.succeed(operationId, ExportLinks.manifest(exportId)));
    }

    /** The sweeper may have failed an operation that seemed stuck: its outcome is then only logged, never lost. */
    private static void outcome(UUID operationId, Runnable outcome) {
        try {
            outcome.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "The outcome of operation %s could not be recorded", operationId);
        }
    }

    private ReconciliationExport export(Operation operation, ExportedLines lines, ExportLayout layout,
            String billingPeriod) {
        ReconciliationExport export = new ReconciliationExport();
        export.id = UUID.randomUUID();
        export.operationId = operation.id;
        export.ownerTenantId = operation.ownerTenantId;
        export.ownerIsOperator = operation.ownerIsOperator;
        export.partnerTenantId = lines.partnerTenantId();
        export.invoiceId = lines.invoiceId();
        export.billingPeriod = billingPeriod;
        export.currencyCode = lines.currencyCode();
        export.attributeSet = WireEnums.wireName(layout.attributeSet());
        export.dataFormat = WireEnums.wireName(layout.format());
        export.status = ReconciliationExport.WRITING;
        export.createdAt = operation.createdAt;
        export.expiresAt = export.createdAt.plus(config.expireAfter());
        return export;
    }
}
