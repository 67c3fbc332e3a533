package org.gilpy.vm;

import org.gilpy.objects.Descriptor;
import org.gilpy.objects.PyBoundMethod;
import org.gilpy.objects.PyCode;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySetter;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * Python's {@code function}: code plus the globals, defaults and closure it was made
 * with. Calling it binds the arguments into a new {@link Frame} ({@link ArgBinder}) and
 * runs it, or for a generator function returns a {@link PyGenerator}.
 */
public final class PyFunction extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("function", PyFunction.class, PyType.OBJECT, null);

    static { TYPE.baseType = false; }

    public PyCode code;
    public final PyDict globals;
    final PyDict builtins;
    public String name, qualname;
    /** Positional defaults (for the last parameters), or null. */
    PyObject[] defaults;
    /** Keyword-only defaults, or null. */
    PyDict kwdefaults;
    /** Cells for the code's free variables, or null. */
    PyObject[] closure;
    PyObject doc = PyNone.NONE;
    PyObject annotations;
    PyObject module;
    private PyDict dict;

    PyFunction(PyCode code, PyDict globals, PyDict builtins) {
        super(TYPE);
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.code.name;
        this.qualname = code.code.qualname;
        PyObject m = globals.get(PyStr.of("__name__"));
        this.module = m == null ? PyNone.NONE : m;
        // The compiler puts the docstring, or None, at consts[0] of every function.
        if (code.consts.length > 0 && code.consts[0] instanceof PyStr s) {
            this.doc = s;
        }
    }

    @Override
    public PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Eval.callFunction(this, args, 0, args.length, kwnames);
    }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        return obj == null ? this : new PyBoundMethod(this, obj);
    }

    @PyGetter("__name__")
    public String getName() { return name; }

    @PySetter("__name__")
    public void setName(PyObject v) {
        if (!(v instanceof PyStr s)) throw PyErr.typeError("__name__ must be set to a string object");
        name = s.value;
    }

    @PyGetter("__qualname__")
    public String getQualname() { return qualname; }

    @PySetter("__qualname__")
    public void setQualname(PyObject v) {
        if (!(v instanceof PyStr s)) throw PyErr.typeError("__qualname__ must be set to a string object");
        qualname = s.value;
    }

    @PyGetter("__doc__")
    public PyObject getDoc() { return doc; }

    @PySetter("__doc__")
    public void setDoc(PyObject v) { doc = v == null ? PyNone.NONE : v; }

    @PyGetter("__module__")
    public PyObject getModule() { return module; }

    @PySetter("__module__")
    public void setModule(PyObject v) { module = v == null ? PyNone.NONE : v; }

    @PyGetter("__code__")
    public PyObject getCode() { return code; }

    @PySetter("__code__")
    public void setCode(PyObject v) {
        if (!(v instanceof PyCode c)) throw PyErr.typeError("__code__ must be set to a code object");
        code = c;
    }

    @PyGetter("__globals__")
    public PyObject getGlobals() { return globals; }

    @PyGetter("__builtins__")
    public PyObject getBuiltins() { return builtins; }

    @PyGetter("__defaults__")
    public PyObject getDefaults() { return defaults == null ? PyNone.NONE : PyTuple.of(defaults.clone()); }

    @PySetter("__defaults__")
    public void setDefaults(PyObject v) {
        if (v == null || v == PyNone.NONE) defaults = null;
        else if (v instanceof PyTuple t) defaults = t.size() == 0 ? null : t.toArray();
        else throw PyErr.typeError("__defaults__ must be set to a tuple object");
    }

    @PyGetter("__kwdefaults__")
    public PyObject getKwdefaults() { return kwdefaults == null ? PyNone.NONE : kwdefaults; }

    @PySetter("__kwdefaults__")
    public void setKwdefaults(PyObject v) {
        if (v == null || v == PyNone.NONE) kwdefaults = null;
        else if (v instanceof PyDict d) kwdefaults = d;
        else throw PyErr.typeError("__kwdefaults__ must be set to a dict object");
    }

    @PyGetter("__closure__")
    public PyObject getClosure() { return closure == null ? PyNone.NONE : PyTuple.of(closure.clone()); }

    @PyGetter("__annotations__")
    public PyObject getAnnotations() {
        if (annotations == null) annotations = new PyDict();
        return annotations;
    }

    @PySetter("__annotations__")
    public void setAnnotations(PyObject v) { annotations = v; }

    @PyGetter("__dict__")
    public PyObject getDictAttr() { return getDict(); }

    @PyMethod
    public String __repr__() {
        return "<function " + qualname + " at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}
