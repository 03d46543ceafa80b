package org.partnercenter.billing.export;

import java.io.OutputStream;
import java.util.UUID;

/**
 * An export's parts stored in billing's database as they are written, one chunk (a transaction of its own) at a
 * time; {@code progress} runs after each chunk, so the export's operation shows it is alive.
 */
final class StoredParts implements PartOutput {

    private final ExportStore store;
    private final UUID exportId;
    private final int chunkBytes;
    private final Runnable progress;

    StoredParts(ExportStore store, UUID exportId, int chunkBytes, Runnable progress) {
        this.store = store;
        this.exportId = exportId;
        this.chunkBytes = chunkBytes;
        this.progress = progress;
    }

    @Override
    public OutputStream open(int number) {
        return new ChunkOutputStream(chunkBytes, (chunk, bytes, length) -> {
            store.writeChunk(exportId, number, chunk, bytes, length);
            progress.run();
        });
    }

    @Override
    public void finished(ExportPart part) {
        store.addPart(exportId, part);
    }
}
