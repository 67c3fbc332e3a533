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
        super(TYPE);
        this.code = code;
        this.consts = new PyObject[code.consts.length];
        this.kwnames = new String[code.consts.length][];
        for (int i = 0; i < consts.length; i++) {
            consts[i] = convert(code.consts[i]);
            if (code.consts[i] instanceof Constants.Tuple t && allStrings(t)) {
                String[] ks = new String[t.items().size()];
                for (int k = 0; k < ks.length; k++) ks[k] = ((String) t.items().get(k)).intern();
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

    private static boolean allStrings(Constants.Tuple t) {
        for (Object o : t.items()) if (!(o instanceof String)) return false;
        return true;
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

    private static PyObject position(int v) {
        return v < 0 ? PyNone.NONE : PyInt.of(v);
    }

    private static PyObject strTuple(String[] s) {
        PyObject[] items = new PyObject[s.length];
        for (int i = 0; i < s.length; i++) items[i] = PyStr.of(s[i]);
        return PyTuple.of(items);
    }

    @PyMethod
    public String __repr__() {
        return "<code object " + code.name + " at 0x" + Integer.toHexString(System.identityHashCode(this))
                + ", file \"" + code.filename + "\", line " + code.firstLineNo + ">";
    }
}
