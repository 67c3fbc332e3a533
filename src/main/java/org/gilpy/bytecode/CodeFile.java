package org.gilpy.bytecode;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of a compiled module (gilpy's {@code .pyc}): the build compiles the
 * standard library's sources once into {@code .gpyc} resources beside them, and the
 * importer reads those instead of parsing and compiling at every start. A file records
 * the CRC-32 of the source it was compiled from and a format version; a reader given
 * a different CRC or version gets null and compiles the source as before, so a stale or
 * foreign file can cost time but never run the wrong code.
 *
 * <p>Layout (big-endian, {@link DataOutputStream}'s): magic {@code "GPYC"}, version,
 * source CRC, then the code object: names and counts, string arrays, tagged constants
 * (nested code objects recursively), instruction words, the four position arrays and
 * the exception table.
 */
public final class CodeFile {
    private CodeFile() {}

    private static final int MAGIC = 0x47505943;
    /** Bump whenever {@link Code}, the opcodes or this layout change meaning. */
    static final int VERSION = 1;

    private static final byte NONE = 'N', ELLIPSIS = 'E', TRUE = 'T', FALSE = 'F', LONG = 'I', BIG = 'B',
            DOUBLE = 'D', COMPLEX = 'C', STR = 'S', BYTES = 'Y', TUPLE = 'U', CODE = 'K';

    /** The resource name of the compiled form of the resource {@code path} ("x.py"). */
    public static String resourceFor(String path) {
        return path.substring(0, path.length() - ".py".length()) + ".gpyc";
    }

    public static void write(Code code, int sourceCrc, DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(VERSION + opcodeCount());
        out.writeInt(sourceCrc);
        writeCode(code, out);
    }

    /** The code object of a file compiled from a source with CRC sourceCrc; null when the
     * file is of another format version or source. */
    public static Code read(DataInputStream in, int sourceCrc) throws IOException {
        if (in.readInt() != MAGIC || in.readInt() != VERSION + opcodeCount() || in.readInt() != sourceCrc) {
            return null;
        }
        return readCode(in);
    }

    /** Adding or removing an opcode changes the version without a manual bump. */
    private static int opcodeCount() { return Opcode.values().length << 8; }

    private static void writeCode(Code c, DataOutputStream out) throws IOException {
        writeString(c.name, out);
        writeString(c.qualname, out);
        writeString(c.filename, out);
        out.writeInt(c.firstLineNo);
        out.writeInt(c.argCount);
        out.writeInt(c.posOnlyArgCount);
        out.writeInt(c.kwOnlyArgCount);
        out.writeInt(c.flags);
        out.writeInt(c.stackSize);
        for (String[] a : new String[][] {c.varnames, c.cellvars, c.freevars, c.names}) {
            out.writeInt(a.length);
            for (String s : a) writeString(s, out);
        }
        out.writeInt(c.consts.length);
        for (Object k : c.consts) writeConstant(k, out);
        for (int[] a : new int[][] {c.code, c.lines, c.endLines, c.cols, c.endCols}) writeInts(a, out);
        out.writeInt(c.exceptionTable.length);
        for (ExceptionTableEntry e : c.exceptionTable) {
            out.writeInt(e.start());
            out.writeInt(e.end());
            out.writeInt(e.target());
            out.writeInt(e.depth());
            out.writeBoolean(e.lasti());
        }
    }

    private static Code readCode(DataInputStream in) throws IOException {
        String name = readString(in), qualname = readString(in), filename = readString(in);
        int firstLine = in.readInt(), argCount = in.readInt(), posOnly = in.readInt(), kwOnly = in.readInt();
        int flags = in.readInt(), stackSize = in.readInt();
        String[][] arrays = new String[4][];
        for (int i = 0; i < 4; i++) {
            arrays[i] = new String[in.readInt()];
            for (int j = 0; j < arrays[i].length; j++) arrays[i][j] = readString(in);
        }
        Object[] consts = new Object[in.readInt()];
        for (int i = 0; i < consts.length; i++) consts[i] = readConstant(in);
        int[] code = readInts(in), lines = readInts(in), endLines = readInts(in), cols = readInts(in),
                endCols = readInts(in);
        int n = in.readInt();
        List<ExceptionTableEntry> table = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            table.add(new ExceptionTableEntry(in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                    in.readBoolean()));
        }
        return new Code(name, qualname, filename, firstLine, argCount, posOnly, kwOnly, flags, arrays[0],
                arrays[1], arrays[2], arrays[3], consts, code, lines, endLines, cols, endCols, table, stackSize);
    }

    private static void writeConstant(Object k, DataOutputStream out) throws IOException {
        switch (k) {
            case Constants.Singleton s -> out.writeByte(s == Constants.Singleton.NONE ? NONE : ELLIPSIS);
            case Boolean b -> out.writeByte(b ? TRUE : FALSE);
            case Long l -> {
                out.writeByte(LONG);
                out.writeLong(l);
            }
            case BigInteger b -> {
                out.writeByte(BIG);
                writeBytes(b.toByteArray(), out);
            }
            case Double d -> {
                out.writeByte(DOUBLE);
                out.writeLong(Double.doubleToRawLongBits(d));
            }
            case Constants.Complex z -> {
                out.writeByte(COMPLEX);
                out.writeLong(Double.doubleToRawLongBits(z.real()));
                out.writeLong(Double.doubleToRawLongBits(z.imag()));
            }
            case String s -> {
                out.writeByte(STR);
                writeString(s, out);
            }
            case Constants.Bytes b -> {
                out.writeByte(BYTES);
                writeBytes(b.value(), out);
            }
            case Constants.Tuple t -> {
                out.writeByte(TUPLE);
                out.writeInt(t.items().size());
                for (Object o : t.items()) writeConstant(o, out);
            }
            case Code c -> {
                out.writeByte(CODE);
                writeCode(c, out);
            }
            default -> throw new IllegalArgumentException("not a constant: " + k.getClass());
        }
    }

    private static Object readConstant(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        return switch (tag) {
            case NONE -> Constants.Singleton.NONE;
            case ELLIPSIS -> Constants.Singleton.ELLIPSIS;
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case LONG -> in.readLong();
            case BIG -> new BigInteger(readBytes(in));
            case DOUBLE -> Double.longBitsToDouble(in.readLong());
            case COMPLEX -> new Constants.Complex(Double.longBitsToDouble(in.readLong()),
                    Double.longBitsToDouble(in.readLong()));
            case STR -> readString(in);
            case BYTES -> new Constants.Bytes(readBytes(in));
            case TUPLE -> {
                int n = in.readInt();
                List<Object> items = new ArrayList<>(n);
                for (int i = 0; i < n; i++) items.add(readConstant(in));
                yield new Constants.Tuple(items);
            }
            case CODE -> readCode(in);
            default -> throw new IOException("bad constant tag " + tag);
        };
    }

    /** Strings as UTF-16 units, so that lone surrogates (legal in Python str) survive. */
    private static void writeString(String s, DataOutputStream out) throws IOException {
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static String readString(DataInputStream in) throws IOException {
        char[] cs = new char[in.readInt()];
        for (int i = 0; i < cs.length; i++) cs[i] = in.readChar();
        return new String(cs);
    }

    private static void writeBytes(byte[] b, DataOutputStream out) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readInt()];
        in.readFully(b);
        return b;
    }

    private static void writeInts(int[] a, DataOutputStream out) throws IOException {
        out.writeInt(a.length);
        for (int v : a) out.writeInt(v);
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] a = new int[in.readInt()];
        for (int i = 0; i < a.length; i++) a[i] = in.readInt();
        return a;
    }
}
