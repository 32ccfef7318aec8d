package org.example.gov.hotline.open311.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A public list as rendered, and the same bytes gzipped once a client that accepts gzip has asked for it.
 * <p>
 * <b>Why gzip here and not in the server's compression.</b> A list of 1,000 requests is half a megabyte; copied as it
 * is through the gateway it cost the gateway more CPU per answer than the service spent on it when the list was kept
 * (bench/process-cpu.sh, README). Compressed once per kept list, every client that polls it afterwards gets the small
 * form for nothing; Tomcat's compression would compress it again for every answer. {@link Deflater#BEST_SPEED}: on
 * the demo's half-megabyte lists a millisecond or less by hand, against about twice that at the default level, for a
 * few percent smaller output. How much a list shrinks depends on its descriptions: the demo's come from templates and
 * shrink about thirty times; citizens' free text much less.
 */
final class RenderedList {

    /** Smaller bodies go as they are: a few hundred bytes gain nothing worth a header and a compression. */
    static final int GZIP_FROM_BYTES = 2048;

    private final byte[] body;
    private volatile byte[] gzipped;

    RenderedList(byte[] body) {
        this.body = body;
    }

    byte[] body() {
        return body;
    }

    /** Worth sending gzipped to a client that accepts it. */
    boolean compressible() {
        return body.length >= GZIP_FROM_BYTES;
    }

    /**
     * The body gzipped, made on first use and kept with the list. Two first callers at once may both compress it;
     * both get the same bytes, and that is cheaper than making every later caller take a lock.
     */
    byte[] gzipped() {
        byte[] kept = gzipped;
        if (kept == null) {
            kept = gzip(body);
            gzipped = kept;
        }
        return kept;
    }

    /** The heap this list may take in the cache: its body and room for its gzipped form (a small fraction of it). */
    int weight() {
        return body.length + body.length / 4;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 8 + 64);
        try (GZIPOutputStream gzip = new FastGzip(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // never: the stream is in memory
        }
        return out.toByteArray();
    }

    /** GZIPOutputStream at {@link Deflater#BEST_SPEED} (it offers no level of its own). */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(ByteArrayOutputStream out) throws IOException {
            super(out, 8192);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}
