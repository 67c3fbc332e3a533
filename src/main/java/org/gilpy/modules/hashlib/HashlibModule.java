package org.gilpy.modules.hashlib;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.gilpy.modules.hashlib.Algorithms.Algo;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFrozenSet;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMemoryView;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.TypeBuilder;

/**
 * The {@code _hashlib} module behind {@code hashlib.py} (CPython's is its OpenSSL binding):
 * hash objects ({@code HASH}, and {@code HASHXOF} for SHAKE), the {@code openssl_<name>}
 * constructors, {@code new} over every name of {@link Algorithms}, {@code pbkdf2_hmac},
 * {@code scrypt} (both in {@link Kdf}), the HMAC type with {@code hmac_new} and
 * {@code hmac_digest} ({@link PyHmac}), {@code compare_digest} and {@code get_fips_mode}.
 * Messages of failed look-ups are OpenSSL's ("[digital envelope routines] unsupported").
 */
public final class HashlibModule {
    private HashlibModule() {}

    public static final PyType UNSUPPORTED = PyType.builtinSubclass("UnsupportedDigestmodError", PyExc.ValueError);

    static {
        UNSUPPORTED.dict().put(PyStr.of("__module__"), PyStr.of("_hashlib"));
    }

    public static PyModule create() {
        PyModule m = new PyModule("_hashlib");
        TypeBuilder.moduleFunctions(HashlibModule.class, m).forEach(m::put);
        m.put("HASH", Hash.TYPE);
        m.put("HASHXOF", HashXof.TYPE);
        m.put("HMAC", PyHmac.TYPE);
        m.put("UnsupportedDigestmodError", UNSUPPORTED);
        PyObject[] names = Algorithms.names().stream().map(PyStr::of).toArray(PyObject[]::new);
        m.put("openssl_md_meth_names", PyFrozenSet.of(PyTuple.of(names)));
        return m;
    }

    /** A hash object: one running {@link Engine} under its Python name. */
    public static class Hash extends PyObject {
        public static final PyType TYPE = PyType.builtin("HASH", Hash.class, PyType.OBJECT, HashlibModule::notSafe);

        static {
            TYPE.dict().put(PyStr.of("__module__"), PyStr.of("_hashlib"));
            TYPE.dict().put(PyStr.of("__doc__"), PyStr.of("A running hash computation: update(data) feeds it, "
                    + "digest() and hexdigest() read the result so far, copy() forks it; name, "
                    + "digest_size and block_size describe the algorithm."));
        }

        final Algo algo;
        final Engine engine;

        Hash(PyType type, Algo algo, Engine engine) {
            super(type);
            this.algo = algo;
            this.engine = engine;
        }

        /** Hash objects come from the constructors only. */
        @PyMethod(kind = PyMethod.Kind.NEW)
        public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
            throw PyErr.typeError("cannot create '%s' instances", qualified(cls));
        }

        static Hash of(Algo a) {
            Engine e = a.start();
            return a.xof() ? new HashXof(a, e) : new Hash(TYPE, a, e);
        }

        @PyMethod(doc = "Update this hash object's state with the provided string.")
        public void update(PyObject data) {
            engine.feed(data(data), 0, BytesLike.length(data));
        }

        @PyMethod(doc = "Return the digest value as a bytes object.")
        public PyObject digest() {
            return PyBytes.wrap(engine.locked(engine::digest));
        }

        @PyMethod(doc = "Return the digest value as a string of hexadecimal digits.")
        public String hexdigest() {
            return hex(engine.locked(engine::digest));
        }

        @PyMethod(doc = "Return a copy of the hash object.")
        public PyObject copy() {
            Engine e = engine.locked(engine::copy);
            return algo.xof() ? new HashXof(algo, e) : new Hash(TYPE, algo, e);
        }

        @PyGetter("name")
        public String name() { return algo.name(); }

        @PyGetter("digest_size")
        public int digest_size() { return engine.digestSize(); }

        @PyGetter("block_size")
        public int block_size() { return engine.blockSize(); }

        @PyMethod
        public String __repr__() {
            return "<" + algo.name() + " " + "_hashlib." + type.name + " object @ 0x"
                    + Integer.toHexString(System.identityHashCode(this)) + ">";
        }
    }

    /** A hash object of extendable output (SHAKE): digest and hexdigest take the length. */
    public static final class HashXof extends Hash {
        public static final PyType TYPE = PyType.builtin("HASHXOF", HashXof.class, Hash.TYPE, HashlibModule::notSafe);

        static {
            TYPE.dict().put(PyStr.of("__module__"), PyStr.of("_hashlib"));
            TYPE.dict().put(PyStr.of("__doc__"), PyStr.of("A hash of extendable output (SHAKE): as HASH, "
                    + "but digest(length) and hexdigest(length) say how many bytes to produce."));
        }

        HashXof(Algo algo, Engine engine) {
            super(TYPE, algo, engine);
        }

        /** The length argument as a Java int; CPython's errors for what cannot be allocated. */
        private static int length(String fname, PyObject[] args, String[] kwnames, boolean hex) {
            PyObject[] a = ArgParser.parse(fname, args, kwnames, new String[] {"length"}, 1);
            long n = PyInt.asSsize(a[0]);
            if (n < 0 && !hex) throw PyErr.format(PyExc.SystemError, "Negative size passed to PyBytes_FromStringAndSize");
            if (n < 0 || n > (Integer.MAX_VALUE - 8) / (hex ? 2 : 1)) throw PyErr.memoryError();
            return (int) n;
        }

        @PyMethod(value = "digest", doc = "Return the digest value as a bytes object.")
        public PyObject digestXof(PyObject[] args, String[] kwnames) {
            int n = length("digest", args, kwnames, false);
            return PyBytes.wrap(squeeze(n));
        }

        @PyMethod(value = "hexdigest", doc = "Return the digest value as a string of hexadecimal digits.")
        public String hexdigestXof(PyObject[] args, String[] kwnames) {
            int n = length("hexdigest", args, kwnames, true);
            return hex(squeeze(n));
        }

        private byte[] squeeze(int n) {
            try {
                return engine.locked(() -> ((Keccak) engine).squeeze(n));
            } catch (OutOfMemoryError e) {
                throw PyErr.memoryError();
            }
        }
    }

    /** A type's name as CPython's messages show it: with its module for a built-in type. */
    static String qualified(PyType t) {
        return t.isBuiltin() ? t.moduleName() + "." + t.name : t.name;
    }

    /** The factory of types whose instances only their own constructors make: what
     * {@code object.__new__(T)} says for them. */
    static PyObject notSafe(PyType t) {
        String name = qualified(t);
        throw PyErr.typeError("object.__new__(%s) is not safe, use %s.__new__()", name, name);
    }

    /** The bytes of a bytes-like argument, with hashlib's TypeErrors for others. */
    static byte[] data(PyObject o) {
        if (o instanceof BytesLike b) {
            contiguous(o);
            return b.bytesData();
        }
        if (o instanceof PyStr) throw PyErr.typeError("Strings must be encoded before hashing");
        throw PyErr.typeError("object supporting the buffer API required");
    }

    /** A bytes-like argument as an array of its length ("a bytes-like object is required"). */
    static byte[] bytes(PyObject o) {
        contiguous(o);
        return BytesLike.exact(o);
    }

    /** The C-contiguous buffer that CPython's buffer requests here insist on. */
    private static void contiguous(PyObject o) {
        if (o instanceof PyMemoryView mv && !mv.c_contiguous()) {
            throw PyErr.format(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
        }
    }

    static String hex(byte[] d) {
        return HexFormat.of().formatHex(d);
    }

    /** A constructor's arguments: (string=b'', *, usedforsecurity=True). */
    private static Hash construct(String name, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("openssl_" + name, args, kwnames,
                new String[] {"string", "usedforsecurity"}, 0, 1);
        Hash h = Hash.of(Algorithms.BY_PYTHON_NAME.get(name));
        if (a[0] != null) h.update(a[0]);
        return h;
    }

    @PyMethod public static PyObject openssl_md5(PyObject[] a, String[] k) { return construct("md5", a, k); }
    @PyMethod public static PyObject openssl_sha1(PyObject[] a, String[] k) { return construct("sha1", a, k); }
    @PyMethod public static PyObject openssl_sha224(PyObject[] a, String[] k) { return construct("sha224", a, k); }
    @PyMethod public static PyObject openssl_sha256(PyObject[] a, String[] k) { return construct("sha256", a, k); }
    @PyMethod public static PyObject openssl_sha384(PyObject[] a, String[] k) { return construct("sha384", a, k); }
    @PyMethod public static PyObject openssl_sha512(PyObject[] a, String[] k) { return construct("sha512", a, k); }
    @PyMethod public static PyObject openssl_sha3_224(PyObject[] a, String[] k) { return construct("sha3_224", a, k); }
    @PyMethod public static PyObject openssl_sha3_256(PyObject[] a, String[] k) { return construct("sha3_256", a, k); }
    @PyMethod public static PyObject openssl_sha3_384(PyObject[] a, String[] k) { return construct("sha3_384", a, k); }
    @PyMethod public static PyObject openssl_sha3_512(PyObject[] a, String[] k) { return construct("sha3_512", a, k); }
    @PyMethod public static PyObject openssl_shake_128(PyObject[] a, String[] k) { return construct("shake_128", a, k); }
    @PyMethod public static PyObject openssl_shake_256(PyObject[] a, String[] k) { return construct("shake_256", a, k); }

    /** The algorithm named by a str argument, or UnsupportedDigestmodError as OpenSSL words it. */
    static Algo algorithm(String name) {
        Algo a = Algorithms.lookup(name);
        if (a == null) throw PyErr.format(UNSUPPORTED, "[digital envelope routines] unsupported");
        return a;
    }

    /** new(name, string=b'', *, usedforsecurity=True). */
    @PyMethod(value = "new", doc = "Return a new hash object using the named algorithm.")
    public static PyObject hashNew(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("new", args, kwnames, new String[] {"name", "string", "usedforsecurity"}, 1, 2);
        if (!(a[0] instanceof PyStr name)) throw PyErr.typeError("name must be a string");
        Hash h = Hash.of(algorithm(name.value));
        if (a[1] != null) h.update(a[1]);
        return h;
    }

    @PyMethod(doc = "Password based key derivation function 2 (PKCS #5 v2.0) with HMAC as pseudorandom function.")
    public static PyObject pbkdf2_hmac(PyObject[] args, String[] kwnames) {
        return Kdf.pbkdf2Hmac(args, kwnames);
    }

    @PyMethod(doc = "Return a new hmac object.")
    public static PyObject hmac_new(PyObject[] args, String[] kwnames) {
        return PyHmac.hmacNew(args, kwnames);
    }

    @PyMethod(doc = "Single-shot HMAC.")
    public static PyObject hmac_digest(PyObject[] args, String[] kwnames) {
        return PyHmac.hmacDigest(args, kwnames);
    }

    @PyMethod(doc = "scrypt password-based key derivation function.")
    public static PyObject scrypt(PyObject[] args, String[] kwnames) {
        return Kdf.scrypt(args, kwnames);
    }

    /** get_fips_mode(): 0, gilpy's digests are not a FIPS-validated module. */
    @PyMethod(doc = "Determine the OpenSSL FIPS mode of operation.")
    public static int get_fips_mode() {
        return 0;
    }

    /** compare_digest(a, b): equality in time independent of where the inputs differ. */
    @PyMethod(doc = "Return 'a == b'.")
    public static boolean compare_digest(PyObject a, PyObject b) {
        byte[] x, y;
        if (a instanceof PyStr s && b instanceof PyStr t) {
            x = ascii(s.value);
            y = ascii(t.value);
        } else if (a instanceof PyStr || b instanceof PyStr) {
            if (a instanceof BytesLike || b instanceof BytesLike) {
                throw PyErr.typeError("a bytes-like object is required, not 'str'");
            }
            throw unsupported(a, b);
        } else if (a instanceof BytesLike && b instanceof BytesLike) {
            x = BytesLike.exact(a);
            y = BytesLike.exact(b);
        } else {
            throw unsupported(a, b);
        }
        return MessageDigest.isEqual(x, y);
    }

    private static PyException unsupported(PyObject a, PyObject b) {
        return PyErr.typeError("unsupported operand types(s) or combination of types: '%s' and '%s'",
                a.type.tpName(), b.type.tpName());
    }

    private static byte[] ascii(String s) {
        byte[] r = new byte[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 127) throw PyErr.typeError("comparing strings with non-ASCII characters is not supported");
            r[i] = (byte) c;
        }
        return r;
    }
}
