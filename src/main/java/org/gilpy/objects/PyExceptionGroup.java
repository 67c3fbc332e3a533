package org.gilpy.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The layout of {@code BaseExceptionGroup} and {@code ExceptionGroup} (PEP 654): a
 * {@code message} and the tuple of {@code exceptions}. {@code BaseExceptionGroup(msg, excs)}
 * returns an ExceptionGroup when every item is an Exception. {@code split}/{@code subgroup}
 * walk the nesting, rebuilding groups with {@code derive} and copying the traceback,
 * context, cause and notes, as CPython does. {@link #exceptStarMatch} and
 * {@link #prepReraiseStar} are what the eval loop's {@code except*} needs.
 */
public final class PyExceptionGroup extends PyBaseException {
    public PyObject message;
    public PyTuple exceptions = PyTuple.EMPTY;

    PyExceptionGroup(PyType type) {
        super(type);
    }

    /** For {@link PyBaseException#create}: takes (message, exceptions) as given (callers from
     * Java pass valid ones; {@link #create(String, PyObject...)} validates). */
    @Override
    void initBuiltin(PyObject[] args) {
        if (args.length == 2) {
            message = args[0];
            exceptions = PyTuple.of(Abstract.toArray(args[1]));
        }
    }

    @PyMethod(value = "__new__", kind = PyMethod.Kind.NEW)
    static PyObject egNew(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("%s() takes no keyword arguments", cls.name);
        if (args.length != 2) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", args.length);
        }
        if (!(args[0] instanceof PyStr)) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", args[0].type.tpName());
        }
        PyObject seq = args[1];
        if (seq instanceof PyDict || seq.type.lookup("__getitem__") == null) {
            throw PyErr.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] excs = Abstract.toArray(seq);
        if (excs.length == 0) throw PyErr.valueError("second argument (exceptions) must be a non-empty sequence");
        boolean nestedBase = false;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException)) {
                throw PyErr.valueError("Item %d of second argument (exceptions) is not an exception", i);
            }
            if (!excs[i].type.isSubtypeOf(PyExc.Exception)) nestedBase = true;
        }
        if (cls == PyExc.BaseExceptionGroup) {
            if (!nestedBase) cls = PyExc.ExceptionGroup;
        } else if (cls == PyExc.ExceptionGroup) {
            if (nestedBase) throw PyErr.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
        } else if (nestedBase && cls.isSubtypeOf(PyExc.Exception)) {
            throw PyErr.typeError("Cannot nest BaseExceptions in '%s'", cls.name);
        }
        PyExceptionGroup e = (PyExceptionGroup) cls.newInstance();
        e.args = PyTuple.of(args.clone());
        e.message = args[0];
        e.exceptions = PyTuple.of(excs);
        return e;
    }

    @PyMethod("__init__")
    static void egInit(PyObject self, PyObject[] args, String[] kwnames) {
        noKeywords(self, kwnames);
        ((PyBaseException) self).args = PyTuple.of(args.clone());
    }

    @PyMethod("__str__")
    static PyObject egStr(PyObject self) {
        PyExceptionGroup e = (PyExceptionGroup) self;
        int n = e.exceptions.size();
        return PyStr.of(Abstract.str(e.message == null ? PyNone.NONE : e.message).value
                + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")");
    }

    @PyGetter("message")
    public PyObject getMessage() { return message == null ? PyNone.NONE : message; }

    @PySetter("message")
    public void setMessage(PyObject v) { throw PyErr.format(PyExc.AttributeError, "readonly attribute"); }

    @PyGetter("exceptions")
    public PyObject getExceptions() { return exceptions; }

    @PySetter("exceptions")
    public void setExceptions(PyObject v) { throw PyErr.format(PyExc.AttributeError, "readonly attribute"); }

    @PyMethod("derive")
    static PyObject derive(PyObject self, PyObject excs) {
        return Abstract.call(PyExc.BaseExceptionGroup, ((PyExceptionGroup) self).getMessage(), excs);
    }

    @PyMethod("split")
    static PyObject split(PyObject self, PyObject condition) {
        PyObject[] r = splitRecursive((PyBaseException) self, matcher(condition), true);
        return PyTuple.of(orNone(r[0]), orNone(r[1]));
    }

    @PyMethod("subgroup")
    static PyObject subgroup(PyObject self, PyObject condition) {
        return orNone(splitRecursive((PyBaseException) self, matcher(condition), false)[0]);
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    // ---- splitting ---------------------------------------------------------------------

    interface Matcher {
        boolean matches(PyBaseException e);
    }

    static boolean isExceptionClass(PyObject o) {
        return o instanceof PyType t && t.isSubtypeOf(PyExc.BaseException);
    }

    private static boolean isCallable(PyObject o) {
        return o.type.lookup("__call__") != null || Runtime.get().isFunction(o) || o instanceof PyBuiltinFunction
                || o instanceof PyBoundMethod || o instanceof PyMethodDescriptor;
    }

    /** A split condition: an exception type, a tuple of them, or a predicate. */
    static Matcher matcher(PyObject cond) {
        if (!(cond instanceof PyType) && isCallable(cond)) {
            return e -> Abstract.isTrue(Abstract.call(cond, e));
        }
        if (isExceptionClass(cond)) return e -> e.type.isSubtypeOf((PyType) cond);
        if (cond.type == PyTuple.TYPE) {
            PyTuple t = (PyTuple) cond;
            boolean ok = true;
            for (PyObject c : t.array()) ok &= isExceptionClass(c);
            if (ok) return e -> Abstract.isInstance(e, t);
        }
        throw PyErr.typeError("expected a function, exception type or tuple of exception types");
    }

    /** {match, rest} of exc under m (either may be null); rest only when constructRest. */
    static PyObject[] splitRecursive(PyBaseException exc, Matcher m, boolean constructRest) {
        if (m.matches(exc)) return new PyObject[] {exc, null};
        if (!(exc instanceof PyExceptionGroup eg)) return new PyObject[] {null, constructRest ? exc : null};
        List<PyObject> match = new ArrayList<>(), rest = new ArrayList<>();
        for (PyObject e : eg.exceptions.array()) {
            PyObject[] r = splitRecursive((PyBaseException) e, m, constructRest);
            if (r[0] != null) match.add(r[0]);
            if (r[1] != null) rest.add(r[1]);
        }
        PyObject matchGroup = match.isEmpty() ? null : subset(eg, match);
        PyObject restGroup = rest.isEmpty() ? null : subset(eg, rest);
        return new PyObject[] {matchGroup, restGroup};
    }

    /** {@code orig.derive(excs)} with orig's traceback, context, cause and (a copy of) notes. */
    private static PyObject subset(PyExceptionGroup orig, List<PyObject> excs) {
        PyObject r = Abstract.callMethod(orig, "derive", PyList.of(excs));
        if (!(r instanceof PyExceptionGroup eg)) {
            throw PyErr.typeError("derive must return an instance of BaseExceptionGroup");
        }
        eg.traceback = orig.traceback;
        eg.context = orig.context;
        eg.cause = orig.cause;
        eg.suppressContext = true;
        PyObject notes = Abstract.lookupAttr(orig, "__notes__");
        if (notes != null && !(notes instanceof PyDict) && notes.type.lookup("__getitem__") != null) {
            Abstract.setAttr(eg, "__notes__", PyList.fromIterable(notes));
        }
        return eg;
    }

    // ---- except* support for the eval loop ---------------------------------------------

    /** An ExceptionGroup("", excs), or a BaseExceptionGroup when some item is not an Exception. */
    public static PyBaseException create(String message, PyObject... excs) {
        return (PyBaseException) Abstract.call(PyExc.BaseExceptionGroup, PyStr.of(message), PyList.wrap(excs.clone()));
    }

    /** {@code except* T} against the exception being handled: {match, rest}, None where empty.
     * A bare exception that matches is wrapped in a group carrying its traceback. */
    public static PyObject[] exceptStarMatch(PyObject exc, PyObject matchType) {
        if (exc == PyNone.NONE) return new PyObject[] {PyNone.NONE, PyNone.NONE};
        if (Abstract.isInstance(exc, matchType)) {
            if (exc instanceof PyExceptionGroup) return new PyObject[] {exc, PyNone.NONE};
            PyBaseException wrapped = create("", exc);
            wrapped.traceback = ((PyBaseException) exc).traceback;
            return new PyObject[] {wrapped, PyNone.NONE};
        }
        if (exc instanceof PyExceptionGroup) {
            PyTuple pair = (PyTuple) Abstract.callMethod(exc, "split", matchType);
            return new PyObject[] {pair.get(0), pair.get(1)};
        }
        return new PyObject[] {PyNone.NONE, exc};
    }

    /** What leaves an {@code except*} block: {@code orig} is the group caught, {@code excs}
     * what each clause raised or re-raised (None entries ignored). Re-raised parts keep
     * orig's structure; newly raised exceptions are added beside them. Returns None, one
     * exception, or a new group. */
    public static PyObject prepReraiseStar(PyObject orig, PyObject[] excs) {
        if (excs.length == 0) return PyNone.NONE;
        if (!(orig instanceof PyExceptionGroup og)) return excs[0];
        List<PyObject> raised = new ArrayList<>(), reraised = new ArrayList<>();
        for (PyObject e : excs) {
            if (e == PyNone.NONE) continue;
            (sameMetadata(e, og) ? reraised : raised).add(e);
        }
        List<PyObject> keep = new ArrayList<>();
        if (!reraised.isEmpty()) {
            Set<PyObject> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PyObject e : reraised) collectLeaves(e, leaves);
            PyObject projected = splitRecursive(og, leaves::contains, false)[0];
            if (projected != null) keep.add(projected);
        }
        keep.addAll(raised);
        if (keep.isEmpty()) return PyNone.NONE;
        if (keep.size() == 1) return keep.get(0);
        return create("", keep.toArray(new PyObject[0]));
    }

    private static boolean sameMetadata(PyObject e, PyExceptionGroup orig) {
        if (!(e instanceof PyBaseException b)) return false;
        PyObject n1 = Abstract.lookupAttr(b, "__notes__"), n2 = Abstract.lookupAttr(orig, "__notes__");
        return n1 == n2 && b.traceback == orig.traceback && b.context == orig.context && b.cause == orig.cause;
    }

    private static void collectLeaves(PyObject e, Set<PyObject> out) {
        if (e instanceof PyExceptionGroup g) {
            for (PyObject x : g.exceptions.array()) collectLeaves(x, out);
        } else if (e != PyNone.NONE) {
            out.add(e);
        }
    }
}
