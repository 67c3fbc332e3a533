package org.gilpy.modules.hashlib;

import java.math.BigInteger;
import org.gilpy.modules.hashlib.Algorithms.Algo;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.vm.Blocking;

/**
 * The key-derivation functions of {@code _hashlib}: {@code pbkdf2_hmac} (PBKDF2 of RFC 8018
 * over {@link Hmac}) and {@code scrypt} (RFC 7914: PBKDF2-HMAC-SHA256, ROMix and
 * Salsa20/8), with CPython's argument checks and the messages OpenSSL 3 gives CPython for
 * parameters it refuses (scrypt's memory limit defaults to 32 MiB, as OpenSSL's does).
 * The derivations run without the GIL, as CPython's do: they touch only private arrays.
 */
final class Kdf {
    private Kdf() {}

    private static final int INT_MAX = Integer.MAX_VALUE;

    /** pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None). */
    static PyObject pbkdf2Hmac(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("pbkdf2_hmac", args, kwnames,
                new String[] {"hash_name", "password", "salt", "iterations", "dklen"}, 4);
        if (!(a[0] instanceof PyStr name)) {
            throw PyErr.typeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s",
                    a[0] == PyNone.NONE ? "None" : a[0].type.tpName());
        }
        byte[] password = HashlibModule.bytes(a[1]);
        byte[] salt = HashlibModule.bytes(a[2]);
        long iterations = PyInt.asLong(a[3]);
        boolean defaultLength = a[4] == null || a[4] == PyNone.NONE;
        long dklen = defaultLength ? 0 : PyInt.asLong(a[4]);
        Algo algo = HashlibModule.algorithm(name.value);
        if (iterations < 1) throw PyErr.valueError("iteration value must be greater than 0.");
        if (iterations > INT_MAX) throw PyErr.overflowError("iteration value is too great.");
        if (defaultLength) {
            dklen = algo.start().digestSize();
        } else {
            if (dklen < 1) throw PyErr.valueError("key length must be greater than 0.");
            if (dklen > INT_MAX) throw PyErr.overflowError("key length is too great.");
        }
        if (algo.xof()) throw PyErr.valueError("no reason supplied");
        int length = (int) dklen;
        try {
            return PyBytes.wrap(Blocking.call(() -> pbkdf2(algo, password, salt, iterations, length)));
        } catch (OutOfMemoryError e) {
            throw PyErr.memoryError();
        }
    }

    static byte[] pbkdf2(Algo algo, byte[] password, byte[] salt, long iterations, int dklen) {
        Hmac prf = new Hmac(algo, password);
        int hlen = prf.length();
        byte[] out = new byte[dklen];
        byte[] counter = new byte[4];
        for (int block = 1, at = 0; at < dklen; block++, at += hlen) {
            Engine.putBe32(counter, 0, block);
            byte[] u = prf.mac(salt, counter);
            byte[] t = u.clone();
            for (long i = 1; i < iterations; i++) {
                u = prf.mac(u, null);
                for (int j = 0; j < hlen; j++) t[j] ^= u[j];
            }
            System.arraycopy(t, 0, out, at, Math.min(hlen, dklen - at));
        }
        return out;
    }

    /** HMAC (RFC 2104) with the inner and outer pads absorbed once. */
    static final class Hmac {
        private final Engine inner, outer;

        Hmac(Algo algo, byte[] key) {
            Engine e = algo.start();
            int block = e.blockSize();
            if (key.length > block) {
                e.update(key);
                key = e.digest();
            }
            byte[] ipad = new byte[block], opad = new byte[block];
            for (int i = 0; i < block; i++) {
                byte k = i < key.length ? key[i] : 0;
                ipad[i] = (byte) (k ^ 0x36);
                opad[i] = (byte) (k ^ 0x5c);
            }
            inner = algo.start();
            inner.update(ipad);
            outer = algo.start();
            outer.update(opad);
        }

        int length() {
            return inner.digestSize();
        }

        /** A copy of the engine that has absorbed the key XOR ipad. */
        Engine inner() {
            return inner.copy();
        }

        /** A copy of the engine that has absorbed the key XOR opad. */
        Engine outer() {
            return outer.copy();
        }

        byte[] mac(byte[] a, byte[] b) {
            Engine i = inner.copy(), o = outer.copy();
            i.update(a);
            if (b != null) i.update(b);
            o.update(i.finish());
            return o.finish();
        }
    }

    // ---- scrypt ---------------------------------------------------------------------------

    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private static final long DEFAULT_MAXMEM = 32L * 1024 * 1024;

    /** scrypt(password, *, salt, n, r, p, maxmem=0, dklen=64). */
    static PyObject scrypt(PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        if (npos > 1) throw PyErr.typeError("scrypt() takes exactly 1 positional argument (%d given)", npos);
        PyObject[] a = ArgParser.parse("scrypt", args, kwnames,
                new String[] {"password", "salt", "n", "r", "p", "maxmem", "dklen"}, 1);
        byte[] password = HashlibModule.bytes(a[0]);
        byte[] salt = a[1] == null ? null : HashlibModule.bytes(a[1]);
        PyInt nArg = integer("n", a[2]), rArg = integer("r", a[3]), pArg = integer("p", a[4]);
        long maxmem = a[5] == null ? 0 : PyInt.asLong(a[5]);
        long dklen = a[6] == null ? 64 : PyInt.asLong(a[6]);
        if (salt == null) throw PyErr.typeError("salt is required");
        long n = unsigned("n", nArg);
        if (Long.compareUnsigned(n, 2) < 0 || (n & (n - 1)) != 0) throw PyErr.valueError("n must be a power of 2.");
        long r = unsigned("r", rArg);
        long p = unsigned("p", pArg);
        if (maxmem < 0 || maxmem > INT_MAX) {
            throw PyErr.valueError("maxmem must be positive and smaller than %d", INT_MAX);
        }
        if (dklen < 1 || dklen > INT_MAX) {
            throw PyErr.valueError("dklen must be greater than 0 and smaller than %d", INT_MAX);
        }
        if (Long.compareUnsigned(r, 0xffffffffL) > 0 || Long.compareUnsigned(p, 0xffffffffL) > 0) {
            throw PyErr.valueError("[digital envelope routines] parameter too large");
        }
        if (r == 0 || p == 0) throw PyErr.valueError("Invalid parameter combination for n, r, p, maxmem.");
        long limit = maxmem == 0 ? DEFAULT_MAXMEM : maxmem;
        // RFC 7914: N < 2^(128 r / 8); and V (128 r N bytes) with B (128 r p) within maxmem
        boolean tooBig = 16 * r < 64 && Long.compareUnsigned(n, 1L << (16 * r)) >= 0;
        BigInteger memory = BigInteger.valueOf(128 * r).multiply(new BigInteger(Long.toUnsignedString(n))
                .add(BigInteger.valueOf(2 + p)));
        if (tooBig || memory.compareTo(BigInteger.valueOf(limit)) > 0) {
            throw PyErr.valueError("[digital envelope routines] memory limit exceeded");
        }
        try {
            int ni = (int) n, ri = (int) r, pi = (int) p, length = (int) dklen;
            return PyBytes.wrap(Blocking.call(() -> scrypt(password, salt, ni, ri, pi, length)));
        } catch (OutOfMemoryError e) {
            throw PyErr.memoryError();
        }
    }

    /** The int given for n, r or p (null when absent), or the TypeError of a non-int. */
    private static PyInt integer(String name, PyObject o) {
        if (o == null || o instanceof PyInt) return (PyInt) o;
        String type = o == PyNone.NONE ? "None" : o.type.name;
        throw PyErr.typeError("scrypt() argument '%s' must be int, not %s", name, type);
    }

    /** An unsigned 64-bit value of n, r or p (bits as a long); absent or out of range is a TypeError. */
    private static long unsigned(String name, PyInt i) {
        BigInteger v = i == null ? null : i.toBig();
        if (v == null || v.signum() < 0 || v.compareTo(TWO_64) >= 0) {
            throw PyErr.typeError("%s is required and must be an unsigned int", name);
        }
        return v.longValue();
    }

    /** RFC 7914 section 6, for parameters already within the memory limit. */
    static byte[] scrypt(byte[] password, byte[] salt, int n, int r, int p, int dklen) {
        Algo sha256 = Algorithms.BY_PYTHON_NAME.get("sha256");
        int blockLen = 128 * r;
        byte[] b = pbkdf2(sha256, password, salt, 1, blockLen * p);
        int words = 32 * r;
        int[] x = new int[words];
        int[] v = new int[words * n];
        int[] scratch = new int[words];
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < words; k++) x[k] = Engine.le32(b, i * blockLen + 4 * k);
            roMix(x, v, scratch, n, r);
            for (int k = 0; k < words; k++) Engine.putLe32(b, i * blockLen + 4 * k, x[k]);
        }
        return pbkdf2(sha256, password, b, 1, dklen);
    }

    /** scryptROMix: fills v with the successive BlockMix outputs, then walks it by Integerify. */
    private static void roMix(int[] x, int[] v, int[] scratch, int n, int r) {
        int words = 32 * r;
        for (int i = 0; i < n; i++) {
            System.arraycopy(x, 0, v, i * words, words);
            blockMix(x, scratch, r);
        }
        for (int i = 0; i < n; i++) {
            int j = x[(2 * r - 1) * 16] & (n - 1);      // Integerify mod N, N a power of 2 below 2^31
            for (int k = 0; k < words; k++) x[k] ^= v[j * words + k];
            blockMix(x, scratch, r);
        }
    }

    /** scryptBlockMix: Salsa20/8 chained over the 2r 64-byte blocks, even outputs first. */
    private static void blockMix(int[] b, int[] y, int r) {
        int[] x = new int[16];
        System.arraycopy(b, (2 * r - 1) * 16, x, 0, 16);
        for (int i = 0; i < 2 * r; i++) {
            for (int k = 0; k < 16; k++) x[k] ^= b[i * 16 + k];
            salsa8(x);
            int to = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            System.arraycopy(x, 0, y, to, 16);
        }
        System.arraycopy(y, 0, b, 0, 32 * r);
    }

    /** The Salsa20/8 core: four double rounds (column round, row round), then the input added. */
    private static void salsa8(int[] b) {
        int[] x = b.clone();
        for (int i = 0; i < 8; i += 2) {
            quarter(x, 0, 4, 8, 12);
            quarter(x, 5, 9, 13, 1);
            quarter(x, 10, 14, 2, 6);
            quarter(x, 15, 3, 7, 11);
            quarter(x, 0, 1, 2, 3);
            quarter(x, 5, 6, 7, 4);
            quarter(x, 10, 11, 8, 9);
            quarter(x, 15, 12, 13, 14);
        }
        for (int i = 0; i < 16; i++) b[i] += x[i];
    }

    /** Salsa20's quarter-round on words (a, b, c, d): b, c, d, a updated in turn. */
    private static void quarter(int[] x, int a, int b, int c, int d) {
        x[b] ^= Integer.rotateLeft(x[a] + x[d], 7);
        x[c] ^= Integer.rotateLeft(x[b] + x[a], 9);
        x[d] ^= Integer.rotateLeft(x[c] + x[b], 13);
        x[a] ^= Integer.rotateLeft(x[d] + x[c], 18);
    }
}
