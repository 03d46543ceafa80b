package org.partnercenter.bench;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Deflater;

/**
 * What gzip alone costs an export: the unzipped bytes of a downloaded part, as they are read, compressed again at the
 * fastest level (the exporter's) into nothing, on one thread, timing only the compression. No export of these bytes
 * can take less CPU than this, whatever it does before gzip.
 */
final class GzipFloor extends FilterInputStream {

    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    private final byte[] out = new byte[1 << 16];
    private long bytes;
    private long nanos;

    GzipFloor(InputStream unzipped) {
        super(unzipped);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            bytes += n;
            long start = System.nanoTime();
            deflater.setInput(b, off, n);
            while (!deflater.needsInput()) {
                deflater.deflate(out, 0, out.length, Deflater.NO_FLUSH);
            }
            nanos += System.nanoTime() - start;
        }
        return n;
    }

    /** Ends the compression (timed too). */
    @Override
    public void close() throws IOException {
        long start = System.nanoTime();
        deflater.finish();
        while (!deflater.finished()) {
            deflater.deflate(out);
        }
        deflater.end();
        nanos += System.nanoTime() - start;
        super.close();
    }

    long bytes() {
        return bytes;
    }

    long nanos() {
        return nanos;
    }
}
