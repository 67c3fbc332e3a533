package org.gilpy.modules.functools;

import java.util.Arrays;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyGenericAlias;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySetter;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.ReprGuard;

/**
 * {@code functools.partial(func, /, *args, **keywords)}: func with some arguments fixed.
 * Invariants: {@link #func} is callable; {@link #keywords} has str keys and belongs to
 * this object (the {@code keywords} attribute hands out this very dict, as CPython does).
 * A partial of a plain partial is flattened into one partial of the inner function.
 */
public class Partial extends PyObject {
    public static final PyType TYPE = FunctoolsModule.newType("partial", Partial.class);

    static {
        PyGenericAlias.installClassGetItem(TYPE);
    }

    private PyObject func;
    private PyObject[] args;
    private PyDict keywords;
    private PyDict dict;

    Partial(PyType type, PyObject func, PyObject[] args, PyDict keywords) {
        super(type);
        this.func = func;
        this.args = args;
        this.keywords = keywords;
    }

    @Override
    public PyDict getDict() {
        if (dict == null) dict = new PyDict();
        return dict;
    }

    @Override
    public boolean setDict(PyDict d) {
        dict = d;
        return true;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] all, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = all.length - nkw;
        if (npos < 1) throw PyErr.typeError("type 'partial' takes at least one argument");
        PyObject func = all[0];
        if (!Abstract.isCallable(func)) throw PyErr.typeError("the first argument must be callable");
        PyObject[] before = new PyObject[0];
        PyDict kw = new PyDict();
        if (func instanceof Partial inner && inner.type.lookup("__call__") == TYPE.lookup("__call__")
                && (inner.dict == null || inner.dict.size() == 0)) {
            before = inner.args;
            kw.putAll(inner.keywords);
            func = inner.func;
        }
        PyObject[] args = Arrays.copyOf(before, before.length + npos - 1);
        System.arraycopy(all, 1, args, before.length, npos - 1);
        for (int k = 0; k < nkw; k++) kw.put(PyStr.of(kwnames[k]), all[npos + k]);
        return new Partial(cls, func, args, kw);
    }

    @Override
    public PyObject call(PyObject[] callArgs, String[] callKw) {
        int ncallKw = callKw == null ? 0 : callKw.length;
        int ncallPos = callArgs.length - ncallKw;
        int nown = keywords.size();
        if (nown == 0) {
            if (args.length == 0) return Abstract.call(func, callArgs, callKw);
            PyObject[] full = new PyObject[args.length + callArgs.length];
            System.arraycopy(args, 0, full, 0, args.length);
            System.arraycopy(callArgs, 0, full, args.length, callArgs.length);
            return Abstract.call(func, full, callKw);
        }
        // keywords: the stored ones, each replaced by a call keyword of the same name,
        // then the call's new ones, in order
        PyDict merged = keywords.copyDict();
        for (int k = 0; k < ncallKw; k++) merged.put(PyStr.of(callKw[k]), callArgs[ncallPos + k]);
        int nkw = merged.size();
        PyObject[] full = new PyObject[args.length + ncallPos + nkw];
        System.arraycopy(args, 0, full, 0, args.length);
        System.arraycopy(callArgs, 0, full, args.length, ncallPos);
        String[] names = new String[nkw];
        int j = 0;
        for (int i = merged.nextEntry(0); i >= 0; i = merged.nextEntry(i + 1), j++) {
            if (!(merged.keyAt(i) instanceof PyStr key)) throw PyErr.typeError("keywords must be strings");
            names[j] = key.value;
            full[args.length + ncallPos + j] = merged.valueAt(i);
        }
        return Abstract.call(func, full, names);
    }

    @PyGetter("func")
    public PyObject func() { return func; }

    @PyGetter("args")
    public PyObject args() { return PyTuple.of(args.clone()); }

    @PyGetter("keywords")
    public PyObject keywords() { return keywords; }

    @PySetter("func")
    public void setFunc(PyObject v) { throw readonly(); }

    @PySetter("args")
    public void setArgs(PyObject v) { throw readonly(); }

    @PySetter("keywords")
    public void setKeywords(PyObject v) { throw readonly(); }

    private static PyException readonly() {
        return PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    /** {@code (type, (func,), (func, args, keywords, __dict__ or None))}. */
    @PyMethod
    public PyObject __reduce__() {
        PyObject d = dict == null || dict.size() == 0 ? PyNone.NONE : dict;
        return PyTuple.of(type, PyTuple.of(func), PyTuple.of(func, PyTuple.of(args.clone()), keywords, d));
    }

    @PyMethod
    public void __setstate__(PyObject state) {
        if (!(state instanceof PyTuple t) || t.size() != 4) throw PyErr.typeError("invalid partial state");
        PyObject f = t.get(0);
        PyObject a = t.get(1);
        PyObject kw = t.get(2);
        PyObject d = t.get(3);
        if (!Abstract.isCallable(f) || !(a instanceof PyTuple fnArgs)
                || (kw != PyNone.NONE && !(kw instanceof PyDict))
                || (d != PyNone.NONE && !(d instanceof PyDict))) {
            throw PyErr.typeError("invalid partial state");
        }
        func = f;
        args = Abstract.toArray(fnArgs);
        keywords = kw == PyNone.NONE ? new PyDict() : kw.type == PyDict.TYPE ? (PyDict) kw : ((PyDict) kw).copyDict();
        dict = d == PyNone.NONE ? null : (PyDict) d;
    }

    @PyMethod
    public String __repr__() {
        String name = type == TYPE ? "functools.partial" : type.name;
        if (!ReprGuard.enter(this)) return "...";
        try {
            StringBuilder sb = new StringBuilder(name).append('(').append(Abstract.repr(func).value);
            for (PyObject a : args) sb.append(", ").append(Abstract.repr(a).value);
            for (int i = keywords.nextEntry(0); i >= 0; i = keywords.nextEntry(i + 1)) {
                sb.append(", ").append(Abstract.str(keywords.keyAt(i)).value).append('=')
                        .append(Abstract.repr(keywords.valueAt(i)).value);
            }
            return sb.append(')').toString();
        } finally {
            ReprGuard.leave(this);
        }
    }
}
