package org.gilpy.modules.hashlib;

import org.gilpy.modules.hashlib.Algorithms.Algo;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyBuiltinFunction;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.objects.Abstract;

/**
 * {@code _hashlib.HMAC}, the RFC 2104 MAC that {@code hmac.HMAC} delegates to when its
 * digestmod is a hash name or one of {@code _hashlib}'s constructors (as CPython's does
 * with OpenSSL's HMAC): the key's inner and outer pads are absorbed once, and {@code
 * digest()} finishes copies. Also the functions {@code hmac_new} and {@code hmac_digest}.
 */
public final class PyHmac extends PyObject {
    public static final PyType TYPE = PyType.builtin("HMAC", PyHmac.class, PyType.OBJECT, HashlibModule::notSafe);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("_hashlib"));
        TYPE.dict().put(PyStr.of("__doc__"), PyStr.of("A keyed MAC (RFC 2104): update(msg), digest(), "
                + "hexdigest() and copy(), with name ('hmac-' and the hash), digest_size and block_size."));
        TYPE.baseType = false;
    }

    private final Algo algo;
    private final Engine inner, outer;

    private PyHmac(Algo algo, Engine inner, Engine outer) {
        super(TYPE);
        this.algo = algo;
        this.inner = inner;
        this.outer = outer;
    }

    /** HMAC objects come from hmac_new only. */
    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        throw PyErr.typeError("cannot create '_hashlib.HMAC' instances");
    }

    /** A MAC keyed with {@code key}, nothing fed yet. */
    static PyHmac keyed(Algo algo, byte[] key) {
        if (algo.xof()) throw PyErr.valueError("no reason supplied");
        Kdf.Hmac pads = new Kdf.Hmac(algo, key);
        return new PyHmac(algo, pads.inner(), pads.outer());
    }

    /** The algorithm of a digestmod: a name, or a {@code _hashlib.openssl_*} constructor. */
    static Algo digestmod(PyObject d) {
        if (d instanceof PyStr s) return HashlibModule.algorithm(s.value);
        if (d instanceof PyBuiltinFunction f && f.self instanceof PyModule m && m.name().equals("_hashlib")
                && f.name().startsWith("openssl_")) {
            return Algorithms.BY_PYTHON_NAME.get(f.name().substring("openssl_".length()));
        }
        throw PyErr.format(HashlibModule.UNSUPPORTED, "Unsupported digestmod %s", Abstract.repr(d).value);
    }

    @PyMethod(doc = "Update the HMAC object with msg.")
    public void update(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("update", args, kwnames, new String[] {"msg"}, 1);
        feed(a[0]);
    }

    private void feed(PyObject msg) {
        inner.feed(HashlibModule.data(msg), 0, BytesLike.length(msg));
    }

    private byte[] mac() {
        Engine o = outer.copy();          // outer is never fed after the key: no lock needed
        o.update(inner.locked(inner::digest));
        return o.finish();
    }

    @PyMethod(doc = "Return the digest of the bytes passed to the update() method so far.")
    public PyObject digest() {
        return PyBytes.wrap(mac());
    }

    @PyMethod(doc = "Return hexadecimal digest of the bytes passed to the update() method so far.")
    public String hexdigest() {
        return HashlibModule.hex(mac());
    }

    @PyMethod(doc = "Return a copy (\"clone\") of the HMAC object.")
    public PyObject copy() {
        return new PyHmac(algo, inner.locked(inner::copy), outer.copy());
    }

    @PyGetter("name")
    public String name() { return "hmac-" + algo.name(); }

    @PyGetter("digest_size")
    public int digest_size() { return inner.digestSize(); }

    @PyGetter("block_size")
    public int block_size() { return inner.blockSize(); }

    @PyMethod
    public String __repr__() {
        return "<" + algo.name() + " HMAC object @ 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }

    /** hmac_new(key, msg=b'', digestmod=None). */
    static PyObject hmacNew(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("hmac_new", args, kwnames, new String[] {"key", "msg", "digestmod"}, 1);
        byte[] key = HashlibModule.bytes(a[0]);
        if (a[2] == null || a[2] == PyNone.NONE) throw PyErr.typeError("Missing required parameter 'digestmod'.");
        PyHmac h = keyed(digestmod(a[2]), key);
        if (a[1] != null && a[1] != PyNone.NONE) h.feed(a[1]);
        return h;
    }

    /** hmac_digest(key, msg, digest): the MAC in one call. */
    static PyObject hmacDigest(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("hmac_digest", args, kwnames, new String[] {"key", "msg", "digest"}, 3);
        byte[] key = HashlibModule.bytes(a[0]);
        byte[] msg = HashlibModule.bytes(a[1]);
        PyHmac h = keyed(digestmod(a[2]), key);
        h.inner.feed(msg, 0, msg.length);
        return h.digest();
    }
}
