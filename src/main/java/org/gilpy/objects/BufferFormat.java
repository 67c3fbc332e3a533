package org.gilpy.objects;

import java.math.BigInteger;
import java.nio.ByteOrder;

/**
 * The struct format characters a memoryview may have: native sizes and native byte
 * order, as CPython's on a 64-bit Unix ({@code l}, {@code L}, {@code n}, {@code N},
 * {@code P} are 8 bytes). Each unpacks an item to a Python object and packs one back,
 * with memoryview's messages ("memoryview: invalid type for format 'H'").
 */
enum BufferFormat {
    CHAR('c', 1, Kind.CHAR), BYTE('b', 1, Kind.SIGNED), UBYTE('B', 1, Kind.UNSIGNED), BOOL('?', 1, Kind.BOOL),
    SHORT('h', 2, Kind.SIGNED), USHORT('H', 2, Kind.UNSIGNED), INT('i', 4, Kind.SIGNED), UINT('I', 4, Kind.UNSIGNED),
    LONG('l', 8, Kind.SIGNED), ULONG('L', 8, Kind.UNSIGNED), LONGLONG('q', 8, Kind.SIGNED),
    ULONGLONG('Q', 8, Kind.UNSIGNED), SSIZE('n', 8, Kind.SIGNED), SIZE('N', 8, Kind.UNSIGNED),
    POINTER('P', 8, Kind.UNSIGNED), FLOAT('f', 4, Kind.FLOAT), DOUBLE('d', 8, Kind.FLOAT);

    enum Kind { SIGNED, UNSIGNED, BOOL, CHAR, FLOAT }

    private static final boolean LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    final char code;
    final int size;
    final Kind kind;

    BufferFormat(char code, int size, Kind kind) {
        this.code = code;
        this.size = size;
        this.kind = kind;
    }

    /** The format named by a cast's argument ("H" or "@H"), or null when unsupported. */
    static BufferFormat parse(String s) {
        String c = s.startsWith("@") ? s.substring(1) : s;
        if (c.length() != 1) return null;
        for (BufferFormat f : values()) {
            if (f.code == c.charAt(0)) return f;
        }
        return null;
    }

    /** 'b', 'B' or 'c': the formats a cast may convert from or to any other. */
    boolean isByte() {
        return kind == Kind.CHAR || size == 1 && kind != Kind.BOOL;
    }

    /** Whether two items of this format are equal when their bytes are (as CPython compares them: '?' too). */
    boolean rawComparable() {
        return kind != Kind.FLOAT;
    }

    // ---- unpacking ------------------------------------------------------------------------

    /** The item at a[off]. */
    PyObject unpack(byte[] a, int off) {
        long raw = read(a, off, size);
        int unused = 64 - 8 * size;
        return switch (kind) {
            case SIGNED -> PyInt.of(raw << unused >> unused);
            case UNSIGNED -> raw < 0 ? PyInt.of(BigInteger.valueOf(raw).add(TWO_64)) : PyInt.of(raw);
            case BOOL -> PyBool.of(raw != 0);
            case CHAR -> PyBytes.wrap(new byte[] {(byte) raw});
            case FLOAT -> PyFloat.of(size == 4 ? Float.intBitsToFloat((int) raw) : Double.longBitsToDouble(raw));
        };
    }

    private static long read(byte[] a, int off, int n) {
        long r = 0;
        for (int i = 0; i < n; i++) r |= (long) (a[off + (LITTLE ? i : n - 1 - i)] & 0xFF) << (8 * i);
        return r;
    }

    // ---- packing --------------------------------------------------------------------------

    /** Stores v as the item at a[off]. */
    void pack(PyObject v, byte[] a, int off) {
        long bits = switch (kind) {
            case SIGNED, UNSIGNED -> integerBits(v);
            case BOOL -> Abstract.isTrue(v) ? 1 : 0;
            case CHAR -> charBits(v);
            case FLOAT -> floatBits(v);
        };
        for (int i = 0; i < size; i++) a[off + (LITTLE ? i : size - 1 - i)] = (byte) (bits >>> (8 * i));
    }

    private long integerBits(PyObject v) {
        if (!(v instanceof PyInt) && v.type.lookup("__index__") == null) throw invalidType();
        PyInt i = Abstract.index(v);
        if (i.big != null) {
            boolean fits = kind == Kind.UNSIGNED && size == 8 && i.big.signum() > 0 && i.big.bitLength() <= 64;
            if (!fits) throw invalidValue();
            return i.big.longValue();
        }
        long x = i.value;
        boolean fits = kind == Kind.SIGNED
                ? size == 8 || (x >= -(1L << (8 * size - 1)) && x < 1L << (8 * size - 1))
                : x >= 0 && (size == 8 || x < 1L << (8 * size));
        if (!fits) throw invalidValue();
        return x;
    }

    private long charBits(PyObject v) {
        if (!(v instanceof PyBytes b)) throw invalidType();
        if (b.size() != 1) throw invalidValue();
        return b.value[0];
    }

    private long floatBits(PyObject v) {
        boolean real = v instanceof PyFloat || v instanceof PyInt
                || v.type.lookup("__float__") != null || v.type.lookup("__index__") != null;
        if (!real) throw invalidType();
        double d = PyFloat.asDouble(v);
        return size == 4 ? Float.floatToRawIntBits((float) d) : Double.doubleToRawLongBits(d);
    }

    private PyException invalidType() {
        return PyErr.typeError("memoryview: invalid type for format '%c'", code);
    }

    private PyException invalidValue() {
        return PyErr.valueError("memoryview: invalid value for format '%c'", code);
    }
}
