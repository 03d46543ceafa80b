package org.partnercenter.billing.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.UUID;
import org.partnercenter.billing.invoice.Invoices;
import org.partnercenter.commons.caller.Caller;
import org.partnercenter.commons.error.ApiException;
import org.partnercenter.commons.input.Excerpt;

/**
 * An export's manifest and parts, for its owner only (the partner that asked, or the operator for its own): anyone
 * else gets the same 404 as for an id that does not exist. An export is readable once every part is written and
 * until it expires; then it answers 404 saying when it expired and how to get a new one.
 */
@ApplicationScoped
class ExportReads {

    /** A part to download: its size, and how many chunks hold its bytes. */
    record PartDownload(UUID exportId, int partNumber, long byteCount, int chunkCount) {
    }

    private final EntityManager em;
    private final ExportStore store;
    private final Clock clock;

    ExportReads(EntityManager em, ExportStore store, Clock clock) {
        this.em = em;
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    ExportManifestView manifest(Caller caller, String exportId) {
        Invoices.allow(caller);
        ReconciliationExport export = readable(caller, exportId);
        return ExportManifestView.of(export, store.parts(export.id));
    }

    @Transactional
    PartDownload part(Caller caller, String exportId, String name) {
        Invoices.allow(caller);
        ReconciliationExport export = readable(caller, exportId);
        return store.parts(export.id).stream().filter(part -> part.name.equals(name)).findFirst()
                .map(part -> new PartDownload(export.id, part.key.partNumber(), part.byteCount,
                        store.chunkCount(export.id, part.key.partNumber())))
                .orElseThrow(() -> ApiException.notFound("Export " + export.id + " has no part '" + Excerpt.of(name)
                        + "'. Its manifest, GET /v1" + ExportLinks.manifest(export.id) + ", lists its parts and "
                        + "their downloadLink."));
    }

    /**
     * Writes the part's bytes as stored, chunk after chunk, each read in a transaction of its own. A chunk gone
     * meanwhile (the export expired and was swept) breaks the download off: it never ends like a whole file.
     */
    void write(PartDownload part, OutputStream out) throws IOException {
        for (int chunk = 1; chunk <= part.chunkCount(); chunk++) {
            byte[] bytes = store.chunk(part.exportId(), part.partNumber(), chunk);
            if (bytes == null) {
                throw new IOException("chunk " + chunk + " of part " + part.partNumber() + " of export "
                        + part.exportId() + " is gone");
            }
            out.write(bytes);
        }
    }

    private ReconciliationExport readable(Caller caller, String id) {
        UUID key = parse(id);
        ReconciliationExport export = key == null ? null : em.find(ReconciliationExport.class, key);
        if (export == null || export.ownerIsOperator != caller.isOperator()
                || !export.ownerTenantId.equals(caller.partnerTenantId())) {
            throw ApiException.notFound("No export '" + Excerpt.of(id) + "' of yours exists. Request one with POST "
                    + "/v1/invoices/{invoiceId}/exports or /v1/invoices/unbilled/exports; its operation's "
                    + "resourceLocation names the export once it is written.");
        }
        if (!clock.instant().isBefore(export.expiresAt)) {
            throw ApiException.notFound("Export " + export.id + " expired at " + export.expiresAt + " and its files "
                    + "are deleted. Request a new export with POST /v1" + again(export) + ".");
        }
        if (ReconciliationExport.FAILED.equals(export.status)) {
            throw ApiException.notFound("Export " + export.id + " failed and nothing of it is kept. Request a new "
                    + "export with POST /v1" + again(export) + ".");
        }
        if (!ReconciliationExport.READY.equals(export.status)) {
            throw ApiException.notFound("Export " + export.id + " is still being written: poll its operation, GET "
                    + "/v1/operations/" + export.operationId + ", until it succeeds.");
        }
        return export;
    }

    private static String again(ReconciliationExport export) {
        return export.invoiceId != null ? "/invoices/" + export.invoiceId + "/exports" : "/invoices/unbilled/exports";
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
