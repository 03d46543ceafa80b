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

    /** JDBC's bytes, never an entity: a chunk is written and forgotten. */
    @Transactional(TxType.REQUIRES_NEW)
    void writeChunk(UUID exportId, int partNumber, int chunkNumber, byte[] bytes, int length) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into reconciliation_export_chunk "
                    + "(export_id, part_number, chunk_number, bytes) values (?, ?, ?, ?)")) {
                insert.setObject(1, exportId);
                insert.setInt(2, partNumber);
                insert.setInt(3, chunkNumber);
                insert.setBinaryStream(4, new ByteArrayInputStream(bytes, 0, length), length);
                insert.executeUpdate();
            }
        });
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

    /** Every part is written: the export becomes readable. */
    @Transactional(TxType.REQUIRES_NEW)
    void ready(UUID exportId, long rowCount) {
        ReconciliationExport export = em.find(ReconciliationExport.class, exportId);
        export.status = ReconciliationExport.READY;
        export.rowCount = rowCount;
    }

    /** The export failed: whatever it wrote goes, its row stays to say so. */
    @Transactional(TxType.REQUIRES_NEW)
    void discard(UUID exportId) {
        purge(List.of(exportId));
        em.createQuery("update ReconciliationExport e set e.status = :failed where e.id = :id")
                .setParameter("failed", ReconciliationExport.FAILED).setParameter("id", exportId).executeUpdate();
    }

    /** Deletes the exports' bytes and parts (in the caller's transaction), keeping their rows. */
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
