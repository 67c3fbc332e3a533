package org.gilpy.modules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * A compiled {@code struct} format: the byte order and, per item, its code, count (for
 * s and p: the field width) and byte offset. Native mode ({@code @}, the default) is an
 * x86-64 Linux C compiler's layout: little-endian, each item aligned to its size, C long
 * and size_t of 8 bytes. The standard modes ({@code = < > !}) have fixed sizes and no
 * alignment, and lack n, N and P.
 */
final class StructFormat {
    /** One field of the layout: a code, how many values (1 for s/p), bytes per value. */
    record Item(char code, int count, int size, int offset) {}

    final String format;
    final boolean nativeMode;
    final boolean bigEndian;
    final Item[] items;
    /** Total size in bytes. */
    final long size;
    /** How many values pack() takes and unpack() returns. */
    final int nvalues;

    static PyType error;   // struct.error, set by StructModule

    static PyException error(String fmt, Object... args) {
        return PyErr.format(error, fmt, args);
    }

    StructFormat(String format) {
        this.format = format;
        int i = 0;
        char order = format.isEmpty() ? '@' : format.charAt(0);
        if ("@=<>!".indexOf(order) >= 0) {
            i = 1;
        } else {
            order = '@';
        }
        nativeMode = order == '@';
        bigEndian = order == '>' || order == '!';
        List<Item> list = new ArrayList<>();
        long offset = 0;
        int values = 0;
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = 0;
                while (i < n && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                    count = count * 10 + (format.charAt(i) - '0');
                    if (count > Long.MAX_VALUE / 100) throw error("total struct size too long");
                    i++;
                }
                if (i >= n) throw error("repeat count given without format specifier");
                c = format.charAt(i);
            }
            i++;
            int sz = itemSize(c);
            if (sz < 0) throw error("bad char in struct format");
            if (nativeMode && sz > 1 && c != 's' && c != 'p') {
                offset = (offset + sz - 1) / sz * sz;   // align to the item's size
            }
            if (c == 's' || c == 'p') {
                list.add(new Item(c, 1, (int) Math.min(count, Integer.MAX_VALUE), (int) Math.min(offset, Integer.MAX_VALUE)));
                offset += count;
                values++;
            } else if (c == 'x') {
                offset += count;
            } else {
                if (count > 0) {
                    list.add(new Item(c, (int) Math.min(count, Integer.MAX_VALUE), sz, (int) Math.min(offset, Integer.MAX_VALUE)));
                }
                offset += count * sz;
                values = (int) Math.min(values + count, Integer.MAX_VALUE);
            }
            if (offset > Long.MAX_VALUE / 100) throw error("total struct size too long");
        }
        items = list.toArray(new Item[0]);
        size = offset;
        nvalues = values;
    }

    /** Bytes per value of code c in this mode, or -1 for a code the mode lacks. */
    private int itemSize(char c) {
        switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p': return 1;
            case 'h', 'H', 'e': return 2;
            case 'i', 'I', 'f': return 4;
            case 'l', 'L': return nativeMode ? 8 : 4;
            case 'q', 'Q', 'd': return 8;
            case 'n', 'N', 'P': return nativeMode ? 8 : -1;
            default: return -1;
        }
    }

    /** Bytes this format needs as an int (MemoryError past what a Java array holds). */
    int intSize() {
        if (size > Integer.MAX_VALUE - 8) throw PyErr.memoryError();
        return (int) size;
    }

    // ---- packing ---------------------------------------------------------------------

    /** Packs values[from..] into buf at off (buf has room; x bytes are zeroed by the caller). */
    void pack(PyObject[] values, int from, byte[] buf, int off) {
        int v = from;
        for (Item it : items) {
            int at = off + it.offset;
            if (it.code == 's' || it.code == 'p') {
                packBytes(it, values[v++], buf, at);
                continue;
            }
            for (int k = 0; k < it.count; k++, at += it.size) {
                packOne(it.code, it.size, values[v++], buf, at);
            }
        }
    }

    private static void packBytes(Item it, PyObject o, byte[] buf, int at) {
        if (!(o instanceof BytesLike b) || !(o instanceof PyBytes || o.type.name.equals("bytearray"))) {
            throw error("argument for '%c' must be a bytes object", it.code);
        }
        int len = b.bytesLength();
        byte[] data = b.bytesData();
        int width = it.size;
        if (it.code == 's') {
            System.arraycopy(data, 0, buf, at, Math.min(len, width));
        } else if (width > 0) {
            int n = Math.min(Math.min(len, width - 1), 255);
            buf[at] = (byte) n;
            System.arraycopy(data, 0, buf, at + 1, n);
        }
    }

    private void packOne(char code, int size, PyObject o, byte[] buf, int at) {
        switch (code) {
            case 'c' -> {
                if (!(o instanceof PyBytes b) || b.bytesLength() != 1) {
                    throw error("char format requires a bytes object of length 1");
                }
                buf[at] = b.bytesData()[0];
            }
            case '?' -> buf[at] = (byte) (Abstract.isTrue(o) ? 1 : 0);
            case 'e' -> put(buf, at, 2, halfBits(toDouble(o)));
            case 'f' -> {
                double d = toDouble(o);
                float f = (float) d;
                if (!nativeMode && Float.isInfinite(f) && !Double.isInfinite(d)) {
                    throw PyErr.overflowError("float too large to pack with f format");
                }
                put(buf, at, 4, Float.floatToRawIntBits(f));
            }
            case 'd' -> put(buf, at, 8, Double.doubleToRawLongBits(toDouble(o)));
            default -> put(buf, at, size, integer(code, size, o));
        }
    }

    private static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) return f.value;
        try {
            return PyFloat.asDouble(o);
        } catch (PyException e) {
            throw error("required argument is not a float");
        }
    }

    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    /** An integer value's bits with CPython's range checks and messages. */
    private long integer(char code, int size, PyObject o) {
        PyInt v;
        if (o instanceof PyInt i) {
            v = i;
        } else if (o.type.lookup("__index__") != null) {
            v = Abstract.index(o);
        } else {
            throw error("required argument is not an integer");
        }
        if (code == 'P') {
            // a pointer: any value a C long or unsigned long holds
            if (v.toBig().bitLength() > 64 || v.signum() < 0 && !v.isSmall()) throw error("argument out of range");
            return v.toBig().longValue();
        }
        boolean unsigned = Character.isUpperCase(code);
        if (unsigned && code != 'B' && code != 'H') {
            // converted as a C unsigned long first
            if (v.signum() < 0 || v.toBig().compareTo(ULONG_MAX) > 0) throw error("argument out of range");
            long bits = v.toBig().longValue();
            if (size < 8 && Long.compareUnsigned(bits, (1L << (8 * size)) - 1) > 0) {
                throw error("'%c' format requires 0 <= number <= %d", code, (1L << (8 * size)) - 1);
            }
            return bits;
        }
        // converted as a C long first
        if (!v.isSmall()) throw error("argument out of range");
        long x = v.value;
        if (size == 8) return x;
        long lo = unsigned ? 0 : -(1L << (8 * size - 1));
        long hi = unsigned ? (1L << (8 * size)) - 1 : (1L << (8 * size - 1)) - 1;
        if (x < lo || x > hi) {
            String what = switch (code) {
                case 'b' -> "byte format";
                case 'B' -> "ubyte format";
                case 'h' -> "short format";
                case 'H' -> "ushort format";
                default -> "'" + code + "' format";
            };
            throw error("%s requires %d <= number <= %d", what, lo, hi);
        }
        return x;
    }

    private void put(byte[] buf, int at, int size, long bits) {
        for (int k = 0; k < size; k++) {
            int pos = bigEndian ? at + size - 1 - k : at + k;
            buf[pos] = (byte) (bits >>> (8 * k));
        }
    }

    /** IEEE 754 binary16 bits of d, rounded to nearest even from the double itself. */
    static long halfBits(double d) {
        long sign = (Double.doubleToRawLongBits(d) >>> 63) << 15;
        if (Double.isNaN(d)) return sign | 0x7e00;
        double a = Math.abs(d);
        if (Double.isInfinite(a)) return sign | 0x7c00;
        if (a < 0x1p-14) return sign | (long) Math.rint(a * 0x1p24);  // subnormal (or the smallest normal)
        int e = Math.getExponent(a);
        long mant = (long) Math.rint((Math.scalb(a, -e) - 1.0) * 1024);
        if (mant == 1024) {
            mant = 0;
            e++;
        }
        if (e > 15) throw PyErr.overflowError("float too large to pack with e format");
        return sign | (long) (e + 15) << 10 | mant;
    }

    static double halfValue(int bits) {
        int sign = bits >> 15 & 1, e = bits >> 10 & 31, m = bits & 1023;
        double v;
        if (e == 31) {
            v = m == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else if (e == 0) {
            v = Math.scalb((double) m, -24);
        } else {
            v = Math.scalb(1.0 + m / 1024.0, e - 15);
        }
        return sign != 0 ? -v : v;
    }

    // ---- unpacking -------------------------------------------------------------------

    /** The values packed at buf[off..off+size). */
    PyObject[] unpack(byte[] buf, int off) {
        PyObject[] out = new PyObject[nvalues];
        int v = 0;
        for (Item it : items) {
            int at = off + it.offset;
            if (it.code == 's') {
                out[v++] = PyBytes.wrap(java.util.Arrays.copyOfRange(buf, at, at + it.size));
                continue;
            }
            if (it.code == 'p') {
                int n = it.size == 0 ? 0 : Math.min(buf[at] & 0xff, it.size - 1);
                out[v++] = n == 0 ? PyBytes.EMPTY : PyBytes.wrap(java.util.Arrays.copyOfRange(buf, at + 1, at + 1 + n));
                continue;
            }
            for (int k = 0; k < it.count; k++, at += it.size) {
                out[v++] = unpackOne(it.code, it.size, buf, at);
            }
        }
        return out;
    }

    private long get(byte[] buf, int at, int size) {
        long bits = 0;
        for (int k = 0; k < size; k++) {
            int pos = bigEndian ? at + size - 1 - k : at + k;
            bits |= (buf[pos] & 0xffL) << (8 * k);
        }
        return bits;
    }

    private PyObject unpackOne(char code, int size, byte[] buf, int at) {
        switch (code) {
            case 'c':
                return PyBytes.wrap(new byte[] {buf[at]});
            case '?':
                return PyBool.of(buf[at] != 0);
            case 'e':
                return PyFloat.of(halfValue((int) get(buf, at, 2)));
            case 'f':
                return PyFloat.of(Float.intBitsToFloat((int) get(buf, at, 4)));
            case 'd':
                return PyFloat.of(Double.longBitsToDouble(get(buf, at, 8)));
            default:
                long bits = get(buf, at, size);
                boolean unsigned = Character.isUpperCase(code) || code == 'P';
                if (unsigned) {
                    if (size == 8 && bits < 0) return PyInt.of(new BigInteger(Long.toUnsignedString(bits)));
                    return PyInt.of(bits);
                }
                int shift = 64 - 8 * size;
                return PyInt.of(bits << shift >> shift);
        }
    }

    /** The format argument of the module functions and Struct(): str or bytes. */
    static String formatString(PyObject fmt) {
        if (fmt instanceof PyStr s) return s.value;
        if (fmt instanceof PyBytes b) return new String(BytesLike.exact(b), java.nio.charset.StandardCharsets.ISO_8859_1);
        throw PyErr.typeError("Struct() argument 1 must be a str or bytes object, not %s", fmt.type.tpName());
    }
}
