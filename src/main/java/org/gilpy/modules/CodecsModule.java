package org.gilpy.modules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.CodecHandlers;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.Runtime;
import org.gilpy.objects.StrCodecs;
import org.gilpy.objects.TypeBuilder;

/**
 * {@code _codecs}: the codec registry (search functions and a cache of the
 * {@code CodecInfo} 4-tuples they return), the error-handler registry with CPython's
 * standard handlers, and the per-codec functions ({@code utf_8_encode(str, errors)} ->
 * {@code (bytes, consumed)}, {@code utf_8_decode(data, errors, final)} -> {@code (str,
 * consumed)}, ...) that {@code lib/codecs.py} builds its codecs from. The encoding work is
 * {@link StrCodecs}'s, shared with {@code str.encode} and io's text files; a decode that
 * is not final holds back the bytes of a split character ({@link StrCodecs#partialTail}).
 * The first lookup imports {@code codecs}, whose search function knows the built-in codecs.
 */
public final class CodecsModule {
    private CodecsModule() {}

    private static final List<PyObject> SEARCH = new ArrayList<>();
    private static final Map<String, PyObject> CACHE = new HashMap<>();
    private static final String[] STANDARD = {"strict", "ignore", "replace", "backslashreplace",
        "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"};

    public static PyModule create() {
        PyModule m = new PyModule("_codecs");
        TypeBuilder.moduleFunctions(CodecsModule.class, m).forEach(m::put);
        // the standard handlers are reachable only through lookup_error, as in CPython
        for (String h : STANDARD) {
            PyStr key = PyStr.of(h.startsWith("surrogate") ? h : h + "_errors");
            if (CodecHandlers.lookup(h) == null) CodecHandlers.register(h, m.dict.get(key));
            PyDict.delItem(m.dict, key);
        }
        return m;
    }

    // ---- the codec registry ---------------------------------------------------------

    @PyMethod(doc = "Register a codec search function.\n\nSearch functions are expected to take one argument, "
            + "the encoding name in\nall lower case letters, and either return None, or a tuple of functions\n"
            + "(encoder, decoder, stream_reader, stream_writer) (or a CodecInfo object).")
    public static void register(PyObject search) {
        if (!Abstract.isCallable(search)) throw PyErr.typeError("argument must be callable");
        synchronized (SEARCH) {
            SEARCH.add(search);
        }
    }

    @PyMethod(doc = "Unregister a codec search function and clear the registry's cache.\n\n"
            + "If the search function is not registered, do nothing.")
    public static void unregister(PyObject search) {
        synchronized (SEARCH) {
            for (int i = 0; i < SEARCH.size(); i++) {
                if (SEARCH.get(i) == search) {
                    SEARCH.remove(i);
                    CACHE.clear();
                    return;
                }
            }
        }
    }

    @PyMethod(doc = "Looks up a codec tuple in the Python codec registry and returns a CodecInfo object.")
    public static PyObject lookup(PyObject encoding) {
        String name = strArg(encoding, "lookup", "argument");
        String key = name.toLowerCase(Locale.ROOT).replace(' ', '_');
        List<PyObject> funcs;
        synchronized (SEARCH) {
            PyObject hit = CACHE.get(key);
            if (hit != null) return hit;
            if (SEARCH.isEmpty()) {
                SEARCH.add(PyNone.NONE);  // placeholder while codecs registers its search function
                try {
                    Runtime.get().importModule("codecs");
                } finally {
                    SEARCH.remove(PyNone.NONE);
                }
            }
            funcs = new ArrayList<>(SEARCH);
        }
        for (PyObject f : funcs) {
            PyObject r = Abstract.call(f, PyStr.of(key));
            if (r == PyNone.NONE) continue;
            if (!(r instanceof PyTuple t) || t.size() != 4) {
                throw PyErr.typeError("codec search functions must return 4-tuples");
            }
            synchronized (SEARCH) {
                CACHE.put(key, r);
            }
            return r;
        }
        throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", name);
    }

    private static final String[] CODEC_ARGS = {"obj", "encoding", "errors"};

    @PyMethod(doc = "Encodes obj using the codec registered for encoding.\n\nThe default encoding is 'utf-8'.  "
            + "errors may be given to set a\ndifferent error handling scheme.  Default is 'strict' meaning that "
            + "encoding\nerrors raise a ValueError.  Other possible values are 'ignore', 'replace'\nand "
            + "'backslashreplace' as well as any other name registered with\ncodecs.register_error that can "
            + "handle ValueErrors.")
    public static PyObject encode(PyObject[] args, String[] kwnames) {
        return code("encode", 0, args, kwnames);
    }

    @PyMethod(doc = "Decodes obj using the codec registered for encoding.\n\nDefault encoding is 'utf-8'.  "
            + "errors may be given to set a\ndifferent error handling scheme.  Default is 'strict' meaning that "
            + "encoding\nerrors raise a ValueError.  Other possible values are 'ignore', 'replace'\nand "
            + "'backslashreplace' as well as any other name registered with\ncodecs.register_error that can "
            + "handle ValueErrors.")
    public static PyObject decode(PyObject[] args, String[] kwnames) {
        return code("decode", 1, args, kwnames);
    }

    private static PyObject code(String fname, int which, PyObject[] args, String[] kwnames) {
        PyObject[] p = ArgParser.parse(fname, args, kwnames, CODEC_ARGS, 1);
        String enc = p[1] == null ? "utf-8" : strArg(p[1], fname, "encoding");
        String errors = p[2] == null ? "strict" : strArg(p[2], fname, "errors");
        PyObject info = lookup(PyStr.of(enc));
        PyObject r;
        try {
            r = Abstract.call(((PyTuple) info).get(which), p[0], PyStr.of(errors));
        } catch (PyException e) {
            throw rewrap(e, (which == 0 ? "encoding" : "decoding") + " with '" + enc + "' codec failed");
        }
        if (!(r instanceof PyTuple t) || t.size() != 2) {
            throw PyErr.typeError(which == 0 ? "encoder must return a tuple (object, integer)"
                    : "decoder must return a tuple (object,integer)");
        }
        return t.get(0);
    }

    /** Exceptions whose constructors take more than a message: never rewrapped. */
    private static final PyObject[] KEEP = {PyExc.UnicodeError, PyExc.OSError, PyExc.ImportError,
        PyExc.AttributeError, PyExc.NameError, PyExc.SyntaxError, PyExc.StopIteration};

    /**
     * As CPython: an exception with at most one argument, no attributes of its own and a
     * plain constructor is replaced by one of its type saying "encoding with 'x' codec
     * failed (T: msg)", caused by the original.
     */
    private static PyException rewrap(PyException e, String what) {
        PyObject v = e.value;
        if (!Abstract.isInstance(v, PyExc.Exception)) return e;
        for (PyObject k : KEEP) {
            if (Abstract.isInstance(v, k)) return e;
        }
        PyObject a = Abstract.getAttr(v, "args");
        if (!(a instanceof PyTuple t) || t.size() > 1) return e;
        try {
            if (Abstract.len(Abstract.getAttr(v, "__dict__")) != 0) return e;
        } catch (PyException noDict) {
            // no instance dict: nothing of its own
        }
        String msg = what + " (" + Abstract.str(Abstract.getAttr(v.type, "__name__")).value + ": "
                + Abstract.str(v).value + ")";
        PyObject w;
        try {
            w = Abstract.call(v.type, PyStr.of(msg));
        } catch (PyException failed) {
            return e;
        }
        if (!(w instanceof org.gilpy.objects.PyBaseException be) || be.type != v.type) return e;
        be.cause = e.value;
        be.suppressContext = true;
        return new PyException(be);
    }

    private static String strArg(PyObject o, String fname, String argname) {
        if (o instanceof PyStr s) return s.value;
        throw PyErr.typeError("%s() %s must be str, not %s", fname,
                argname.equals("argument") ? "argument" : "argument '" + argname + "'", o.type.tpName());
    }

    // ---- error handlers -------------------------------------------------------------

    @PyMethod(doc = "Register the specified error handler under the name errors.\n\nhandler must be a callable "
            + "object, that will be called with an exception instance containing\ninformation about the location "
            + "of the encoding/decoding error and must return a (replacement, new position) tuple.")
    public static void register_error(PyObject name, PyObject handler) {
        String n = strArg(name, "register_error", "argument 1");
        if (!Abstract.isCallable(handler)) throw PyErr.typeError("handler must be callable");
        CodecHandlers.register(n, handler);
    }

    @PyMethod(doc = "lookup_error(errors) -> handler\n\nReturn the error handler for the specified error "
            + "handling name or raise a\nLookupError, if no handler exists under this name.")
    public static PyObject lookup_error(PyObject name) {
        String n = strArg(name, "lookup_error", "argument");
        PyObject h = CodecHandlers.lookup(n);
        if (h == null) throw PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", n);
        return h;
    }

    @PyMethod
    public static PyObject strict_errors(PyObject exc) {
        return CodecErrors.strict(exc);
    }

    @PyMethod
    public static PyObject ignore_errors(PyObject exc) {
        return CodecErrors.apply("ignore", exc);
    }

    @PyMethod
    public static PyObject replace_errors(PyObject exc) {
        return CodecErrors.apply("replace", exc);
    }

    @PyMethod
    public static PyObject backslashreplace_errors(PyObject exc) {
        return CodecErrors.apply("backslashreplace", exc);
    }

    @PyMethod
    public static PyObject xmlcharrefreplace_errors(PyObject exc) {
        return CodecErrors.apply("xmlcharrefreplace", exc);
    }

    @PyMethod
    public static PyObject namereplace_errors(PyObject exc) {
        return CodecErrors.apply("namereplace", exc);
    }

    @PyMethod
    public static PyObject surrogateescape(PyObject exc) {
        return CodecErrors.apply("surrogateescape", exc);
    }

    @PyMethod
    public static PyObject surrogatepass(PyObject exc) {
        return CodecErrors.apply("surrogatepass", exc);
    }

    // ---- the codecs -----------------------------------------------------------------

    private static String errorsArg(PyObject errors, String fname) {
        if (errors == null || errors == PyNone.NONE) return "strict";
        if (errors instanceof PyStr s) return s.value;
        throw PyErr.typeError("%s() argument 2 must be str or None, not %s", fname, errors.type.tpName());
    }

    private static PyObject enc(String codec, String fname, PyObject str, PyObject errors) {
        if (!(str instanceof PyStr s)) {
            throw PyErr.typeError("%s() argument 1 must be str, not %s", fname, str.type.tpName());
        }
        byte[] b = StrCodecs.encode(s.value, codec, errorsArg(errors, fname));
        return PyTuple.of(PyBytes.wrap(b), PyInt.of(s.value.codePointCount(0, s.value.length())));
    }

    private static PyObject dec(String codec, String fname, PyObject data, PyObject errors, PyObject fin) {
        byte[] b = BytesLike.exact(data);
        String err = errorsArg(errors, fname);
        boolean last = fin != null && Abstract.isTrue(fin);
        int n = b.length - (last ? 0 : StrCodecs.partialTail(b, b.length, codec));
        return PyTuple.of(PyStr.of(StrCodecs.decode(b, 0, n, codec, err)), PyInt.of(n));
    }

    /** utf_16_ex_decode / utf_32_ex_decode: (str, consumed, byteorder); byteorder 0 reads a BOM. */
    private static PyObject exDec(int width, String fname, PyObject data, PyObject errors, PyObject order,
                                  PyObject fin) {
        byte[] b = BytesLike.exact(data);
        long bo = order == null ? 0 : Abstract.index(order).value;
        int skip = 0;
        if (bo == 0) {
            if (b.length < width && !(fin != null && Abstract.isTrue(fin))) {
                return PyTuple.of(PyStr.of(""), PyInt.of(0), PyInt.of(0));
            }
            if (width == 2 && b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                    || width == 4 && b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                    && b[2] == 0 && b[3] == 0) {
                bo = -1;
                skip = width;
            } else if (width == 2 && b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                    || width == 4 && b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE
                    && (b[3] & 0xFF) == 0xFF) {
                bo = 1;
                skip = width;
            }
        }
        String codec = "utf-" + (width * 8) + (bo > 0 ? "-be" : "-le");
        byte[] rest = java.util.Arrays.copyOfRange(b, skip, b.length);
        PyTuple r = (PyTuple) dec(codec, fname, PyBytes.wrap(rest), errors, fin);
        return PyTuple.of(r.get(0), PyInt.of(((PyInt) r.get(1)).value + skip), PyInt.of(bo));
    }

    /** gilpy's own: decodes with any codec StrCodecs knows, (str, consumed); not final holds a split character. */
    @PyMethod(value = "_decode", optional = 2)
    public static PyObject decodePartial(PyObject b, PyObject encoding, PyObject errors, PyObject fin) {
        return dec(strArg(encoding, "_decode", "argument 2"), "_decode", b, errors, fin);
    }

    @PyMethod(optional = 1)
    public static PyObject utf_8_encode(PyObject s, PyObject errors) {
        return enc("utf-8", "utf_8_encode", s, errors);
    }

    @PyMethod(optional = 2)
    public static PyObject utf_8_decode(PyObject b, PyObject errors, PyObject fin) {
        return dec("utf-8", "utf_8_decode", b, errors, fin);
    }

    @PyMethod(optional = 1)
    public static PyObject ascii_encode(PyObject s, PyObject errors) {
        return enc("ascii", "ascii_encode", s, errors);
    }

    @PyMethod(optional = 1)
    public static PyObject ascii_decode(PyObject b, PyObject errors) {
        return dec("ascii", "ascii_decode", b, errors, PyInt.of(1));
    }

    @PyMethod(optional = 1)
    public static PyObject latin_1_encode(PyObject s, PyObject errors) {
        return enc("latin-1", "latin_1_encode", s, errors);
    }

    @PyMethod(optional = 1)
    public static PyObject latin_1_decode(PyObject b, PyObject errors) {
        return dec("latin-1", "latin_1_decode", b, errors, PyInt.of(1));
    }

    @PyMethod(optional = 2)
    public static PyObject utf_16_encode(PyObject s, PyObject errors, PyObject order) {
        long bo = order == null ? 0 : Abstract.index(order).value;
        return enc(bo == 0 ? "utf-16" : bo < 0 ? "utf-16-le" : "utf-16-be", "utf_16_encode", s, errors);
    }

    @PyMethod(optional = 2)
    public static PyObject utf_16_decode(PyObject b, PyObject errors, PyObject fin) {
        PyTuple r = (PyTuple) exDec(2, "utf_16_decode", b, errors, null, fin);
        return PyTuple.of(r.get(0), r.get(1));
    }

    @PyMethod(optional = 3)
    public static PyObject utf_16_ex_decode(PyObject b, PyObject errors, PyObject order, PyObject fin) {
        return exDec(2, "utf_16_ex_decode", b, errors, order, fin);
    }

    @PyMethod(optional = 1)
    public static PyObject utf_16_le_encode(PyObject s, PyObject errors) {
        return enc("utf-16-le", "utf_16_le_encode", s, errors);
    }

    @PyMethod(optional = 2)
    public static PyObject utf_16_le_decode(PyObject b, PyObject errors, PyObject fin) {
        return dec("utf-16-le", "utf_16_le_decode", b, errors, fin);
    }

    @PyMethod(optional = 1)
    public static PyObject utf_16_be_encode(PyObject s, PyObject errors) {
        return enc("utf-16-be", "utf_16_be_encode", s, errors);
    }

    @PyMethod(optional = 2)
    public static PyObject utf_16_be_decode(PyObject b, PyObject errors, PyObject fin) {
        return dec("utf-16-be", "utf_16_be_decode", b, errors, fin);
    }

    @PyMethod(optional = 2)
    public static PyObject utf_32_encode(PyObject s, PyObject errors, PyObject order) {
        long bo = order == null ? 0 : Abstract.index(order).value;
        return enc(bo == 0 ? "utf-32" : bo < 0 ? "utf-32-le" : "utf-32-be", "utf_32_encode", s, errors);
    }

    @PyMethod(optional = 2)
    public static PyObject utf_32_decode(PyObject b, PyObject errors, PyObject fin) {
        PyTuple r = (PyTuple) exDec(4, "utf_32_decode", b, errors, null, fin);
        return PyTuple.of(r.get(0), r.get(1));
    }

    @PyMethod(optional = 3)
    public static PyObject utf_32_ex_decode(PyObject b, PyObject errors, PyObject order, PyObject fin) {
        return exDec(4, "utf_32_ex_decode", b, errors, order, fin);
    }

    @PyMethod(optional = 1)
    public static PyObject utf_32_le_encode(PyObject s, PyObject errors) {
        return enc("utf-32-le", "utf_32_le_encode", s, errors);
    }

    @PyMethod(optional = 2)
    public static PyObject utf_32_le_decode(PyObject b, PyObject errors, PyObject fin) {
        return dec("utf-32-le", "utf_32_le_decode", b, errors, fin);
    }

    @PyMethod(optional = 1)
    public static PyObject utf_32_be_encode(PyObject s, PyObject errors) {
        return enc("utf-32-be", "utf_32_be_encode", s, errors);
    }

    @PyMethod(optional = 2)
    public static PyObject utf_32_be_decode(PyObject b, PyObject errors, PyObject fin) {
        return dec("utf-32-be", "utf_32_be_decode", b, errors, fin);
    }

    @PyMethod(optional = 1)
    public static PyObject unicode_escape_encode(PyObject s, PyObject errors) {
        return enc("unicode_escape", "unicode_escape_encode", s, errors);
    }

    @PyMethod(optional = 2)
    public static PyObject unicode_escape_decode(PyObject b, PyObject errors, PyObject fin) {
        return dec("unicode_escape", "unicode_escape_decode", b instanceof PyStr s
                ? PyBytes.wrap(StrCodecs.encode(s.value, "utf-8", "strict")) : b, errors, fin == null ? PyInt.of(1) : fin);
    }

    @PyMethod(optional = 1)
    public static PyObject raw_unicode_escape_encode(PyObject s, PyObject errors) {
        return enc("raw_unicode_escape", "raw_unicode_escape_encode", s, errors);
    }

    @PyMethod(optional = 2)
    public static PyObject raw_unicode_escape_decode(PyObject b, PyObject errors, PyObject fin) {
        return dec("raw_unicode_escape", "raw_unicode_escape_decode", b instanceof PyStr s
                ? PyBytes.wrap(StrCodecs.encode(s.value, "utf-8", "strict")) : b, errors, fin == null ? PyInt.of(1) : fin);
    }

    @PyMethod(optional = 1)
    public static PyObject readbuffer_encode(PyObject data, PyObject errors) {
        errorsArg(errors, "readbuffer_encode");
        byte[] b = data instanceof PyStr s ? StrCodecs.encode(s.value, "utf-8", "strict")
                : BytesLike.exact(data).clone();
        return PyTuple.of(PyBytes.wrap(b), PyInt.of(b.length));
    }

    // ---- charmap ---------------------------------------------------------------------

    @PyMethod(optional = 2)
    public static PyObject charmap_decode(PyObject data, PyObject errors, PyObject mapping) {
        byte[] b = BytesLike.exact(data);
        String err = errorsArg(errors, "charmap_decode");
        if (mapping == null || mapping == PyNone.NONE) {
            return PyTuple.of(PyStr.of(StrCodecs.decode(b, 0, b.length, "latin-1", err)), PyInt.of(b.length));
        }
        return Charmap.decode(b, err, mapping);
    }

    @PyMethod(optional = 2)
    public static PyObject charmap_encode(PyObject str, PyObject errors, PyObject mapping) {
        if (!(str instanceof PyStr s)) {
            throw PyErr.typeError("charmap_encode() argument 1 must be str, not %s", str.type.tpName());
        }
        String err = errorsArg(errors, "charmap_encode");
        if (mapping == null || mapping == PyNone.NONE) return enc("latin-1", "charmap_encode", str, errors);
        return Charmap.encode(s.value, err, mapping);
    }

    @PyMethod
    public static PyObject charmap_build(PyObject table) {
        return Charmap.build(table);
    }

    // ---- bytes escapes (the bytes-literal syntax) ---------------------------------------

    @PyMethod(optional = 1)
    public static PyObject escape_encode(PyObject data, PyObject errors) {
        if (!(data instanceof PyBytes)) {
            throw PyErr.typeError("escape_encode() argument 1 must be bytes, not %s", data.type.tpName());
        }
        errorsArg(errors, "escape_encode");
        byte[] b = BytesLike.exact(data);
        StringBuilder out = new StringBuilder(b.length);
        for (byte x : b) {
            int c = x & 0xFF;
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c >= 0x20 && c < 0x7F) out.append((char) c);
                    else out.append(String.format("\\x%02x", c));
                }
            }
        }
        return PyTuple.of(PyBytes.wrap(out.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
                PyInt.of(b.length));
    }

    @PyMethod(optional = 1)
    public static PyObject escape_decode(PyObject data, PyObject errors) {
        byte[] b = data instanceof PyStr s ? StrCodecs.encode(s.value, "utf-8", "strict") : BytesLike.exact(data);
        String err = errorsArg(errors, "escape_decode");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length);
        int n = b.length, i = 0;
        String invalid = null;  // the first invalid escape: one DeprecationWarning once decoded
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            int at = i;
            if (++i >= n) throw PyErr.valueError("Trailing \\ in string");
            c = b[i++] & 0xFF;
            switch (c) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.write(c);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 't' -> out.write(9);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++) v = v * 8 + (b[i++] - '0');
                    if (v > 0377 && invalid == null) invalid = "invalid octal escape sequence '\\" + Integer.toOctalString(v) + "'";
                    out.write(v & 0xFF);
                }
                case 'x' -> {
                    int h1 = i < n ? Character.digit(b[i], 16) : -1;
                    int h2 = i + 1 < n ? Character.digit(b[i + 1], 16) : -1;
                    if (h1 >= 0 && h2 >= 0) {
                        out.write(h1 * 16 + h2);
                        i += 2;
                        break;
                    }
                    switch (err) {
                        case "strict" -> throw PyErr.valueError("invalid \\x escape at position %d", at);
                        case "replace" -> out.write('?');
                        case "ignore" -> { }
                        default -> throw PyErr.valueError("decoding error; unknown error handling code: %s", err);
                    }
                    i += h1 >= 0 ? 1 : 0;
                }
                default -> {
                    if (invalid == null) invalid = "invalid escape sequence '\\" + (char) c + "'";
                    out.write('\\');
                    i--;
                }
            }
        }
        if (invalid != null) org.gilpy.objects.Warn.warn(PyExc.DeprecationWarning, invalid, 1);
        return PyTuple.of(PyBytes.wrap(out.toByteArray()), PyInt.of(n));
    }
}
