package org.gilpy.vm;

import org.gilpy.bytecode.Code;
import org.gilpy.objects.PyCell;
import org.gilpy.objects.PyCode;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * Python's {@code frame}: the state of one executing code object. {@link #fast} holds
 * the local variables, then one {@link PyCell} per cell and free variable; the value
 * stack is {@code stack[0..sp)}. {@link #lasti} is the index of the instruction being
 * executed (what tracebacks and {@code f_lineno} report).
 */
public final class Frame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", Frame.class, PyType.OBJECT, null);

    public final PyCode pycode;
    final Code code;
    public final PyDict globals;
    public final PyDict builtins;
    /** The locals mapping of module and class bodies (for modules, the globals); null in functions. */
    public PyObject locals;
    final PyObject[] fast;
    final PyObject[] stack;
    int sp;
    int pc;
    public int lasti = -1;
    public Frame back;
    /** The generator running this frame, or null. */
    PyGenerator generator;
    /** Keyword names set by KW_NAMES for the next CALL. */
    String[] kwnames;

    Frame(PyCode pycode, PyDict globals, PyDict builtins, PyObject locals) {
        super(TYPE);
        this.pycode = pycode;
        this.code = pycode.code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.fast = new PyObject[code.frameSize()];
        this.stack = new PyObject[code.stackSize + 1];
    }

    public int lineno() {
        return code.lineAt(Math.max(lasti, 0));
    }

    /** Cell i (cellvars, then freevars). */
    PyCell cell(int i) {
        return (PyCell) fast[code.varnames.length + i];
    }

    @PyGetter("f_lineno")
    public int fLineno() { return lineno(); }

    @PyGetter("f_code")
    public PyObject fCode() { return pycode; }

    @PyGetter("f_globals")
    public PyObject fGlobals() { return globals; }

    @PyGetter("f_builtins")
    public PyObject fBuiltins() { return builtins; }

    @PyGetter("f_back")
    public PyObject fBack() { return back == null ? PyNone.NONE : back; }

    @PyGetter("f_lasti")
    public int fLasti() { return lasti * 2; }

    @PyGetter("f_locals")
    public PyObject fLocals() { return localsDict(); }

    /** {@code locals()}: the mapping of module/class bodies, else a dict snapshot of the fast locals. */
    public PyObject localsDict() {
        if (locals != null) return locals;
        PyDict d = new PyDict();
        String[] vn = code.varnames;
        for (int i = 0; i < vn.length; i++) {
            if (fast[i] != null) d.put(PyStr.of(vn[i]), fast[i]);
        }
        int ncell = code.cellvars.length;
        for (int i = 0; i < ncell + code.freevars.length; i++) {
            PyObject c = fast[vn.length + i];
            String name = i < ncell ? code.cellvars[i] : code.freevars[i - ncell];
            if (c instanceof PyCell cell && cell.value != null) d.put(PyStr.of(name), cell.value);
        }
        return d;
    }

    /**
     * {@code frame.clear()}: drops the local variables and the value stack of a frame
     * that has finished; a suspended generator's frame closes its generator first. A
     * frame still running in some thread raises RuntimeError, as in CPython.
     */
    @PyMethod
    public void clear() {
        for (ThreadState t : ThreadState.live()) {
            for (Frame f = t.frame; f != null; f = f.back) {
                if (f == this) throw PyErr.runtimeError("cannot clear an executing frame");
            }
        }
        if (generator != null) {
            if (generator.running) throw PyErr.runtimeError("cannot clear an executing frame");
            if (!generator.finished) generator.close();
        }
        java.util.Arrays.fill(fast, null);
        java.util.Arrays.fill(stack, null);
        sp = 0;
    }

    @PyMethod
    public String __repr__() {
        return "<frame at 0x" + Integer.toHexString(System.identityHashCode(this)) + ", file '"
                + code.filename + "', line " + lineno() + ", code " + code.name + ">";
    }

    static PyInt index(int i) { return PyInt.of(i); }
}
