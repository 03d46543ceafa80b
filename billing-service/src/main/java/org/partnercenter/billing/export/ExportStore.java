package org.partnercenter.billing.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.ByteArrayInputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Exports as stored: each write commits on its own (a new transaction), so a part's bytes reach the database one
 * chunk at a time while the export's snapshot stays open, and a failure is recorded even though the export's work
 * rolls back. An export is readable once {@link #ready}; until then, or once {@link #discard}ed, it is not.
 */
@ApplicationScoped
class ExportStore {

    private final EntityManager em;
    private final Clock clock;

    ExportStore(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Transactional(TxType.REQUIRES_NEW)
    void begin(ReconciliationExport export) {
        em.persist(export);
    }

    /**
     * JDBC's bytes, never an entity: a chunk is written and forgotten. Only while the export is being written: the
     * share lock on its row orders this insert with a sweep that gives the export up (which updates the row before
     * it deletes the bytes), so no chunk outlives the sweep, and a writer that was given up stops here.
     */
    @Transactional(TxType.REQUIRES_NEW)
    void writeChunk(UUID exportId, int partNumber, int chunkNumber, byte[] bytes, int length) {
        int written = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into reconciliation_export_chunk "
                    + "(export_id, part_number, chunk_number, bytes) select id, ?, ?, ? from reconciliation_export "
                    + "where id = ? and status = 'writing' for share")) {
                insert.setInt(1, partNumber);
                insert.setInt(2, chunkNumber);
                insert.setBinaryStream(3, new ByteArrayInputStream(bytes, 0, length), length);
                insert.setObject(4, exportId);
                return insert.executeUpdate();
            }
        });
        if (written == 0) {
            throw new IllegalStateException("export " + exportId + " is no longer being written: it was given up");
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    void addPart(UUID exportId, ExportPart written) {
        ReconciliationExportPart part = new ReconciliationExportPart();
        part.key = new ReconciliationExportPart.Key(exportId, written.number());
        part.name = written.name();
        part.rowCount = written.rowCount();
        part.byteCount = written.byteCount();
        part.sha256 = written.sha256();
        em.persist(part);
    }

    /** Every part is written: the export becomes readable, unless a sweep gave it up meanwhile. */
    @Transactional(TxType.REQUIRES_NEW)
    void ready(UUID exportId, long rowCount) {
        int updated = em.createQuery("update ReconciliationExport e set e.status = :ready, e.rowCount = :rows "
                        + "where e.id = :id and e.status = :writing").setParameter("ready", ReconciliationExport.READY)
                .setParameter("rows", rowCount).setParameter("id", exportId)
                .setParameter("writing", ReconciliationExport.WRITING).executeUpdate();
        if (updated == 0) {
            throw new IllegalStateException("export " + exportId + " is no longer being written: it was given up");
        }
    }

    /** The export failed: whatever it wrote goes, its row stays to say so. */
    @Transactional(TxType.REQUIRES_NEW)
    void discard(UUID exportId) {
        em.createQuery("update ReconciliationExport e set e.status = :failed where e.id = :id")
                .setParameter("failed", ReconciliationExport.FAILED).setParameter("id", exportId).executeUpdate();
        purge(List.of(exportId));
    }

    /**
     * Deletes the exports' bytes and parts (in the caller's transaction), keeping their rows. Their status is
     * changed first (no longer writing), so that a chunk written meanwhile waits for this transaction and then is not.
     */
    void purge(List<UUID> exportIds) {
        if (exportIds.isEmpty()) {
            return;
        }
        for (UUID id : exportIds) {
            em.createNativeQuery("delete from reconciliation_export_chunk where export_id = ?1").setParameter(1, id)
                    .executeUpdate();
        }
        em.createQuery("delete from ReconciliationExportPart p where p.key.exportId in :ids")
                .setParameter("ids", exportIds).executeUpdate();
        em.createQuery("update ReconciliationExport e set e.purgedAt = :now where e.id in :ids")
                .setParameter("now", clock.instant()).setParameter("ids", exportIds).executeUpdate();
    }

    List<ReconciliationExportPart> parts(UUID exportId) {
        return em.createQuery("from ReconciliationExportPart p where p.key.exportId = :id order by p.key.partNumber",
                ReconciliationExportPart.class).setParameter("id", exportId).getResultList();
    }

    int chunkCount(UUID exportId, int partNumber) {
        return ((Number) em.createNativeQuery("select count(*) from reconciliation_export_chunk where export_id = ?1 "
                        + "and part_number = ?2").setParameter(1, exportId).setParameter(2, partNumber)
                .getSingleResult()).intValue();
    }

    /** One chunk's bytes, in a transaction of its own: a download holds no transaction between chunks. */
    @Transactional
    byte[] chunk(UUID exportId, int partNumber, int chunkNumber) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("select bytes from "
                    + "reconciliation_export_chunk where export_id = ? and part_number = ? and chunk_number = ?")) {
                select.setObject(1, exportId);
                select.setInt(2, partNumber);
                select.setInt(3, chunkNumber);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getBytes(1) : null;
                }
            }
        });
    }
}
