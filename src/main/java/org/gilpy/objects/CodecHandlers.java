package org.gilpy.objects;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The codec error-handler registry ({@code codecs.register_error}/{@code lookup_error})
 * and the encode/decode loops that apply a handler registered under a name of one's own:
 * the codec runs strictly up to the first error, the handler is called with the
 * UnicodeEncodeError/UnicodeDecodeError and returns {@code (replacement, resume
 * position)}, and the codec carries on from there. The standard handlers (strict,
 * ignore, replace, ...) never come here: {@link StrCodecs} applies them inline.
 */
public final class CodecHandlers {
    private CodecHandlers() {}

    private static final Map<String, PyObject> HANDLERS = new ConcurrentHashMap<>();

    public static void register(String name, PyObject handler) {
        HANDLERS.put(name, handler);
    }

    /** The handler registered under name, or null. */
    public static PyObject lookup(String name) {
        return HANDLERS.get(name);
    }

    static boolean isStandard(String errors) {
        return switch (errors) {
            case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
                 "surrogateescape", "surrogatepass" -> true;
            default -> false;
        };
    }

    /** A handler of one's own for errors, or null (standard or unknown name). */
    static PyObject custom(String errors) {
        return isStandard(errors) ? null : HANDLERS.get(errors);
    }

    private static int newPosition(PyObject pos, int length) {
        long p = PySlice.ssize(pos);
        if (p < 0) p += length;
        if (p < 0 || p > length) throw PyErr.indexError("position %d from error handler out of bounds", p);
        return (int) p;
    }

    /** Encodes s with codec body after the bytes bom, calling handler at each error; display
     * names the codec in the exceptions (null: as body's exception names it). */
    static byte[] encode(String s, String display, PyObject handler, byte[] bom, String body) {
        BytesBuilder out = new BytesBuilder(s.length() + 8);
        out.append(bom);
        int[] cps = s.codePoints().toArray();
        int pos = 0;
        while (pos < cps.length) {
            String rest = new String(cps, pos, cps.length - pos);
            try {
                out.append(StrCodecs.encode(rest, body, "strict"));
                break;
            } catch (PyException e) {
                if (!(e.value instanceof PyUnicodeError u) || e.value.type != PyExc.UnicodeEncodeError) throw e;
                int start = pos + (int) u.start, end = pos + (int) u.end;
                out.append(StrCodecs.encode(new String(cps, pos, start - pos), body, "strict"));
                PyException exc = PyErr.unicodeEncodeError(display != null ? display : PyUnicodeError.s(u.encoding), s, start, end,
                        PyUnicodeError.s(u.reason));
                PyObject r = Abstract.call(handler, exc.value);
                if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr || t.get(0) instanceof PyBytes)
                        || !(t.get(1) instanceof PyInt)) {
                    throw PyErr.typeError("encoding error handler must return (str/bytes, int) tuple");
                }
                if (t.get(0) instanceof PyStr rep) {
                    try {
                        out.append(StrCodecs.encode(rep.value, body, "strict"));
                    } catch (PyException bad) {
                        throw exc;
                    }
                } else {
                    out.append(BytesLike.exact(t.get(0)));
                }
                pos = newPosition(t.get(1), cps.length);
            }
        }
        return out.toArray();
    }

    /** Decodes data after its first skip bytes (a byte-order mark) with codec body, calling
     * handler at each error. */
    static String decode(byte[] data, String display, PyObject handler, int skip, String body) {
        StringBuilder out = new StringBuilder(data.length);
        int pos = skip;
        while (pos < data.length) {
            try {
                out.append(StrCodecs.decode(data, pos, data.length - pos, body, "strict"));
                break;
            } catch (PyException e) {
                if (!(e.value instanceof PyUnicodeError u) || e.value.type != PyExc.UnicodeDecodeError) throw e;
                int start = pos + (int) u.start, end = pos + (int) u.end;
                out.append(StrCodecs.decode(data, pos, start - pos, body, "strict"));
                PyException exc = PyErr.unicodeDecodeError(display != null ? display : PyUnicodeError.s(u.encoding), data, start, end,
                        PyUnicodeError.s(u.reason));
                PyObject r = Abstract.call(handler, exc.value);
                if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr rep)
                        || !(t.get(1) instanceof PyInt)) {
                    throw PyErr.typeError("decoding error handler must return (str, int) tuple");
                }
                out.append(rep.value);
                pos = newPosition(t.get(1), data.length);
            }
        }
        return out.toString();
    }
}
