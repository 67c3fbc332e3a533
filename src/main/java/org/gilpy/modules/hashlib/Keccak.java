package org.gilpy.modules.hashlib;

/**
 * The Keccak-f[1600] sponge of FIPS 202, as SHAKE128 and SHAKE256 (extendable output,
 * domain bits 1111) and the SHA-3 digests (domain bits 01). Input is XORed into the
 * state as it arrives; {@link #squeeze} pads and permutes a copy, so the sponge keeps
 * absorbing afterwards. The round constants and rotation offsets are computed from the
 * standard's definitions (the rc LFSR and the (x, y) walk) when the class loads.
 */
final class Keccak extends Engine {
    private static final long[] RC = new long[24];
    /** Rotation offset of lane x + 5y. */
    private static final int[] RHO = new int[25];

    static {
        for (int round = 0; round < 24; round++) {
            long rc = 0;
            for (int j = 0; j <= 6; j++) {
                if (rcBit(j + 7 * round)) rc |= 1L << ((1 << j) - 1);
            }
            RC[round] = rc;
        }
        int x = 1, y = 0;
        for (int t = 0; t < 24; t++) {
            RHO[x + 5 * y] = ((t + 1) * (t + 2) / 2) % 64;
            int nx = y;
            y = (2 * x + 3 * y) % 5;
            x = nx;
        }
    }

    /** FIPS 202 Algorithm 5, rc(t): the output bit of the LFSR x^8 + x^6 + x^5 + x^4 + 1. */
    private static boolean rcBit(int t) {
        int r = 1;      // bit i is R[i]
        for (int i = 0; i < t % 255; i++) {
            r <<= 1;
            if ((r & 0x100) != 0) r ^= 0x171;   // R[0], R[4], R[5], R[6] ^= R[8]; drop R[8]
        }
        return (r & 1) != 0;
    }

    private final long[] a;
    private final int rate;          // bytes absorbed per permutation
    private final byte suffix;       // domain bits with the first padding bit
    private final int digestSize;    // 0: extendable output
    private int pos;                 // bytes of the current block absorbed

    private Keccak(long[] a, int rate, byte suffix, int digestSize, int pos) {
        this.a = a;
        this.rate = rate;
        this.suffix = suffix;
        this.digestSize = digestSize;
        this.pos = pos;
    }

    /** SHAKE128 (bits 128) or SHAKE256 (bits 256). */
    static Keccak shake(int bits) {
        return new Keccak(new long[25], 200 - bits / 4, (byte) 0x1f, 0);
    }

    /** SHA3-224, -256, -384 or -512. */
    static Keccak sha3(int bits) {
        return new Keccak(new long[25], 200 - bits / 4, (byte) 0x06, bits / 8);
    }

    private Keccak(long[] a, int rate, byte suffix, int digestSize) {
        this(a, rate, suffix, digestSize, 0);
    }

    @Override
    void update(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
            a[pos >> 3] ^= (b[off + i] & 0xffL) << ((pos & 7) << 3);
            if (++pos == rate) {
                permute(a);
                pos = 0;
            }
        }
    }

    @Override
    byte[] digest() {
        return squeeze(digestSize);
    }

    /** The first {@code n} bytes of output for the data so far. */
    byte[] squeeze(int n) {
        long[] s = a.clone();
        s[pos >> 3] ^= (suffix & 0xffL) << ((pos & 7) << 3);
        s[(rate - 1) >> 3] ^= 0x80L << (((rate - 1) & 7) << 3);
        byte[] out = new byte[n];
        for (int done = 0; done < n; ) {
            permute(s);
            for (int i = 0; i < rate && done < n; i++, done++) {
                out[done] = (byte) (s[i >> 3] >>> ((i & 7) << 3));
            }
        }
        return out;
    }

    @Override
    Engine copy() {
        return new Keccak(a.clone(), rate, suffix, digestSize, pos);
    }

    @Override
    int digestSize() {
        return digestSize;
    }

    @Override
    int blockSize() {
        return rate;
    }

    /** Keccak-f[1600]: 24 rounds of theta, rho and pi, chi, iota. */
    private static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) a[x + y] ^= d;
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], RHO[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            a[0] ^= RC[round];
        }
    }
}
