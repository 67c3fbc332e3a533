package org.gilpy.bytecode;

import java.util.List;

/**
 * A compiled code object: instructions, constant pool, names, and for every instruction
 * its source span (CPython's {@code co_positions()}). Immutable once built; the object
 * model wraps it as Python's {@code code} type.
 *
 * <p>Frame layout: a frame's locals array is {@code varnames} (parameters first, in the
 * order posonly, args, kwonly, *args, **kwargs), then one slot per cell: {@code cellvars}
 * then {@code freevars}. A CELL operand {@code i} names slot {@code varnames.length + i}.
 * A parameter that is also a cell variable appears in both varnames and cellvars; the VM
 * moves the argument into its cell when the frame starts ({@link #cellToArg}).
 */
public final class Code {
    // co_flags bits, as CPython's
    public static final int OPTIMIZED = 0x1, NEWLOCALS = 0x2, VARARGS = 0x4,
            VARKEYWORDS = 0x8, NESTED = 0x10, GENERATOR = 0x20, NOFREE = 0x40;

    public final String name, qualname, filename;
    public final int firstLineNo;
    public final int argCount, posOnlyArgCount, kwOnlyArgCount, flags;
    public final String[] varnames, cellvars, freevars, names;
    /** Constant kinds: see {@link Constants}. */
    public final Object[] consts;
    /** Instruction words: see {@link Opcode#encode}. */
    public final int[] code;
    /** Per instruction: line, end line, column, end column (0-based, code points); -1 when unknown. */
    public final int[] lines, endLines, cols, endCols;
    public final ExceptionTableEntry[] exceptionTable;
    /** Maximum value-stack depth, computed from {@link Opcode#stackEffect}. */
    public final int stackSize;
    /** For each cellvar, the index of the parameter it shadows, or -1. */
    public final int[] cellToArg;

    public Code(String name, String qualname, String filename, int firstLineNo,
                int argCount, int posOnlyArgCount, int kwOnlyArgCount, int flags,
                String[] varnames, String[] cellvars, String[] freevars, String[] names,
                Object[] consts, int[] code, int[] lines, int[] endLines, int[] cols,
                int[] endCols, List<ExceptionTableEntry> exceptionTable, int stackSize) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLineNo = firstLineNo;
        this.argCount = argCount;
        this.posOnlyArgCount = posOnlyArgCount;
        this.kwOnlyArgCount = kwOnlyArgCount;
        this.flags = flags;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.names = names;
        this.consts = consts;
        this.code = code;
        this.lines = lines;
        this.endLines = endLines;
        this.cols = cols;
        this.endCols = endCols;
        this.exceptionTable = exceptionTable.toArray(new ExceptionTableEntry[0]);
        this.stackSize = stackSize;
        this.cellToArg = new int[cellvars.length];
        int nargs = totalArgCount();
        for (int c = 0; c < cellvars.length; c++) {
            cellToArg[c] = -1;
            for (int a = 0; a < nargs; a++) {
                if (varnames[a].equals(cellvars[c])) {
                    cellToArg[c] = a;
                    break;
                }
            }
        }
    }

    /** Parameters including *args and **kwargs. */
    public int totalArgCount() {
        return argCount + kwOnlyArgCount + ((flags & VARARGS) != 0 ? 1 : 0)
                + ((flags & VARKEYWORDS) != 0 ? 1 : 0);
    }

    public boolean isGenerator() { return (flags & GENERATOR) != 0; }

    /** Size of a frame's locals array: varnames plus one slot per cell and free variable. */
    public int frameSize() { return varnames.length + cellvars.length + freevars.length; }

    /** The handler for an exception raised at instruction {@code index}, or null. */
    public ExceptionTableEntry handlerFor(int index) {
        for (ExceptionTableEntry e : exceptionTable) {
            if (e.covers(index)) return e;
            if (e.start() > index) break;
        }
        return null;
    }

    /** The line of instruction {@code index}, or the first line when unknown. */
    public int lineAt(int index) {
        if (index < 0 || index >= lines.length) return firstLineNo;
        int l = lines[index];
        return l < 0 ? firstLineNo : l;
    }

    @Override public String toString() {
        return "<code object " + name + ", file \"" + filename + "\", line " + firstLineNo + ">";
    }
}
