package org.example.gov.trading.expert;

import java.nio.ByteBuffer;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The random numbers of a draw, expanded from its 32-byte seed: block {@code i} = SM3(seed ‖ i as 8 bytes big-endian),
 * read 4 bytes at a time as unsigned ints; {@link #below(int)} rejects values above the largest multiple of the bound
 * so every index is equally likely. The seed comes from a DRBG (see {@code ExpertConfiguration}) and is recorded with
 * the draw: anyone holding the record recomputes every choice (a hash-counter expansion, like Hash_DRBG's output
 * function), while before the draw nobody could predict it.
 */
final class DrawRandom {

    static final int SEED_BYTES = 32;

    private final byte[] seed;
    private long counter;
    private final ByteBuffer block = ByteBuffer.allocate(32);

    DrawRandom(byte[] seed) {
        if (seed == null || seed.length != SEED_BYTES) {
            throw new IllegalArgumentException("a draw's seed is " + SEED_BYTES + " bytes");
        }
        this.seed = seed.clone();
        block.position(block.limit());
    }

    /** A uniform int in [0, bound). */
    int below(int bound) {
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
