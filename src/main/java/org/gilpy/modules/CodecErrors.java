package org.gilpy.modules;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyUnicodeError;
import org.gilpy.objects.StrCodecs;

/**
 * CPython's standard error handlers as {@code _codecs.lookup_error} returns them: each
 * takes a UnicodeEncodeError, UnicodeDecodeError or UnicodeTranslateError and returns
 * {@code (replacement, resume position)} or raises. Positions in a str count code points.
 */
final class CodecErrors {
    private CodecErrors() {}

    static PyObject strict(PyObject exc) {
        if (exc instanceof PyBaseException e) throw new PyException(e);
        throw PyErr.typeError("codec must pass exception instance");
    }

    private enum Kind { ENCODE, DECODE, TRANSLATE }

    static PyObject apply(String handler, PyObject exc) {
        Kind kind = Abstract.isInstance(exc, PyExc.UnicodeEncodeError) ? Kind.ENCODE
                : Abstract.isInstance(exc, PyExc.UnicodeDecodeError) ? Kind.DECODE
                : Abstract.isInstance(exc, PyExc.UnicodeTranslateError) ? Kind.TRANSLATE : null;
        if (kind == null || !(exc instanceof PyUnicodeError e)) throw unhandled(exc);
        PyObject obj = e.object;
        int start = (int) e.start, end = (int) e.end;
        if (kind == Kind.DECODE) {
            byte[] b = BytesLike.exact(obj);
            start = Math.max(0, Math.min(start, b.length));
            end = Math.max(start, Math.min(end, b.length));
            StringBuilder out = new StringBuilder();
            switch (handler) {
                case "ignore" -> { }
                case "replace" -> out.append('\uFFFD');
                case "backslashreplace" -> {
                    for (int k = start; k < end; k++) out.append(String.format("\\x%02x", b[k] & 0xFF));
                }
                case "surrogateescape" -> {
                    for (int k = start; k < end && k < start + 4; k++) {
                        if ((b[k] & 0xFF) < 0x80) throw new PyException(e);
                        out.append((char) (0xDC00 + (b[k] & 0xFF)));
                    }
                    end = start + out.length();
                    if (out.length() == 0) throw new PyException(e);
                }
                case "surrogatepass" -> {
                    // UTF-8 only: a three-byte sequence ED A0..BF 80..BF is one surrogate
                    String enc = e.encoding instanceof PyStr s ? s.value.toLowerCase().replace('_', '-') : "";
                    if (!(enc.equals("utf-8") || enc.equals("utf8")) || start + 3 > b.length || (b[start] & 0xFF) != 0xED
                            || (b[start + 1] & 0xE0) != 0xA0 || (b[start + 2] & 0xC0) != 0x80) {
                        throw new PyException(e);
                    }
                    out.append((char) (0xD000 | (b[start + 1] & 0x3F) << 6 | (b[start + 2] & 0x3F)));
                    end = start + 3;
                }
                default -> throw unhandled(exc);
            }
            return PyTuple.of(PyStr.of(out.toString()), PyInt.of(end));
        }
        String s = ((PyStr) obj).value;
        int cps = s.codePointCount(0, s.length());
        start = Math.max(0, Math.min(start, cps));
        end = Math.max(start, Math.min(end, cps));
        int i = s.offsetByCodePoints(0, start), j = s.offsetByCodePoints(i, end - start);
        if (kind == Kind.TRANSLATE && !handler.equals("ignore") && !handler.equals("replace")
                && !handler.equals("backslashreplace")) {
            throw unhandled(exc);
        }
        StringBuilder out = new StringBuilder();
        switch (handler) {
            case "ignore" -> { }
            case "replace" -> out.append((kind == Kind.ENCODE ? "?" : "\uFFFD").repeat(end - start));
            case "backslashreplace", "xmlcharrefreplace", "namereplace" -> {
                for (int k = i; k < j; ) {
                    int cp = s.codePointAt(k);
                    k += Character.charCount(cp);
                    out.append(switch (handler) {
                        case "backslashreplace" -> StrCodecs.backslash(cp);
                        case "xmlcharrefreplace" -> "&#" + cp + ";";
                        default -> StrCodecs.nameEscape(cp);
                    });
                }
            }
            case "surrogateescape" -> {
                byte[] bb = new byte[j - i];
                for (int k = i; k < j; k++) {
                    char ch = s.charAt(k);
                    if (ch < 0xDC80 || ch > 0xDCFF) throw new PyException(e);
                    bb[k - i] = (byte) (ch - 0xDC00);
                }
                return PyTuple.of(PyBytes.wrap(bb), PyInt.of(end));
            }
            case "surrogatepass" -> {
                String enc = e.encoding instanceof PyStr es ? es.value : "";
                for (int k = i; k < j; k++) {
                    if (!Character.isSurrogate(s.charAt(k))) throw new PyException(e);
                }
                byte[] r;
                try {
                    r = StrCodecs.encode(s.substring(i, j), enc, "surrogatepass");
                } catch (PyException x) {
                    throw new PyException(e);
                }
                return PyTuple.of(PyBytes.wrap(r), PyInt.of(end));
            }
            default -> throw unhandled(exc);
        }
        return PyTuple.of(PyStr.of(out.toString()), PyInt.of(end));
    }

    private static PyException unhandled(PyObject exc) {
        return PyErr.typeError("don't know how to handle %s in error callback", exc.type.tpName());
    }
}
