package org.gilpy.modules;

import java.math.BigInteger;
import java.security.SecureRandom;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * The {@code _random} module: {@code _random.Random}, the Mersenne Twister MT19937 of
 * Matsumoto and Nishimura (2002), seeded with init_by_array as CPython seeds it, so that
 * {@code random.py} on top of it reproduces CPython's sequences. The state is the 624-word
 * vector plus the index of the next word, exactly the tuple CPython's getstate returns.
 */
public final class RandomModule {
    private RandomModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_random");
        m.put("Random", Generator.TYPE);
        return m;
    }

    /** {@code _random.Random}: one MT19937 generator; subclassable (random.Random is one). */
    public static final class Generator extends PyObject {
        public static final PyType TYPE = PyType.builtin("Random", Generator.class, PyType.OBJECT, Generator::new);

        static {
            TYPE.dict().put(PyStr.of("__module__"), PyStr.of("_random"));
        }

        private static final int N = 624, M = 397;
        private static final SecureRandom ENTROPY = new SecureRandom();

        private final int[] mt = new int[N];
        private int index = N + 1;
        private PyDict dict;

        Generator(PyType type) {
            super(type);
        }

        @Override
        public PyDict getDict() {
            if (dict == null && type != TYPE) dict = new PyDict();
            return dict;
        }

        @Override
        public boolean setDict(PyDict d) {
            if (type == TYPE) return false;
            dict = d;
            return true;
        }

        @PyMethod(kind = PyMethod.Kind.NEW)
        public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
            int nkw = kwnames == null ? 0 : kwnames.length;
            int npos = args.length - nkw;
            if (cls == TYPE && nkw > 0) throw PyErr.typeError("Random() takes no keyword arguments");
            if (cls == TYPE && npos > 1) throw PyErr.typeError("Random() requires 0 or 1 argument");
            Generator g = (Generator) cls.newInstance();
            g.seedWith(npos == 1 ? args[0] : PyNone.NONE);
            return g;
        }

        // ---- seeding --------------------------------------------------------------------

        private void initGenrand(int s) {
            mt[0] = s;
            for (int i = 1; i < N; i++) {
                mt[i] = 1812433253 * (mt[i - 1] ^ (mt[i - 1] >>> 30)) + i;
            }
            index = N;
        }

        /** init_by_array: mixes a key of 32-bit words into the state. */
        private void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1, j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) j = 0;
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        /** seed(n): None takes entropy from the system; an int uses its absolute value as the
         * key (32-bit words, least significant first); anything else uses its hash, read as
         * an unsigned 64-bit number. */
        private void seedWith(PyObject arg) {
            if (arg == PyNone.NONE) {
                int[] key = new int[N];
                for (int i = 0; i < N; i++) key[i] = ENTROPY.nextInt();
                initByArray(key);
                return;
            }
            BigInteger n;
            if (arg instanceof PyInt i) {
                n = i.toBig().abs();
            } else {
                // the hash as an unsigned 64-bit number (C's size_t)
                long h = Abstract.hash(arg);
                n = BigInteger.valueOf(h >>> 1).shiftLeft(1).or(BigInteger.valueOf(h & 1));
            }
            int words = Math.max(1, (n.bitLength() + 31) / 32);
            int[] key = new int[words];
            for (int w = 0; w < words; w++) {
                key[w] = n.shiftRight(32 * w).intValue();
            }
            initByArray(key);
        }

        @PyMethod(optional = 1)
        public void seed(PyObject n) {
            seedWith(n == null ? PyNone.NONE : n);
        }

        // ---- generation ------------------------------------------------------------------

        private int genrand() {
            if (index >= N) {
                int k;
                for (k = 0; k < N - M; k++) {
                    int y = (mt[k] & 0x80000000) | (mt[k + 1] & 0x7fffffff);
                    mt[k] = mt[k + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; k < N - 1; k++) {
                    int y = (mt[k] & 0x80000000) | (mt[k + 1] & 0x7fffffff);
                    mt[k] = mt[k + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                int y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                index = 0;
            }
            int y = mt[index++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        /** random(): a float in [0, 1) with 53 random bits (27 from one word, 26 from the next). */
        @PyMethod
        public double random() {
            long a = (genrand() >>> 5) & 0x7ffffffL, b = (genrand() >>> 6) & 0x3ffffffL;
            return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
        }

        /** getrandbits(k): an int of k random bits; 32-bit words fill it from the low end. */
        @PyMethod
        public PyObject getrandbits(PyObject kArg) {
            long k = PyInt.asSsize(Abstract.index(kArg));
            if (k < 0) throw PyErr.valueError("number of bits must be non-negative");
            if (k == 0) return PyInt.ZERO;
            if (k <= 32) return PyInt.of((genrand() & 0xffffffffL) >>> (32 - k));
            if (k <= 63) {
                long lo = genrand() & 0xffffffffL;
                long hi = (genrand() & 0xffffffffL) >>> (64 - k);
                return PyInt.of(hi << 32 | lo);
            }
            if (k > Integer.MAX_VALUE - 64) throw PyErr.memoryError();
            int words = (int) ((k - 1) / 32 + 1);
            byte[] mag = new byte[words * 4];  // big-endian magnitude
            long left = k;
            for (int w = 0; w < words; w++, left -= 32) {
                int r = genrand();
                if (left < 32) r >>>= (32 - left);
                int at = mag.length - 4 * (w + 1);
                mag[at] = (byte) (r >>> 24);
                mag[at + 1] = (byte) (r >>> 16);
                mag[at + 2] = (byte) (r >>> 8);
                mag[at + 3] = (byte) r;
            }
            return PyInt.of(new BigInteger(1, mag));
        }

        // ---- state ---------------------------------------------------------------------

        @PyMethod
        public PyObject getstate() {
            PyObject[] items = new PyObject[N + 1];
            for (int i = 0; i < N; i++) items[i] = PyInt.of(mt[i] & 0xffffffffL);
            items[N] = PyInt.of(index);
            return PyTuple.of(items);
        }

        @PyMethod
        public void setstate(PyObject state) {
            if (!(state instanceof PyTuple t)) throw PyErr.typeError("state vector must be a tuple");
            if (t.size() != N + 1) throw PyErr.valueError("state vector is the wrong size");
            int[] words = new int[N];
            for (int i = 0; i < N; i++) words[i] = (int) unsignedLong(t.get(i));
            PyObject last = t.get(N);
            if (!(last instanceof PyInt)) throw PyErr.typeError("an integer is required");
            PyInt li = (PyInt) last;
            if (!li.isSmall() || li.value < 0 || li.value > N) throw PyErr.valueError("invalid state");
            System.arraycopy(words, 0, mt, 0, N);
            index = (int) li.value;
        }

        /** PyLong_AsUnsignedLong's rules (the state words are truncated to 32 bits afterwards). */
        private static long unsignedLong(PyObject o) {
            if (!(o instanceof PyInt i)) throw PyErr.typeError("an integer is required");
            if (i.signum() < 0) throw PyErr.overflowError("can't convert negative value to unsigned int");
            if (i.toBig().bitLength() > 64) {
                throw PyErr.overflowError("Python int too large to convert to C unsigned long");
            }
            return i.toBig().longValue();
        }
    }
}
