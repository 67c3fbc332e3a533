package org.gilpy.objects;

import java.math.BigInteger;
import org.gilpy.bytecode.Code;
import org.gilpy.bytecode.Constants;
import org.gilpy.bytecode.Op;

/**
 * Python's {@code code}: a compiled {@link Code} with its constants turned into Python
 * objects once, and its names interned, so the eval loop indexes ready objects.
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = PyType.builtin("code", PyCode.class, PyType.OBJECT, null);

    public final Code code;
    public final PyObject[] consts;
    /** {@code code.names} as interned Java strings (attribute and global names). */
    public final String[] names;
    /** The same names as interned str objects: dict keys for global and name lookups. */
    public final PyStr[] nameKeys;
    /** Keyword-name tuples of KW_NAMES, by constant index (null for other constants). */
    public final String[][] kwnames;
    /** Inline caches of the attribute instructions, by instruction index (null when there are none). */
    public final AttributeCache attrCache;
    /** Inline caches of LOAD_GLOBAL, by instruction index (null when there is none). */
    public final GlobalCache globalCache;

    public PyCode(Code code) {
        this(code, convertAll(code.consts));
    }

    /** A code object whose constants are these objects (what replace(co_consts=...) makes). */
    private PyCode(Code code, PyObject[] consts) {
        super(TYPE);
        this.code = code;
        this.consts = consts;
        this.kwnames = new String[consts.length][];
        for (int i = 0; i < consts.length; i++) {
            if (consts[i] instanceof PyTuple t && t.type == PyTuple.TYPE && allStrings(t)) {
                String[] ks = new String[t.items.length];
                for (int k = 0; k < ks.length; k++) ks[k] = ((PyStr) t.items[k]).value.intern();
                kwnames[i] = ks;
            }
        }
        this.names = new String[code.names.length];
        for (int i = 0; i < names.length; i++) names[i] = code.names[i].intern();
        this.nameKeys = new PyStr[names.length];
        for (int i = 0; i < names.length; i++) nameKeys[i] = PyStr.intern(names[i]);
        this.attrCache = has(code.code, Op.LOAD_ATTR, Op.STORE_ATTR, Op.LOAD_METHOD)
                ? new AttributeCache(code.code.length) : null;
        this.globalCache = has(code.code, Op.LOAD_GLOBAL, -1, -1) ? new GlobalCache(code.code.length) : null;
    }

    private static boolean has(int[] code, int op1, int op2, int op3) {
        for (int w : code) {
            int op = w & 0xFF;
            if (op == op1 || op == op2 || op == op3) return true;
        }
        return false;
    }

    private static boolean allStrings(PyTuple t) {
        for (PyObject o : t.items) if (o.type != PyStr.TYPE) return false;
        return true;
    }

    private static PyObject[] convertAll(Object[] cs) {
        PyObject[] out = new PyObject[cs.length];
        for (int i = 0; i < cs.length; i++) out[i] = convert(cs[i]);
        return out;
    }

    /** A constant-pool value as a Python object. */
    public static PyObject convert(Object c) {
        return switch (c) {
            case Long l -> PyInt.of(l);
            case BigInteger b -> PyInt.of(b);
            case Double d -> PyFloat.of(d);
            case String s -> PyStr.intern(s);
            case Boolean b -> PyBool.of(b);
            case Constants.Singleton s -> s == Constants.Singleton.NONE ? PyNone.NONE : PyEllipsis.ELLIPSIS;
            case Constants.Complex z -> PyComplex.of(z.real(), z.imag());
            case Constants.Bytes b -> PyBytes.wrap(b.value().clone());
            case Constants.Tuple t -> {
                PyObject[] items = new PyObject[t.items().size()];
                for (int i = 0; i < items.length; i++) items[i] = convert(t.items().get(i));
                yield PyTuple.of(items);
            }
            case Code code -> new PyCode(code);
            default -> throw new IllegalStateException("bad constant " + c);
        };
    }

    @PyGetter("co_name")
    public String coName() { return code.name; }

    @PyGetter("co_qualname")
    public String coQualname() { return code.qualname; }

    @PyGetter("co_filename")
    public String coFilename() { return code.filename; }

    @PyGetter("co_firstlineno")
    public int coFirstlineno() { return code.firstLineNo; }

    @PyGetter("co_argcount")
    public int coArgcount() { return code.argCount; }

    @PyGetter("co_posonlyargcount")
    public int coPosonly() { return code.posOnlyArgCount; }

    @PyGetter("co_kwonlyargcount")
    public int coKwonly() { return code.kwOnlyArgCount; }

    /** CPython 3.11 has no CO_NOFREE: gilpy keeps that bit for itself and hides it here. */
    @PyGetter("co_flags")
    public int coFlags() { return code.flags & ~Code.NOFREE; }

    @PyGetter("co_nlocals")
    public int coNlocals() { return code.varnames.length; }

    @PyGetter("co_stacksize")
    public int coStacksize() { return code.stackSize; }

    @PyGetter("co_varnames")
    public PyObject coVarnames() { return strTuple(code.varnames); }

    @PyGetter("co_cellvars")
    public PyObject coCellvars() { return strTuple(code.cellvars); }

    @PyGetter("co_freevars")
    public PyObject coFreevars() { return strTuple(code.freevars); }

    @PyGetter("co_names")
    public PyObject coNames() { return strTuple(code.names); }

    @PyGetter("co_consts")
    public PyObject coConsts() { return PyTuple.of(consts.clone()); }

    /**
     * One (line, end line, column, end column) tuple per instruction, None where unknown.
     * gilpy has one instruction per code unit and no cache entries, so the tuple for
     * {@code f_lasti} / {@code tb_lasti} is number {@code lasti // 2}, as in CPython.
     * Columns count code points (CPython counts UTF-8 bytes; the same on ASCII lines).
     */
    @PyMethod
    public PyObject co_positions() {
        int n = code.code.length;
        PyObject[] items = new PyObject[n];
        for (int i = 0; i < n; i++) {
            items[i] = PyTuple.of(position(code.lines[i]), position(code.endLines[i]),
                    position(code.cols[i]), position(code.endCols[i]));
        }
        return new PyTupleIterator(PyTuple.of(items));
    }

    /**
     * (start, end, line) for each run of instructions on one line: offsets count two per
     * instruction, as {@code f_lasti} does, and line is None where no line is known.
     */
    @PyMethod
    public PyObject co_lines() {
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        int n = code.code.length;
        for (int i = 0; i < n; ) {
            int j = i + 1;
            while (j < n && code.lines[j] == code.lines[i]) j++;
            out.add(PyTuple.of(PyInt.of(2L * i), PyInt.of(2L * j), position(code.lines[i])));
            i = j;
        }
        return new PyTupleIterator(PyTuple.of(out.toArray(new PyObject[0])));
    }

    private static final String[] REPLACEABLE = {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
        "co_nlocals", "co_stacksize", "co_flags", "co_firstlineno", "co_consts", "co_names", "co_varnames",
        "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname"};

    /**
     * A copy with the given fields replaced. gilpy's instructions are not CPython's, so
     * co_code, co_linetable and co_exceptiontable are not among them; the instructions
     * index names, variables and constants, so those tuples may grow but not shrink, and
     * the stack size may not drop below what the instructions need.
     */
    @PyMethod
    public PyObject replace(PyObject[] args, String[] kwnames) {
        if (ArgParser.npos(args, kwnames) > 0) throw PyErr.typeError("replace() takes no positional arguments");
        PyObject[] a = ArgParser.parse("replace", args, kwnames, REPLACEABLE, 0);
        int argCount = count(a[0], "co_argcount", code.argCount);
        int posOnly = count(a[1], "co_posonlyargcount", code.posOnlyArgCount);
        int kwOnly = count(a[2], "co_kwonlyargcount", code.kwOnlyArgCount);
        int stack = intArg(a[4], "co_stacksize", code.stackSize);
        int flags = intArg(a[5], "co_flags", coFlags()) | (code.flags & Code.NOFREE);
        int first = intArg(a[6], "co_firstlineno", code.firstLineNo);
        PyObject[] newConsts = a[7] == null ? consts : tupleArg(a[7], "co_consts").items.clone();
        String[] names = strings(a[8], "co_names", code.names);
        String[] varnames = strings(a[9], "co_varnames", code.varnames);
        String[] freevars = strings(a[10], "co_freevars", code.freevars);
        String[] cellvars = strings(a[11], "co_cellvars", code.cellvars);
        String filename = strArg(a[12], "co_filename", code.filename);
        String name = strArg(a[13], "co_name", code.name);
        String qualname = strArg(a[14], "co_qualname", code.qualname);
        if (a[3] != null && intArg(a[3], "co_nlocals", 0) != varnames.length) {
            throw PyErr.valueError("code: co_nlocals != len(co_varnames)");
        }
        int nargs = argCount + kwOnly + ((flags & Code.VARARGS) != 0 ? 1 : 0) + ((flags & Code.VARKEYWORDS) != 0 ? 1 : 0);
        if (varnames.length < nargs || varnames.length < code.varnames.length) {
            throw PyErr.valueError("code: co_varnames is too small");
        }
        if (names.length < code.names.length) throw PyErr.valueError("code: co_names is too small");
        if (newConsts.length < consts.length) throw PyErr.valueError("code: co_consts is too small");
        if (freevars.length != code.freevars.length || cellvars.length != code.cellvars.length) {
            throw PyErr.valueError("code: gilpy cannot change the number of co_freevars or co_cellvars");
        }
        if (stack < code.stackSize) throw PyErr.valueError("code: co_stacksize is too small");
        int shift = first - code.firstLineNo;
        Code c = new Code(name, qualname, filename, first, argCount, posOnly, kwOnly, flags, varnames, cellvars,
                freevars, names, code.consts, code.code, shifted(code.lines, shift), shifted(code.endLines, shift),
                code.cols, code.endCols, java.util.List.of(code.exceptionTable), stack);
        return new PyCode(c, newConsts);
    }

    /** Line numbers moved with co_firstlineno (CPython keeps them relative to it). */
    private static int[] shifted(int[] lines, int shift) {
        if (shift == 0) return lines;
        int[] out = lines.clone();
        for (int i = 0; i < out.length; i++) if (out[i] >= 0) out[i] += shift;
        return out;
    }

    private static int intArg(PyObject v, String name, int dflt) {
        if (v == null) return dflt;
        if (v instanceof PyFloat) throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        long n = Abstract.index(v).value;
        if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return (int) n;
    }

    private static int count(PyObject v, String name, int dflt) {
        int n = intArg(v, name, dflt);
        if (n < 0) throw PyErr.valueError("%s must be a positive integer", name);
        return n;
    }

    private static PyTuple tupleArg(PyObject v, String name) {
        if (!(v instanceof PyTuple t) || v.type != PyTuple.TYPE && !(v.type.isSubtypeOf(PyTuple.TYPE))) {
            throw PyErr.typeError("replace() argument '%s' must be tuple, not %s", name, v.type.tpName());
        }
        return t;
    }

    private static String[] strings(PyObject v, String name, String[] dflt) {
        if (v == null) return dflt;
        PyObject[] items = tupleArg(v, name).items;
        String[] out = new String[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr s)) throw PyErr.format(PyExc.SystemError, "non-string found in code slot");
            out[i] = s.value;
        }
        return out;
    }

    private static String strArg(PyObject v, String name, String dflt) {
        if (v == null) return dflt;
        if (!(v instanceof PyStr s)) throw PyErr.typeError("replace() argument '%s' must be str, not %s", name, v.type.tpName());
        return s.value;
    }

    private static PyObject position(int v) {
        return v < 0 ? PyNone.NONE : PyInt.of(v);
    }

    private static PyObject strTuple(String[] s) {
        PyObject[] items = new PyObject[s.length];
        for (int i = 0; i < s.length; i++) items[i] = PyStr.of(s[i]);
        return PyTuple.of(items);
    }

    /**
     * Code objects are equal when they would run alike: the same name, argument counts,
     * flags, first line, instructions, constants (of the same types: 1 is not 1.0, nor
     * 0.0 -0.0), names, variables and line and exception tables. The file name and the
     * qualified name do not count, as in CPython.
     */
    @PyMethod
    public PyObject __eq__(PyObject o) {
        if (!(o instanceof PyCode c)) return PyNotImplemented.NOT_IMPLEMENTED;
        Code a = code, b = c.code;
        if (this == c) return PyBool.TRUE;
        boolean same = a.name.equals(b.name) && a.argCount == b.argCount && a.posOnlyArgCount == b.posOnlyArgCount
                && a.kwOnlyArgCount == b.kwOnlyArgCount && coFlags() == c.coFlags() && a.firstLineNo == b.firstLineNo
                && java.util.Arrays.equals(a.code, b.code) && java.util.Arrays.equals(a.names, b.names)
                && java.util.Arrays.equals(a.varnames, b.varnames) && java.util.Arrays.equals(a.cellvars, b.cellvars)
                && java.util.Arrays.equals(a.freevars, b.freevars) && java.util.Arrays.equals(a.lines, b.lines)
                && java.util.Arrays.equals(a.endLines, b.endLines) && java.util.Arrays.equals(a.cols, b.cols)
                && java.util.Arrays.equals(a.endCols, b.endCols)
                && java.util.Arrays.equals(a.exceptionTable, b.exceptionTable) && sameConstants(consts, c.consts);
        return PyBool.of(same);
    }

    @PyMethod
    public long __hash__() {
        long h = code.name.hashCode() * 31L + java.util.Arrays.hashCode(code.code);
        h = h * 31 + code.argCount * 7 + code.kwOnlyArgCount * 3 + coFlags();
        h = h * 31 + code.firstLineNo * 17L + consts.length;
        return h == -1 ? -2 : h;
    }

    private static boolean sameConstants(PyObject[] x, PyObject[] y) {
        if (x.length != y.length) return false;
        for (int i = 0; i < x.length; i++) if (!sameConstant(x[i], y[i])) return false;
        return true;
    }

    /** CPython's rule for constants: the same type and an equal value, floats compared bit for bit. */
    private static boolean sameConstant(PyObject x, PyObject y) {
        if (x == y) return true;
        if (x.type != y.type) return false;
        return switch (x) {
            case PyFloat f -> Double.doubleToLongBits(f.value) == Double.doubleToLongBits(((PyFloat) y).value);
            case PyComplex z -> Double.doubleToLongBits(z.real) == Double.doubleToLongBits(((PyComplex) y).real)
                    && Double.doubleToLongBits(z.imag) == Double.doubleToLongBits(((PyComplex) y).imag);
            case PyTuple t -> sameConstants(t.items, ((PyTuple) y).items);
            case PyFrozenSet fs -> Abstract.richEqual(x, y);
            case PyCode c -> c.__eq__(y) == PyBool.TRUE;
            default -> Abstract.richEqual(x, y);
        };
    }

    @PyMethod
    public String __repr__() {
        return "<code object " + code.name + " at 0x" + Integer.toHexString(System.identityHashCode(this))
                + ", file \"" + code.filename + "\", line " + code.firstLineNo + ">";
    }
}
