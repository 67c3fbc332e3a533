package org.gilpy.modules;

import java.io.ByteArrayOutputStream;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.objects.TypeBuilder;

/**
 * {@code binascii}: conversions between binary data and ASCII encodings (base64, hex,
 * uuencode) and the CRC-32 and CRC-CCITT checksums; {@code lib/base64.py} builds on it.
 * The a2b_* functions take bytes-like objects or ASCII-only str; the b2a_* functions take
 * bytes-like objects only, as in CPython. Quoted-printable lives in {@link QuotedPrintable}.
 */
public final class BinasciiModule {
    private BinasciiModule() {}

    public static final PyType ERROR = PyType.builtinSubclass("Error", PyExc.ValueError);
    public static final PyType INCOMPLETE = PyType.builtinSubclass("Incomplete", PyExc.Exception);

    static {
        ERROR.dict().put(PyStr.of("__module__"), PyStr.of("binascii"));
        INCOMPLETE.dict().put(PyStr.of("__module__"), PyStr.of("binascii"));
    }

    public static PyModule create() {
        PyModule m = new PyModule("binascii");
        m.put("__doc__", PyStr.of("Conversion between binary data and ASCII"));
        TypeBuilder.moduleFunctions(BinasciiModule.class, m).forEach(m::put);
        m.put("Error", ERROR);
        m.put("Incomplete", INCOMPLETE);
        return m;
    }

    private static PyException error(String msg) {
        return PyErr.format(ERROR, msg);
    }

    /** Input of the a2b_* functions: a bytes-like object or an ASCII-only str. */
    private static byte[] asciiData(PyObject o) {
        if (o instanceof PyStr s) {
            if (!s.isAscii()) throw PyErr.valueError("string argument should contain only ASCII characters");
            String v = s.value;
            byte[] b = new byte[v.length()];
            for (int i = 0; i < b.length; i++) b[i] = (byte) v.charAt(i);
            return b;
        }
        if (o instanceof BytesLike) return BytesLike.exact(o);
        throw PyErr.typeError("argument should be bytes, buffer or ASCII string, not '%s'", o.type.tpName());
    }

    /** Input of the b2a_* functions and checksums: a bytes-like object. */
    private static byte[] binData(PyObject o) {
        return BytesLike.exact(o);
    }

    /** The single positional argument of a function whose other parameters are keyword-only. */
    private static PyObject onePositional(String fname, PyObject[] args, String[] kwnames) {
        int n = ArgParser.npos(args, kwnames);
        if (n != 1) throw PyErr.typeError("%s() takes exactly 1 positional argument (%d given)", fname, n);
        return args[0];
    }

    /** As {@link ArgParser#parse}, first rejecting too many arguments in all as Argument Clinic does. */
    private static PyObject[] parse(String fname, PyObject[] args, String[] kwnames, String[] names, int required) {
        if (args.length > names.length) {
            throw PyErr.typeError("%s() takes at most %d arguments (%d given)", fname, names.length, args.length);
        }
        return ArgParser.parse(fname, args, kwnames, names, required);
    }

    /** A keyword-only flag converted as C int ("'str' object cannot be interpreted as an integer"). */
    private static boolean intFlag(PyObject v, boolean dflt) {
        return v == null ? dflt : PyInt.asInt(v) != 0;
    }

    // ---- base64 ------------------------------------------------------------------------

    private static final byte[] B64 =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".getBytes();
    private static final byte[] B64_VALUE = new byte[256];

    static {
        java.util.Arrays.fill(B64_VALUE, (byte) -1);
        for (int i = 0; i < 64; i++) B64_VALUE[B64[i]] = (byte) i;
    }

    @PyMethod(doc = "Decode a line of base64 data.")
    public static PyObject a2b_base64(PyObject[] args, String[] kwnames) {
        PyObject data = onePositional("a2b_base64", args, kwnames);
        PyObject[] kw = parse("a2b_base64", args, kwnames, new String[] {"data", "strict_mode"}, 1);
        boolean strict = intFlag(kw[1], false);
        byte[] in = asciiData(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length / 4 * 3 + 3);
        int quadPos = 0;       // data characters in the current group of four
        int pads = 0;          // '=' seen since the last data character
        int count = 0;         // data characters seen
        int acc = 0;
        boolean padSeen = false;
        for (int i = 0; i < in.length; i++) {
            int c = in[i] & 0xFF;
            if (c == '=') {
                padSeen = true;
                if (strict && i == 0) throw error("Leading padding not allowed");
                if (quadPos >= 2 && quadPos + ++pads >= 4) {
                    if (strict && i + 1 < in.length) throw error("Excess data after padding");
                    return PyBytes.wrap(out.toByteArray());
                }
                continue;
            }
            int v = B64_VALUE[c];
            if (v < 0) {
                if (strict) throw error("Only base64 data is allowed");
                continue;
            }
            if (strict && padSeen) throw error("Discontinuous padding not allowed");
            pads = 0;
            count++;
            acc = (acc << 6) | v;
            switch (quadPos) {
                case 0 -> quadPos = 1;
                case 1 -> { out.write((acc >> 4) & 0xFF); quadPos = 2; }
                case 2 -> { out.write((acc >> 2) & 0xFF); quadPos = 3; }
                default -> { out.write(acc & 0xFF); quadPos = 0; acc = 0; }
            }
        }
        if (quadPos == 1) {
            throw error("Invalid base64-encoded string: number of data characters (" + count
                    + ") cannot be 1 more than a multiple of 4");
        }
        if (quadPos != 0) throw error("Incorrect padding");
        return PyBytes.wrap(out.toByteArray());
    }

    @PyMethod(doc = "Base64-code line of data.")
    public static PyObject b2a_base64(PyObject[] args, String[] kwnames) {
        PyObject data = onePositional("b2a_base64", args, kwnames);
        PyObject[] kw = parse("b2a_base64", args, kwnames, new String[] {"data", "newline"}, 1);
        boolean newline = intFlag(kw[1], true);
        byte[] in = binData(data);
        int n = in.length;
        byte[] out = new byte[(n + 2) / 3 * 4 + (newline ? 1 : 0)];
        int o = 0;
        for (int i = 0; i < n; i += 3) {
            int b0 = in[i] & 0xFF;
            int b1 = i + 1 < n ? in[i + 1] & 0xFF : 0;
            int b2 = i + 2 < n ? in[i + 2] & 0xFF : 0;
            out[o++] = B64[b0 >> 2];
            out[o++] = B64[((b0 & 3) << 4) | (b1 >> 4)];
            out[o++] = i + 1 < n ? B64[((b1 & 15) << 2) | (b2 >> 6)] : (byte) '=';
            out[o++] = i + 2 < n ? B64[b2 & 63] : (byte) '=';
        }
        if (newline) out[o] = '\n';
        return PyBytes.wrap(out);
    }

    // ---- hex ---------------------------------------------------------------------------

    private static final byte[] HEX = "0123456789abcdef".getBytes();

    @PyMethod(doc = "Hexadecimal representation of binary data.")
    public static PyObject hexlify(PyObject[] args, String[] kwnames) {
        return hex("hexlify", args, kwnames);
    }

    @PyMethod(doc = "Hexadecimal representation of binary data.")
    public static PyObject b2a_hex(PyObject[] args, String[] kwnames) {
        return hex("b2a_hex", args, kwnames);
    }

    private static PyObject hex(String fname, PyObject[] args, String[] kwnames) {
        PyObject[] a = parse(fname, args, kwnames, new String[] {"data", "sep", "bytes_per_sep"}, 1);
        byte[] in = binData(a[0]);
        int sep = -1;
        if (a[1] != null) {
            int len;
            if (a[1] instanceof PyStr s) {
                len = s.length();
                sep = len == 1 ? s.codePointAt(0) : 0;
            } else if (a[1] instanceof BytesLike b) {
                len = b.bytesLength();
                sep = len == 1 ? b.bytesData()[0] & 0xFF : 0;
            } else {
                throw PyErr.typeError("object of type '%s' has no len()", a[1].type.tpName());
            }
            if (len != 1) throw PyErr.valueError("sep must be length 1.");
            if (sep > 255) throw PyErr.valueError("sep must be ASCII.");
        }
        int per = a[2] == null ? 1 : PyInt.asInt(a[2]);
        int group = Math.abs(per);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length * 3);
        int n = in.length;
        for (int i = 0; i < n; i++) {
            if (sep >= 0 && i > 0 && group > 0 && (per > 0 ? (n - i) % group == 0 : i % group == 0)) out.write(sep);
            out.write(HEX[(in[i] >> 4) & 15]);
            out.write(HEX[in[i] & 15]);
        }
        return PyBytes.wrap(out.toByteArray());
    }

    @PyMethod(doc = "Binary data of hexadecimal representation.")
    public static PyObject unhexlify(PyObject hexstr) {
        return unhex(hexstr);
    }

    @PyMethod(doc = "Binary data of hexadecimal representation.")
    public static PyObject a2b_hex(PyObject hexstr) {
        return unhex(hexstr);
    }

    private static PyObject unhex(PyObject hexstr) {
        byte[] in = asciiData(hexstr);
        if (in.length % 2 != 0) throw error("Odd-length string");
        byte[] out = new byte[in.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(in[2 * i] & 0xFF, 16);
            int lo = Character.digit(in[2 * i + 1] & 0xFF, 16);
            if (hi < 0 || lo < 0 || (in[2 * i] & 0x80) != 0 || (in[2 * i + 1] & 0x80) != 0) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return PyBytes.wrap(out);
    }

    // ---- checksums ---------------------------------------------------------------------

    private static final int[] CRC32_TABLE = new int[256];
    private static final int[] CRC_HQX_TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            CRC32_TABLE[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            CRC_HQX_TABLE[n] = h & 0xFFFF;
        }
    }

    /** An unsigned int argument converted with a bit mask, as CPython's "I" format does. */
    private static long maskedUInt(PyObject v) {
        PyInt i = v instanceof PyInt p ? p : Abstract.index(v);
        return (i.big != null ? i.big.longValue() : i.value) & 0xFFFFFFFFL;
    }

    @PyMethod(doc = "Compute CRC-32 incrementally.")
    public static long crc32(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.positional(args, kwnames);
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("binascii.crc32() takes no keyword arguments");
        if (a.length < 1) throw PyErr.typeError("crc32 expected at least 1 argument, got %d", a.length);
        if (a.length > 2) throw PyErr.typeError("crc32 expected at most 2 arguments, got %d", a.length);
        byte[] in = binData(a[0]);
        int crc = a.length > 1 ? (int) maskedUInt(a[1]) : 0;
        crc = ~crc;
        for (byte b : in) crc = CRC32_TABLE[(crc ^ b) & 0xFF] ^ (crc >>> 8);
        return ~crc & 0xFFFFFFFFL;
    }

    @PyMethod(doc = "Compute CRC-CCITT incrementally.")
    public static long crc_hqx(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.positional(args, kwnames);
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("binascii.crc_hqx() takes no keyword arguments");
        if (a.length != 2) throw PyErr.typeError("crc_hqx expected 2 arguments, got %d", a.length);
        byte[] in = binData(a[0]);
        int crc = (int) (maskedUInt(a[1]) & 0xFFFF);
        for (byte b : in) crc = ((crc << 8) & 0xFF00) ^ CRC_HQX_TABLE[((crc >> 8) ^ b) & 0xFF];
        return crc;
    }

    // ---- uuencode ----------------------------------------------------------------------

    @PyMethod(doc = "Decode a line of uuencoded data.")
    public static PyObject a2b_uu(PyObject data) {
        byte[] in = asciiData(data);
        int len = ((in.length > 0 ? in[0] & 0xFF : 0) - ' ') & 0x3F;
        byte[] out = new byte[len];
        int pos = 1;
        int acc = 0;
        int bits = 0;
        int o = 0;
        while (o < len) {
            int v = 0;     // line ends and the end of the data count as zero digits
            if (pos < in.length) {
                int c = in[pos++] & 0xFF;
                if (c != '\n' && c != '\r') {
                    if (c < ' ' || c > ' ' + 64) throw error("Illegal char");
                    v = (c - ' ') & 0x3F;
                }
            }
            acc = (acc << 6) | v;
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[o++] = (byte) (acc >> bits);
                acc &= (1 << bits) - 1;
            }
        }
        for (; pos < in.length; pos++) {
            int c = in[pos];
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') throw error("Trailing garbage");
        }
        return PyBytes.wrap(out);
    }

    @PyMethod(doc = "Uuencode line of data.")
    public static PyObject b2a_uu(PyObject[] args, String[] kwnames) {
        PyObject data = onePositional("b2a_uu", args, kwnames);
        PyObject[] kw = parse("b2a_uu", args, kwnames, new String[] {"data", "backtick"}, 1);
        boolean backtick = intFlag(kw[1], false);
        byte[] in = binData(data);
        if (in.length > 45) throw error("At most 45 bytes at once");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64);
        out.write(uuChar(in.length, backtick));
        for (int i = 0; i < in.length; i += 3) {
            int b0 = in[i] & 0xFF;
            int b1 = i + 1 < in.length ? in[i + 1] & 0xFF : 0;
            int b2 = i + 2 < in.length ? in[i + 2] & 0xFF : 0;
            out.write(uuChar(b0 >> 2, backtick));
            out.write(uuChar(((b0 & 3) << 4) | (b1 >> 4), backtick));
            out.write(uuChar(((b1 & 15) << 2) | (b2 >> 6), backtick));
            out.write(uuChar(b2 & 63, backtick));
        }
        out.write('\n');
        return PyBytes.wrap(out.toByteArray());
    }

    private static int uuChar(int v, boolean backtick) {
        return v == 0 && backtick ? '`' : ' ' + v;
    }

    // ---- quoted-printable --------------------------------------------------------------

    @PyMethod(doc = "Decode a string of qp-encoded data.")
    public static PyObject a2b_qp(PyObject[] args, String[] kwnames) {
        PyObject[] a = parse("a2b_qp", args, kwnames, new String[] {"data", "header"}, 1);
        return PyBytes.wrap(QuotedPrintable.decode(asciiData(a[0]), intFlag(a[1], false)));
    }

    @PyMethod(doc = "Encode a string using quoted-printable encoding.")
    public static PyObject b2a_qp(PyObject[] args, String[] kwnames) {
        PyObject[] a = parse("b2a_qp", args, kwnames,
                new String[] {"data", "quotetabs", "istext", "header"}, 1);
        return PyBytes.wrap(QuotedPrintable.encode(binData(a[0]), intFlag(a[1], false), intFlag(a[2], true),
                intFlag(a[3], false)));
    }
}
