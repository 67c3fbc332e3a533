package org.gilpy.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * printf-style formatting: {@code str % args} and {@code bytes % args}.
 *
 * <p>A specifier is {@code %[(key)][flags][width][.precision][hlL]type} with flags
 * {@code - + space # 0}, {@code *} for width or precision from the arguments, and types
 * {@code s r a c d i u o x X e E f F g G %}. Arguments are a tuple, a single value, or a
 * mapping (for {@code %(key)s}). Bytes formatting runs the same engine over the format
 * read as Latin-1 (one char per byte), adds {@code %b}, and renders {@code %s} from
 * bytes-like objects only. Floats are rendered by the float type's {@code __format__}.
 */
final class PercentFormat {
    private final String fmt;
    private final boolean bytes;
    private PyObject args;
    private int arglen, argidx;
    private final PyObject dict;

    private PercentFormat(String fmt, boolean bytes, PyObject args) {
        this.fmt = fmt;
        this.bytes = bytes;
        this.args = args;
        if (args instanceof PyTuple t) {
            arglen = t.size();
            argidx = 0;
        } else {
            arglen = -1;
            argidx = -2;
        }
        boolean mapping = !(args instanceof PyTuple) && !(args instanceof PyStr)
                && !(bytes && args instanceof BytesLike) && args.type.lookup("__getitem__") != null;
        dict = mapping ? args : null;
    }

    /** {@code fmt % args} for str. */
    static String formatStr(String fmt, PyObject args) {
        return new PercentFormat(fmt, false, args).run();
    }

    /** {@code fmt[0:len] % args} for bytes and bytearray. */
    static byte[] formatBytes(byte[] fmt, int len, PyObject args) {
        String f = new String(fmt, 0, len, StandardCharsets.ISO_8859_1);
        return new PercentFormat(f, true, args).run().getBytes(StandardCharsets.ISO_8859_1);
    }

    private PyObject nextArg() {
        if (argidx < arglen) {
            int i = argidx++;
            return arglen < 0 ? args : ((PyTuple) args).get(i);
        }
        throw PyErr.typeError("not enough arguments for format string");
    }

    private String run() {
        String s = fmt;
        int n = s.length();
        StringBuilder out = new StringBuilder(n + 16);
        int i = 0;
        while (i < n) {
            int j = s.indexOf('%', i);
            if (j < 0) {
                out.append(s, i, n);
                break;
            }
            out.append(s, i, j);
            i = j + 1;
            if (i >= n) throw PyErr.valueError("incomplete format");
            if (s.charAt(i) == '%') {
                out.append('%');
                i++;
                continue;
            }
            i = spec(out, i);
        }
        if (argidx < arglen && dict == null) {
            throw PyErr.typeError("not all arguments converted during %s formatting", bytes ? "bytes" : "string");
        }
        return out.toString();
    }

    /** Parses and renders one conversion starting after its '%'; returns the next position. */
    private int spec(StringBuilder out, int i) {
        String s = fmt;
        int n = s.length();
        if (s.charAt(i) == '(') {
            if (dict == null) throw PyErr.typeError("format requires a mapping");
            int depth = 1, k = i + 1;
            while (k < n && depth > 0) {
                char c = s.charAt(k);
                if (c == '(') depth++;
                else if (c == ')') depth--;
                k++;
            }
            if (depth > 0) throw PyErr.valueError("incomplete format key");
            String key = s.substring(i + 1, k - 1);
            PyObject keyObj = bytes ? PyBytes.wrap(key.getBytes(StandardCharsets.ISO_8859_1)) : PyStr.of(key);
            args = Abstract.getItem(dict, keyObj);
            arglen = -1;
            argidx = -2;
            i = k;
        }
        boolean left = false, plus = false, space = false, alt = false, zero = false;
        loop:
        while (i < n) {
            switch (s.charAt(i)) {
                case '-' -> left = true;
                case '+' -> plus = true;
                case ' ' -> space = true;
                case '#' -> alt = true;
                case '0' -> zero = true;
                default -> {
                    break loop;
                }
            }
            i++;
        }
        long width = -1;
        if (i < n && s.charAt(i) == '*') {
            PyObject w = nextArg();
            if (!(w instanceof PyInt)) throw PyErr.typeError("* wants int");
            width = starValue((PyInt) w);
            if (width < 0) {
                left = true;
                width = -width;
            }
            i++;
        } else {
            int d = i;
            while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 0x80) i++;
            if (i > d) width = digits(s, d, i);
        }
        int prec = -1;
        if (i < n && s.charAt(i) == '.') {
            i++;
            if (i < n && s.charAt(i) == '*') {
                PyObject p = nextArg();
                if (!(p instanceof PyInt pi)) throw PyErr.typeError("* wants int");
                if (pi.big != null || pi.value > Integer.MAX_VALUE || pi.value < Integer.MIN_VALUE) {
                    throw PyErr.overflowError("Python int too large to convert to C int");
                }
                prec = (int) Math.max(pi.value, 0);
                i++;
            } else {
                int d = i;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
                long p = i > d ? digits(s, d, i) : 0;
                if (p > Integer.MAX_VALUE) throw PyErr.valueError("precision too big");
                prec = (int) p;
            }
        }
        while (i < n && (s.charAt(i) == 'h' || s.charAt(i) == 'l' || s.charAt(i) == 'L')) i++;
        if (i >= n) throw PyErr.valueError("incomplete format");
        int type = s.codePointAt(i);
        int at = i;
        i += Character.charCount(type);
        PyObject v = nextArg();
        if (width > Integer.MAX_VALUE - 16) throw PyErr.format(PyExc.MemoryError, "");
        int w = (int) width;
        switch (type) {
            case 's', 'r', 'a', 'b' -> {
                if (type == 'b' && !bytes) throw unsupported(type, at);
                String text = text(type, v);
                if (prec >= 0) text = truncate(text, prec);
                pad(out, text, w, left, false);
            }
            case 'c' -> pad(out, charOf(v), w, left, false);
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                String num = integer((char) type, v, plus, space, alt, prec);
                pad(out, num, w, left, zero);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                String num = floating((char) type, v, plus, space, alt, prec);
                pad(out, num, w, left, zero);
            }
            default -> throw unsupported(type, at);
        }
        return i;
    }

    private static long starValue(PyInt w) {
        if (w.big != null) throw PyErr.format(PyExc.MemoryError, "");
        return w.value;
    }

    private static long digits(String s, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (s.charAt(k) - '0');
            if (v > Integer.MAX_VALUE) return Long.MAX_VALUE / 4;
        }
        return v;
    }

    private PyException unsupported(int c, int at) {
        int index = bytes ? at : fmt.codePointCount(0, at);
        return PyErr.valueError("unsupported format character '%c' (0x%x) at index %d",
                c >= 32 && c < 127 ? (char) c : '?', c, index);
    }

    private static String truncate(String text, int prec) {
        if (prec >= text.length()) return text;
        int cps = text.codePointCount(0, text.length());
        if (prec >= cps) return text;
        return text.substring(0, text.offsetByCodePoints(0, prec));
    }

    /** Pads to width; zero-fill goes after a sign and a 0x/0o prefix. */
    private static void pad(StringBuilder out, String text, int width, boolean left, boolean zero) {
        int len = text.codePointCount(0, text.length());
        if (width <= len) {
            out.append(text);
            return;
        }
        int fill = width - len;
        if (left) {
            out.append(text).repeat(' ', fill);
        } else if (zero) {
            int k = 0;
            if (k < text.length() && (text.charAt(k) == '-' || text.charAt(k) == '+' || text.charAt(k) == ' ')) k++;
            if (k + 1 < text.length() && text.charAt(k) == '0' && "xXob".indexOf(text.charAt(k + 1)) >= 0) k += 2;
            out.append(text, 0, k).repeat('0', fill).append(text, k, text.length());
        } else {
            out.repeat(' ', fill).append(text);
        }
    }

    /** %s, %r, %a (and %b for bytes) as text (Latin-1 chars standing for bytes in bytes mode). */
    private String text(int type, PyObject v) {
        if (!bytes) {
            return switch (type) {
                case 's' -> Abstract.str(v).value;
                case 'r' -> Abstract.repr(v).value;
                default -> StrRepr.ascii(v).value;
            };
        }
        if (type == 'r' || type == 'a') return StrRepr.ascii(v).value;
        byte[] b = BytesOps.asBytesOrNull(v);
        if (b == null) {
            throw PyErr.typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                    v.type.tpName());
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private String charOf(PyObject v) {
        if (!(v instanceof PyInt) && !(v instanceof PyStr) && !(v instanceof BytesLike)
                && v.type.lookup("__index__") != null) {
            v = Abstract.index(v);
        }
        if (bytes) {
            if (v instanceof PyInt i) {
                if (i.big != null || i.value < 0 || i.value > 255) throw PyErr.overflowError("%c arg not in range(256)");
                return String.valueOf((char) i.value);
            }
            if (v instanceof BytesLike b && b.bytesLength() == 1) return String.valueOf((char) (b.bytesData()[0] & 0xFF));
            throw PyErr.typeError("%c requires an integer in range(256) or a single byte");
        }
        if (v instanceof PyInt i) {
            if (i.big != null || i.value < 0 || i.value > 0x10FFFF) throw PyErr.overflowError("%c arg not in range(0x110000)");
            return Character.toString((int) i.value);
        }
        if (v instanceof PyStr s && s.length() == 1) return s.value;
        throw PyErr.typeError("%c requires int or char");
    }

    // ---- numbers ------------------------------------------------------------------------

    private static String integer(char type, PyObject v, boolean plus, boolean space, boolean alt, int prec) {
        int radix = switch (type) {
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits;
        boolean negative;
        if (v instanceof PyInt i && i.big == null && i.value != Long.MIN_VALUE) {
            negative = i.value < 0;
            long abs = Math.abs(i.value);
            if (radix == 10 && !plus && !space && prec < 0) return Long.toString(i.value);
            digits = Long.toString(abs, radix);
        } else {
            BigInteger value = intValue(type, v);
            negative = value.signum() < 0;
            digits = value.abs().toString(radix);
        }
        if (type == 'X') digits = digits.toUpperCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder(digits.length() + 4);
        if (negative) b.append('-');
        else if (plus) b.append('+');
        else if (space) b.append(' ');
        if (alt && radix != 10) b.append('0').append(type == 'o' ? 'o' : type);
        for (int k = digits.length(); k < prec; k++) b.append('0');
        return b.append(digits).toString();
    }

    private static BigInteger intValue(char type, PyObject v) {
        if (v instanceof PyInt i) return i.toBig();
        if (type == 'o' || type == 'x' || type == 'X') {
            if (v.type.lookup("__index__") == null) {
                throw PyErr.typeError("%%%c format: an integer is required, not %s", type, v.type.tpName());
            }
            return Abstract.index(v).toBig();
        }
        if (v instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) throw PyErr.valueError("cannot convert float NaN to integer");
            if (Double.isInfinite(d)) throw PyErr.overflowError("cannot convert float infinity to integer");
            return new BigDecimal(d).toBigInteger();
        }
        PyObject r = null;
        if (v.type.lookup("__int__") != null) r = Abstract.callSpecial(v, "__int__");
        else if (v.type.lookup("__index__") != null) r = Abstract.index(v);
        if (r == null) throw PyErr.typeError("%%%c format: a real number is required, not %s", type, v.type.tpName());
        if (!(r instanceof PyInt ri)) throw PyErr.typeError("__int__ returned non-int (type %s)", r.type.tpName());
        return ri.toBig();
    }

    private static String floating(char type, PyObject v, boolean plus, boolean space, boolean alt, int prec) {
        double d = floatValue(v);
        StringBuilder spec = new StringBuilder(8);
        if (plus) spec.append('+');
        else if (space) spec.append(' ');
        if (alt) spec.append('#');
        spec.append('.').append(prec < 0 ? 6 : prec).append(type);
        return Abstract.format(PyFloat.of(d), PyStr.of(spec.toString())).value;
    }

    private static double floatValue(PyObject v) {
        if (v instanceof PyFloat f) return f.value;
        if (v instanceof PyInt i) return toDouble(i);
        if (v.type.lookup("__float__") != null) {
            PyObject r = Abstract.callSpecial(v, "__float__");
            if (!(r instanceof PyFloat f)) {
                throw PyErr.typeError("%s.__float__ returned non-float (type %s)", v.type.tpName(), r.type.tpName());
            }
            return f.value;
        }
        if (v.type.lookup("__index__") != null) return toDouble(Abstract.index(v));
        throw PyErr.typeError("must be real number, not %s", v.type.tpName());
    }

    private static double toDouble(PyInt i) {
        if (i.big == null) return i.value;
        double d = i.big.doubleValue();
        if (Double.isInfinite(d)) throw PyErr.overflowError("int too large to convert to float");
        return d;
    }
}
