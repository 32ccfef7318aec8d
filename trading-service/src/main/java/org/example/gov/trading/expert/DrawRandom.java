package org.example.gov.trading.expert;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DrbgParameters;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The random numbers of a draw, expanded from its 32-byte seed: block {@code i} = SM3(seed ‖ i as 8 bytes big-endian),
 * read 4 bytes at a time as unsigned ints; {@link #below(int)} rejects values above the largest multiple of the bound
 * so every index is equally likely. The seed comes from a DRBG (see {@code ExpertConfiguration}) and is recorded with
 * the draw: anyone holding the record recomputes every choice (a hash-counter expansion, like Hash_DRBG's output
 * function), while before the draw nobody could predict it. Public: the expert draw and the random inspections
 * (inspection/, 双随机一公开) draw by the same rules from the same generator.
 */
public final class DrawRandom {

    public static final int SEED_BYTES = 32;

    private final byte[] seed;
    private long counter;
    private final ByteBuffer block = ByteBuffer.allocate(32);

    public DrawRandom(byte[] seed) {
        if (seed == null || seed.length != SEED_BYTES) {
            throw new IllegalArgumentException("a draw's seed is " + SEED_BYTES + " bytes");
        }
        this.seed = seed.clone();
        block.position(block.limit());
    }

    /**
     * A source of draw seeds: a DRBG (NIST SP 800-90A, the JDK's Hash_DRBG with SHA-256 by default) at 256-bit strength,
     * instantiated from the operating system's entropy and reseeded from it; personalised with {@code use} so each use
     * has its own stream.
     */
    public static SecureRandom seedSource(String use) throws NoSuchAlgorithmException {
        return SecureRandom.getInstance("DRBG", DrbgParameters.instantiation(256,
                DrbgParameters.Capability.RESEED_ONLY, use.getBytes(StandardCharsets.UTF_8)));
    }

    /** SM3 (hex) of the items' text forms, one per line: the hash a draw records of the list it drew from. */
    public static String listHash(List<?> items) {
        SM3Digest sm3 = new SM3Digest();
        for (Object item : items) {
            byte[] line = (item + "\n").getBytes(StandardCharsets.UTF_8);
            sm3.update(line, 0, line.length);
        }
        byte[] out = new byte[32];
        sm3.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    /**
     * {@code k} of {@code from}, in draw order: a partial Fisher–Yates shuffle driven by this stream, so every subset is
     * equally likely and the same seed over the same list picks the same items in the same order.
     */
    public <T> List<T> pick(List<T> from, int k) {
        List<T> a = new java.util.ArrayList<>(from);
        for (int i = 0; i < k; i++) {
            int j = i + below(a.size() - i);
            T t = a.get(i);
            a.set(i, a.get(j));
            a.set(j, t);
        }
        return List.copyOf(a.subList(0, k));
    }

    /** A uniform int in [0, bound). */
    public int below(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive");
        }
        long limit = (1L << 32) - ((1L << 32) % bound);
        while (true) {
            long value = nextUnsignedInt();
            if (value < limit) {
                return (int) (value % bound);
            }
        }
    }

    private long nextUnsignedInt() {
        if (block.remaining() < 4) {
            refill();
        }
        return Integer.toUnsignedLong(block.getInt());
    }

    private void refill() {
        SM3Digest sm3 = new SM3Digest();
        sm3.update(seed, 0, seed.length);
        byte[] c = ByteBuffer.allocate(8).putLong(counter++).array();
        sm3.update(c, 0, c.length);
        byte[] out = new byte[32];
        sm3.doFinal(out, 0);
        block.clear();
        block.put(out).flip();
    }
}
