package org.gilpy.modules;

import java.io.ByteArrayOutputStream;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.CodecHandlers;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PySlice;

/**
 * The charmap codec of {@code _codecs}: bytes and characters translated through a
 * mapping (a str of 256 characters or a dict for decoding, a dict for encoding), which
 * is how table-driven codecs are written in Python. Unmapped input goes to the error
 * handler by name, through the registry, one byte or character at a time.
 */
final class Charmap {
    private Charmap() {}

    private static final String UNDEFINED = "character maps to <undefined>";

    private static PyObject handler(String errors) {
        PyObject h = CodecHandlers.lookup(errors);
        if (h == null) throw PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", errors);
        return h;
    }

    /** The handler's (replacement, position) after checking its shape. */
    private static PyTuple call(PyObject h, PyException exc, boolean encoding) {
        PyObject r = Abstract.call(h, exc.value);
        if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(1) instanceof PyInt)
                || !(t.get(0) instanceof PyStr || encoding && t.get(0) instanceof PyBytes)) {
            throw PyErr.typeError(encoding ? "encoding error handler must return (str/bytes, int) tuple"
                    : "decoding error handler must return (str, int) tuple");
        }
        return t;
    }

    private static int position(PyObject pos, int length) {
        long p = PySlice.ssize(pos);
        if (p < 0) p += length;
        if (p < 0 || p > length) throw PyErr.indexError("position %d from error handler out of bounds", p);
        return (int) p;
    }

    private static PyObject get(PyObject mapping, int key) {
        try {
            return Abstract.getItem(mapping, PyInt.of(key));
        } catch (PyException e) {
            if (e.matches(PyExc.LookupError)) return null;
            throw e;
        }
    }

    static PyObject decode(byte[] b, String errors, PyObject mapping) {
        StringBuilder out = new StringBuilder(b.length);
        String table = mapping instanceof PyStr s ? s.value : null;
        int[] cps = table == null ? null : table.codePoints().toArray();
        int i = 0;
        while (i < b.length) {
            int x = b[i] & 0xFF;
            boolean mapped = false;
            if (cps != null) {
                if (x < cps.length && cps[x] != 0xFFFE) {
                    out.appendCodePoint(cps[x]);
                    mapped = true;
                }
            } else {
                PyObject v = get(mapping, x);
                if (v instanceof PyInt n) {
                    if (n.big != null || n.value < 0 || n.value > 0x10FFFF) {
                        throw PyErr.typeError("character mapping must be in range(0x110000)");
                    }
                    out.appendCodePoint((int) n.value);
                    mapped = true;
                } else if (v instanceof PyStr s) {
                    if (!s.value.equals("\uFFFE")) {
                        out.append(s.value);
                        mapped = true;
                    }
                } else if (v != null && v != PyNone.NONE) {
                    throw PyErr.typeError("character mapping must return integer, None or str");
                }
            }
            if (mapped) {
                i++;
                continue;
            }
            PyException exc = PyErr.unicodeDecodeError("charmap", b, i, i + 1, UNDEFINED);
            if (errors.equals("strict")) throw exc;
            PyTuple t = call(handler(errors), exc, false);
            out.append(((PyStr) t.get(0)).value);
            i = position(t.get(1), b.length);
        }
        return PyTuple.of(PyStr.of(out.toString()), PyInt.of(b.length));
    }

    /** Appends the mapping of cp; false when it is unmapped. */
    private static boolean put(PyObject mapping, int cp, ByteArrayOutputStream out) {
        PyObject v = get(mapping, cp);
        if (v == null || v == PyNone.NONE) return false;
        if (v instanceof PyInt n) {
            if (n.big != null || n.value < 0 || n.value > 255) throw PyErr.typeError("character mapping must be in range(256)");
            out.write((int) n.value);
        } else if (v instanceof PyBytes) {
            out.writeBytes(BytesLike.exact(v));
        } else {
            throw PyErr.typeError("character mapping must return integer, bytes or None, not %s", v.type.tpName());
        }
        return true;
    }

    static PyObject encode(String s, String errors, PyObject mapping) {
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        int i = 0;
        while (i < cps.length) {
            if (put(mapping, cps[i], out)) {
                i++;
                continue;
            }
            PyException exc = PyErr.unicodeEncodeError("charmap", s, i, i + 1, UNDEFINED);
            if (errors.equals("strict")) throw exc;
            PyTuple t = call(handler(errors), exc, true);
            if (t.get(0) instanceof PyStr rep) {
                for (int cp : rep.value.codePoints().toArray()) {
                    if (!put(mapping, cp, out)) throw exc;
                }
            } else {
                out.writeBytes(BytesLike.exact(t.get(0)));
            }
            i = position(t.get(1), cps.length);
        }
        return PyTuple.of(PyBytes.wrap(out.toByteArray()), PyInt.of(cps.length));
    }

    /** charmap_build: the encoding dict of a decoding table (gilpy returns a plain dict). */
    static PyObject build(PyObject table) {
        if (!(table instanceof PyStr s)) {
            throw PyErr.typeError("charmap_build() argument must be str, not %s", table.type.tpName());
        }
        PyDict d = new PyDict();
        int[] cps = s.value.codePoints().toArray();
        for (int k = 0; k < cps.length; k++) d.put(PyInt.of(cps[k]), PyInt.of(k));
        return d;
    }
}
