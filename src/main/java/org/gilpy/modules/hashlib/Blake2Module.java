package org.gilpy.modules.hashlib;

import java.math.BigInteger;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * The {@code _blake2} module: the types {@code blake2b} and {@code blake2s}, whose
 * constructors take every parameter of the BLAKE2 parameter block (keyed hashing, salt,
 * personalization, tree hashing) with CPython's checks and messages, in CPython's order:
 * argument conversions first, then the ranges.
 */
public final class Blake2Module {
    private Blake2Module() {}

    public static PyModule create() {
        PyModule m = new PyModule("_blake2");
        m.put("blake2b", Blake2.B_TYPE);
        m.put("blake2s", Blake2.S_TYPE);
        m.put("BLAKE2B_SALT_SIZE", PyInt.of(16));
        m.put("BLAKE2B_PERSON_SIZE", PyInt.of(16));
        m.put("BLAKE2B_MAX_KEY_SIZE", PyInt.of(64));
        m.put("BLAKE2B_MAX_DIGEST_SIZE", PyInt.of(64));
        m.put("BLAKE2S_SALT_SIZE", PyInt.of(8));
        m.put("BLAKE2S_PERSON_SIZE", PyInt.of(8));
        m.put("BLAKE2S_MAX_KEY_SIZE", PyInt.of(32));
        m.put("BLAKE2S_MAX_DIGEST_SIZE", PyInt.of(32));
        return m;
    }

    private static final String[] PARAMS = {"", "digest_size", "key", "salt", "person", "fanout", "depth",
        "leaf_size", "node_offset", "node_depth", "inner_size", "last_node", "usedforsecurity"};

    /** A blake2b or blake2s object (the type tells which). */
    public static final class Blake2 extends PyObject {
        public static final PyType B_TYPE = PyType.builtin("blake2b", Blake2.class, PyType.OBJECT, HashlibModule::notSafe);
        public static final PyType S_TYPE = PyType.builtin("blake2s", Blake2.class, PyType.OBJECT, HashlibModule::notSafe);

        static {
            for (PyType t : new PyType[] {B_TYPE, S_TYPE}) {
                boolean big = t == B_TYPE;
                t.dict().put(PyStr.of("__module__"), PyStr.of("_blake2"));
                t.dict().put(PyStr.of("__doc__"), PyStr.of("Return a new BLAKE2" + (big ? "b" : "s") + " hash object."));
                t.dict().put(PyStr.of("SALT_SIZE"), PyInt.of(big ? 16 : 8));
                t.dict().put(PyStr.of("PERSON_SIZE"), PyInt.of(big ? 16 : 8));
                t.dict().put(PyStr.of("MAX_KEY_SIZE"), PyInt.of(big ? 64 : 32));
                t.dict().put(PyStr.of("MAX_DIGEST_SIZE"), PyInt.of(big ? 64 : 32));
                t.baseType = false;
            }
        }

        private final Engine engine;

        private Blake2(PyType type, Engine engine) {
            super(type);
            this.engine = engine;
        }

        private boolean big() {
            return type == B_TYPE;
        }

        @PyMethod(kind = PyMethod.Kind.NEW)
        public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
            boolean big = cls == B_TYPE;
            String fname = big ? "blake2b" : "blake2s";
            PyObject[] a = ArgParser.parse(fname, args, kwnames, PARAMS, 0, 1);
            Blake2Params p = params(big, a);
            Blake2 h = new Blake2(cls, big ? new Blake2b(p) : new Blake2s(p));
            if (a[0] != null) h.update(a[0]);
            return h;
        }

        /** Converts and checks the keyword arguments, as CPython does and in its order. */
        private static Blake2Params params(boolean big, PyObject[] a) {
            int max = big ? 64 : 32, saltMax = big ? 16 : 8;
            int digestSize = a[1] == null ? max : PyInt.asInt(a[1]);
            byte[] key = bytes(a[2]), salt = bytes(a[3]), person = bytes(a[4]);
            int fanout = a[5] == null ? 1 : PyInt.asInt(a[5]);
            int depth = a[6] == null ? 1 : PyInt.asInt(a[6]);
            BigInteger leafSize = a[7] == null ? BigInteger.ZERO : unsigned(a[7], "Python int too large to convert to C unsigned long");
            BigInteger nodeOffset = a[8] == null ? BigInteger.ZERO : unsigned(a[8], "int too big to convert");
            int nodeDepth = a[9] == null ? 0 : PyInt.asInt(a[9]);
            int innerSize = a[10] == null ? 0 : PyInt.asInt(a[10]);
            boolean lastNode = a[11] != null && Abstract.isTrue(a[11]);
            if (a[12] != null) Abstract.isTrue(a[12]);
            if (digestSize < 1 || digestSize > max) {
                throw PyErr.valueError("digest_size must be between 1 and %d bytes", max);
            }
            if (salt.length > saltMax) throw PyErr.valueError("maximum salt length is %d bytes", saltMax);
            if (person.length > saltMax) throw PyErr.valueError("maximum person length is %d bytes", saltMax);
            if (fanout < 0 || fanout > 255) throw PyErr.valueError("fanout must be between 0 and 255");
            if (depth < 1 || depth > 255) throw PyErr.valueError("depth must be between 1 and 255");
            if (leafSize.bitLength() > 32) throw PyErr.overflowError("leaf_size is too large");
            if (!big && nodeOffset.bitLength() > 48) throw PyErr.overflowError("node_offset is too large");
            if (nodeDepth < 0 || nodeDepth > 255) throw PyErr.valueError("node_depth must be between 0 and 255");
            if (innerSize < 0 || innerSize > max) throw PyErr.valueError("inner_size must be between 0 and is %d", max);
            if (key.length > max) throw PyErr.valueError("maximum key length is %d bytes", max);
            return new Blake2Params(digestSize, key, salt, person, fanout, depth, leafSize.longValue(),
                    nodeOffset.longValue(), nodeDepth, innerSize, lastNode);
        }

        private static byte[] bytes(PyObject o) {
            return o == null ? new byte[0] : HashlibModule.bytes(o);
        }

        /** leaf_size and node_offset: non-negative ints of at most 64 bits. */
        private static BigInteger unsigned(PyObject o, String tooLarge) {
            if (!(o instanceof PyInt i)) throw PyErr.typeError("an integer is required");
            BigInteger v = i.toBig();
            if (v.signum() < 0) throw PyErr.valueError("value must be positive");
            if (v.bitLength() > 64) throw PyErr.overflowError(tooLarge);
            return v;
        }

        @PyMethod(doc = "Update this hash object's state with the provided bytes-like object.")
        public void update(PyObject data) {
            engine.feed(HashlibModule.data(data), 0, BytesLike.length(data));
        }

        @PyMethod(doc = "Return the digest value as a bytes object.")
        public PyObject digest() {
            return PyBytes.wrap(engine.locked(engine::digest));
        }

        @PyMethod(doc = "Return the digest value as a string of hexadecimal digits.")
        public String hexdigest() {
            return HashlibModule.hex(engine.locked(engine::digest));
        }

        @PyMethod(doc = "Return a copy of the hash object.")
        public PyObject copy() {
            return new Blake2(type, engine.locked(engine::copy));
        }

        @PyGetter("name")
        public String name() { return big() ? "blake2b" : "blake2s"; }

        @PyGetter("digest_size")
        public int digest_size() { return engine.digestSize(); }

        @PyGetter("block_size")
        public int block_size() { return engine.blockSize(); }
    }
}
