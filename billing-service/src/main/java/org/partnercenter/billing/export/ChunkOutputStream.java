package org.partnercenter.billing.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Cuts a stream into chunks of a fixed size (the last one shorter) and hands each to its store as it fills: at most
 * one chunk is ever held. {@link #flush()} stores nothing early, so every chunk but the last is whole.
 */
final class ChunkOutputStream extends OutputStream {

    /** Stores one chunk; the array is reused once it returns. */
    @FunctionalInterface
    interface ChunkStore {
        void store(int chunkNumber, byte[] bytes, int length) throws IOException;
    }

    private final byte[] buffer;
    private final ChunkStore store;
    private int filled;
    private int chunks;
    private boolean closed;

    ChunkOutputStream(int chunkBytes, ChunkStore store) {
        this.buffer = new byte[chunkBytes];
        this.store = store;
    }

    @Override
    public void write(int b) throws IOException {
        if (filled == buffer.length) {
            emit();
        }
        buffer[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        while (length > 0) {
            if (filled == buffer.length) {
                emit();
            }
            int taken = Math.min(length, buffer.length - filled);
            System.arraycopy(bytes, offset, buffer, filled, taken);
            filled += taken;
            offset += taken;
            length -= taken;
        }
    }

    /** Stores the last chunk. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            if (filled > 0) {
                emit();
            }
        }
    }

    private void emit() throws IOException {
        store.store(++chunks, buffer, filled);
        filled = 0;
    }
}
