package org.gilpy.vm;

import org.gilpy.bytecode.Code;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.AttributeCache;
import org.gilpy.objects.GlobalCache;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyCell;
import org.gilpy.objects.PyCode;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethodDescriptor;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/** The larger instructions of {@link Eval}, kept out of the dispatch method. */
final class EvalOps {
    private EvalOps() {}

    static PyStr key(String name) { return PyStr.intern(name); }

    // ---- names ------------------------------------------------------------------

    static PyException unboundLocal(Code co, int i) {
        return PyErr.format(PyExc.UnboundLocalError,
                "cannot access local variable '%s' where it is not associated with a value", co.varnames[i]);
    }

    static PyException nameError(String name) {
        PyException e = PyErr.format(PyExc.NameError, "name '%s' is not defined", name);
        e.value.setAttr("name", PyStr.of(name));
        return e;
    }

    /**
     * k in the locals mapping of a module or class body, or null: an exact dict directly,
     * any other mapping (a {@code __prepare__} result) through {@code __getitem__}.
     */
    private static PyObject localsGet(Frame f, PyStr k) {
        if (f.locals instanceof PyDict d && d.type == PyDict.TYPE) return d.get(k);
        try {
            return Abstract.getItem(f.locals, k);
        } catch (PyException e) {
            if (!e.matches(PyExc.KeyError)) throw e;
            return null;
        }
    }

    static PyObject loadName(Frame f, PyStr k) {
        PyObject v = localsGet(f, k);
        if (v != null) return v;
        v = f.globals.get(k);
        if (v != null) return v;
        v = f.builtins.get(k);
        if (v != null) return v;
        throw nameError(k.value);
    }

    static void storeName(Frame f, PyStr k, PyObject v) {
        if (f.locals instanceof PyDict d && d.type == PyDict.TYPE) d.put(k, v);
        else Abstract.setItem(f.locals, k, v);
    }

    static void deleteName(Frame f, PyStr k) {
        if (f.locals instanceof PyDict d && d.type == PyDict.TYPE) {
            if (d.remove(k) == null) throw nameError(k.value);
        } else {
            Abstract.delItem(f.locals, k);
        }
    }

    /** LOAD_GLOBAL at pc after its cache missed: looks k up and refills the cache. */
    static PyObject loadGlobal(Frame f, GlobalCache cache, int pc, PyStr k) {
        PyObject v = cache.fill(pc, f.globals, f.builtins, k);
        if (v != null) return v;
        throw nameError(k.value);
    }

    static void deleteGlobal(Frame f, PyStr k) {
        if (f.globals.remove(k) == null) throw nameError(k.value);
    }

    private static String cellName(Code co, int i) {
        return i < co.cellvars.length ? co.cellvars[i] : co.freevars[i - co.cellvars.length];
    }

    static PyObject loadDeref(Frame f, int i) {
        PyObject v = f.cell(i).value;
        if (v == null) throw derefError(f.code, i);
        return v;
    }

    private static PyException derefError(Code co, int i) {
        String name = cellName(co, i);
        if (i < co.cellvars.length) {
            return PyErr.format(PyExc.UnboundLocalError,
                    "cannot access local variable '%s' where it is not associated with a value", name);
        }
        return PyErr.format(PyExc.NameError,
                "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name);
    }

    static PyObject loadClassDeref(Frame f, int i) {
        if (f.locals != null) {
            PyObject v = localsGet(f, key(cellName(f.code, i)));
            if (v != null) return v;
        }
        return loadDeref(f, i);
    }

    static void deleteDeref(Frame f, int i) {
        PyCell c = f.cell(i);
        if (c.value == null) throw derefError(f.code, i);
        c.value = null;
    }

    /** Creates the frame's cells; moves arguments that are cell variables into them; adds the closure. */
    static void initCells(Frame frame, PyFunction fn) {
        Code co = frame.code;
        int nv = co.varnames.length;
        for (int c = 0; c < co.cellvars.length; c++) {
            int a = co.cellToArg[c];
            frame.fast[nv + c] = new PyCell(a >= 0 ? frame.fast[a] : null);
        }
        if (fn != null && fn.closure != null) {
            System.arraycopy(fn.closure, 0, frame.fast, nv + co.cellvars.length, fn.closure.length);
        }
    }

    // ---- attributes and methods ---------------------------------------------------

    /** LOAD_METHOD: stack[i] holds obj; leaves (callable, self_or_null) at i, i+1. */
    static void loadMethod(AttributeCache cache, int pc, PyObject[] stack, int i, PyStr key) {
        PyObject obj = stack[i];
        PyObject cached = cache.cachedMethod(pc, obj);
        if (cached != null) {
            PyDict d = obj.getDict();
            if (d == null || d.get(key) == null) {
                stack[i] = cached;
                stack[i + 1] = obj;
                return;
            }
        }
        PyType t = obj.type;
        // Types, modules and super objects find attributes their own way (getAttribute).
        if (!(obj instanceof PyType) && !(obj instanceof PyModule) && !(obj instanceof PySuper)
                && (t.isBuiltin() || t.hooks().getattribute() == null)) {
            PyObject attr = t.lookup(key.value);
            if (attr instanceof PyMethodDescriptor || attr instanceof PyFunction) {
                PyDict d = obj.getDict();
                if (d == null || d.get(key) == null) {
                    cache.fillMethod(pc, t, attr);
                    stack[i] = attr;
                    stack[i + 1] = obj;
                    return;
                }
            }
        }
        stack[i] = Abstract.getAttr(obj, key);
        stack[i + 1] = null;
    }

    static PyObject loadBuildClass(Frame f) {
        PyObject b = f.builtins.get(key("__build_class__"));
        if (b == null) throw PyErr.format(PyExc.NameError, "__build_class__ not found");
        return b;
    }

    // ---- building -------------------------------------------------------------------

    static int buildTuple(PyObject[] stack, int sp, int n) {
        PyObject[] items = new PyObject[n];
        System.arraycopy(stack, sp - n, items, 0, n);
        clear(stack, sp - n, sp);
        stack[sp - n] = PyTuple.of(items);
        return sp - n + 1;
    }

    static int buildList(PyObject[] stack, int sp, int n) {
        PyObject[] items = new PyObject[n];
        System.arraycopy(stack, sp - n, items, 0, n);
        clear(stack, sp - n, sp);
        stack[sp - n] = PyList.wrap(items);
        return sp - n + 1;
    }

    static int buildSet(PyObject[] stack, int sp, int n) {
        PyObject s = new org.gilpy.objects.PySet();
        for (int i = sp - n; i < sp; i++) setAdd(s, stack[i]);
        clear(stack, sp - n, sp);
        stack[sp - n] = s;
        return sp - n + 1;
    }

    static int buildMap(PyObject[] stack, int sp, int n) {
        PyDict d = new PyDict();
        for (int i = sp - 2 * n; i < sp; i += 2) d.put(stack[i], stack[i + 1]);
        clear(stack, sp - 2 * n, sp);
        stack[sp - 2 * n] = d;
        return sp - 2 * n + 1;
    }

    static int buildConstKeyMap(PyObject[] stack, int sp, int n) {
        PyTuple keys = (PyTuple) stack[sp - 1];
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) d.put(keys.get(i), stack[sp - 1 - n + i]);
        clear(stack, sp - 1 - n, sp);
        stack[sp - 1 - n] = d;
        return sp - n;
    }

    static int buildString(PyObject[] stack, int sp, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = sp - n; i < sp; i++) b.append(((PyStr) stack[i]).value);
        clear(stack, sp - n, sp);
        stack[sp - n] = PyStr.of(b.toString());
        return sp - n + 1;
    }

    static int buildSlice(PyObject[] stack, int sp, int n) {
        PyObject step = n == 3 ? stack[sp - 1] : PyNone.NONE;
        PyObject start = stack[sp - n], stop = stack[sp - n + 1];
        clear(stack, sp - n, sp);
        stack[sp - n] = new org.gilpy.objects.PySlice(start, stop, step);
        return sp - n + 1;
    }

    private static void clear(PyObject[] stack, int from, int to) {
        for (int i = from; i < to; i++) stack[i] = null;
    }

    static void setAdd(PyObject set, PyObject v) {
        Abstract.callMethod(set, "add", v);
    }

    static void setUpdate(PyObject set, PyObject iterable) {
        Abstract.callMethod(set, "update", iterable);
    }

    static void listExtend(PyObject list, PyObject iterable) {
        PyList l = (PyList) list;
        PyObject[] items;
        try {
            items = Abstract.toArray(iterable);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && iterable.type.lookup("__iter__") == null
                    && iterable.type.lookup("__getitem__") == null) {
                throw PyErr.typeError("Value after * must be an iterable, not %s", iterable.type.tpName());
            }
            throw e;
        }
        for (PyObject x : items) l.append(x);
    }

    static void dictUpdate(PyObject dict, PyObject mapping) {
        if (mapping.type.lookup("keys") == null) {
            throw PyErr.typeError("'%s' object is not a mapping", mapping.type.tpName());
        }
        Abstract.callMethod(dict, "update", mapping);
    }

    static void dictMerge(PyObject dict, PyObject mapping, PyObject callable) {
        PyDict d = (PyDict) dict;
        if (mapping.type.lookup("keys") == null) {
            throw PyErr.typeError("%s argument after ** must be a mapping, not %s",
                    funcDesc(callable), mapping.type.tpName());
        }
        PyObject keys = Abstract.callMethod(mapping, "keys");
        for (PyObject k : Abstract.toArray(keys)) {
            if (!(k instanceof PyStr)) throw PyErr.typeError("keywords must be strings");
            if (d.get(k) != null) {
                throw PyErr.typeError("%s got multiple values for keyword argument '%s'",
                        funcDesc(callable), ((PyStr) k).value);
            }
            d.put(k, Abstract.getItem(mapping, k));
        }
    }

    /** "f()" or "module.f()" as CPython names a callable in call errors. */
    static String funcDesc(PyObject callable) {
        if (callable instanceof PyFunction fn) {
            String mod = fn.module instanceof PyStr s ? s.value : null;
            return (mod != null ? mod + "." : "") + fn.qualname + "()";
        }
        PyObject qn = Abstract.lookupAttr(callable, "__qualname__");
        if (qn instanceof PyStr s) return s.value + "()";
        return callable.type.name + " object";
    }

    static int unpackSequence(PyObject[] stack, int sp, int n) {
        PyObject seq = stack[sp - 1];
        PyObject[] items;
        if (seq instanceof PyTuple t && t.size() == n) {
            items = t.toArray();
        } else if (seq instanceof PyList l && l.size() == n) {
            items = l.toArray();
        } else {
            items = unpackIter(seq, n, -1);
        }
        sp--;
        for (int i = n - 1; i >= 0; i--) stack[sp++] = items[i];
        return sp;
    }

    private static PyObject[] unpackIter(PyObject seq, int before, int after) {
        PyObject it;
        try {
            it = Abstract.iter(seq);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw PyErr.typeError("cannot unpack non-iterable %s object", seq.type.tpName());
            }
            throw e;
        }
        PyObject[] out = new PyObject[before];
        for (int i = 0; i < before; i++) {
            PyObject x = Abstract.next(it);
            if (x == null) {
                if (after < 0) {
                    throw PyErr.valueError("not enough values to unpack (expected %d, got %d)", before, i);
                }
                throw PyErr.valueError("not enough values to unpack (expected at least %d, got %d)", before + after, i);
            }
            out[i] = x;
        }
        if (after < 0 && Abstract.next(it) != null) {
            throw PyErr.valueError("too many values to unpack (expected %d)", before);
        }
        return out;
    }

    static int unpackEx(PyObject[] stack, int sp, int arg) {
        int before = arg & 0xFF, after = arg >> 8;
        PyObject seq = stack[--sp];
        PyObject[] all;
        try {
            all = Abstract.toArray(seq);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError) && seq.type.lookup("__iter__") == null
                    && seq.type.lookup("__getitem__") == null) {
                throw PyErr.typeError("cannot unpack non-iterable %s object", seq.type.tpName());
            }
            throw e;
        }
        if (all.length < before + after) {
            throw PyErr.valueError("not enough values to unpack (expected at least %d, got %d)",
                    before + after, all.length);
        }
        int starLen = all.length - before - after;
        for (int i = all.length - 1; i >= before + starLen; i--) stack[sp++] = all[i];
        PyObject[] star = new PyObject[starLen];
        System.arraycopy(all, before, star, 0, starLen);
        stack[sp++] = PyList.wrap(star);
        for (int i = before - 1; i >= 0; i--) stack[sp++] = all[i];
        return sp;
    }

    static int formatValue(PyObject[] stack, int sp, int flags) {
        PyObject spec = (flags & 4) != 0 ? stack[--sp] : PyStr.EMPTY;
        PyObject v = stack[sp - 1];
        v = switch (flags & 3) {
            case 1 -> Abstract.str(v);
            case 2 -> Abstract.repr(v);
            case 3 -> PyStr.ascii(v);
            default -> v;
        };
        stack[sp] = null;
        stack[sp - 1] = (v.type == PyStr.TYPE && ((PyStr) spec).value.isEmpty()) ? v : Abstract.format(v, spec);
        return sp;
    }

    static int makeFunction(Frame f, PyObject[] stack, int sp, int flags) {
        PyCode code = (PyCode) stack[--sp];
        PyFunction fn = new PyFunction(code, f.globals, f.builtins);
        if ((flags & 8) != 0) fn.closure = ((PyTuple) stack[--sp]).toArray();
        if ((flags & 4) != 0) {
            PyObject[] pairs = ((PyTuple) stack[--sp]).toArray();
            PyDict ann = new PyDict();
            for (int i = 0; i < pairs.length; i += 2) ann.put(pairs[i], pairs[i + 1]);
            fn.annotations = ann;
        }
        if ((flags & 2) != 0) fn.kwdefaults = (PyDict) stack[--sp];
        if ((flags & 1) != 0) fn.defaults = ((PyTuple) stack[--sp]).toArray();
        stack[sp++] = fn;
        for (int i = sp; i < stack.length && stack[i] != null; i++) stack[i] = null;
        return sp;
    }

    static int callEx(PyObject[] stack, int sp, int flags) {
        PyObject kwargs = (flags & 1) != 0 ? stack[--sp] : null;
        PyObject args = stack[--sp];
        PyObject callable = stack[sp - 2];
        if (!(args instanceof PyTuple)) {
            if (args.type.lookup("__iter__") == null && args.type.lookup("__getitem__") == null) {
                throw PyErr.typeError("%s argument after * must be an iterable, not %s",
                        funcDesc(callable), args.type.tpName());
            }
            args = PyTuple.of(Abstract.toArray(args));
        }
        PyObject[] pos = ((PyTuple) args).toArray();
        PyObject result;
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            result = callable.call(pos, null);
        } else {
            PyDict kw = (PyDict) kwargs;
            PyObject[] all = new PyObject[pos.length + kw.size()];
            System.arraycopy(pos, 0, all, 0, pos.length);
            String[] names = new String[kw.size()];
            int i = 0;
            for (var e : kw.entries()) {
                names[i] = ((PyStr) e.getKey()).value;
                all[pos.length + i++] = e.getValue();
            }
            result = callable.call(all, names);
        }
        stack[sp - 1] = null;
        stack[sp] = null;
        stack[sp - 2] = result;
        return sp - 1;
    }

    // ---- generators -------------------------------------------------------------------

    static PyObject yieldFromIter(PyObject o) {
        return o instanceof PyGenerator ? o : Abstract.iter(o);
    }

    /** One step of YIELD_FROM: stack[sp-2] is the iterator, stack[sp-1] the value to send. */
    static PyObject yieldFrom(Frame f, PyObject[] stack, int sp) {
        PyObject it = stack[sp - 2];
        PyObject v = stack[sp - 1];
        PyGenerator self = f.generator;
        PyObject r;
        if (it instanceof PyGenerator g) {
            r = g.sendOrNull(v);
            if (r == null) {
                self.yielded = false;
                return g.returnValue;
            }
        } else {
            try {
                // a user iterator's StopIteration carries the value of the yield from
                r = v != PyNone.NONE ? Abstract.callMethod(it, "send", v)
                        : it.type.isBuiltin() ? Abstract.next(it) : Abstract.callSpecial(it, "__next__");
                if (r == null) {
                    self.yielded = false;
                    return PyNone.NONE;
                }
            } catch (PyException e) {
                if (!e.matches(PyExc.StopIteration)) throw e;
                self.yielded = false;
                return PyGenerator.stopValue(e.value);
            }
        }
        self.yielded = true;
        return r;
    }

    // ---- exceptions ---------------------------------------------------------------------

    static PyException raise(ThreadState ts, PyObject[] stack, int sp, int n) {
        if (n == 0) {
            if (ts.handled == null) return PyErr.runtimeError("No active exception to reraise");
            ts.reraising = true;    // a bare raise adds no traceback entry and no context
            return new PyException(ts.handled);
        }
        PyObject cause = n == 2 ? stack[sp - 1] : null;
        PyObject exc = stack[sp - n];
        PyBaseException e = makeException(exc);
        if (cause != null) {
            if (cause == PyNone.NONE) {
                e.cause = null;
            } else {
                PyBaseException c = makeException(cause, true);
                e.cause = c;
            }
            e.suppressContext = true;
        }
        return new PyException(e);
    }

    static PyBaseException makeException(PyObject exc) {
        return makeException(exc, false);
    }

    private static PyBaseException makeException(PyObject exc, boolean isCause) {
        if (exc instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            PyObject inst = Abstract.call(t);
            if (!(inst instanceof PyBaseException b)) {
                throw PyErr.typeError("calling %s should have returned an instance of BaseException, not %s",
                        Abstract.repr(t).value, inst.type.tpName());
            }
            return b;
        }
        if (exc instanceof PyBaseException b) return b;
        if (isCause) throw PyErr.typeError("exception causes must derive from BaseException");
        throw PyErr.typeError("exceptions must derive from BaseException");
    }

    static boolean excMatch(PyObject exc, PyObject type) {
        checkExcType(type);
        return Abstract.isInstance(exc, type);
    }

    private static void checkExcType(PyObject type) {
        if (type instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) checkExcType(t.get(i));
            return;
        }
        if (!(type instanceof PyType c) || !c.isSubtypeOf(PyExc.BaseException)) {
            throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    static int beforeWith(PyObject[] stack, int sp) {
        PyObject mgr = stack[sp - 1];
        PyObject enter = mgr.type.lookup("__enter__");
        PyObject exit = mgr.type.lookup("__exit__");
        if (enter == null) {
            throw PyErr.typeError("'%s' object does not support the context manager protocol", mgr.type.tpName());
        }
        if (exit == null) {
            throw PyErr.typeError("'%s' object does not support the context manager protocol (missed __exit__ method)",
                    mgr.type.tpName());
        }
        stack[sp - 1] = org.gilpy.objects.Descriptor.get(exit, mgr, mgr.type);
        stack[sp] = Abstract.callUnbound(enter, mgr, new PyObject[0], null);
        return sp + 1;
    }

    static PyObject withExceptStart(PyObject[] stack, int sp) {
        PyObject exit = stack[sp - 4];
        PyBaseException exc = (PyBaseException) stack[sp - 1];
        PyObject tb = exc.traceback == null ? PyNone.NONE : exc.traceback;
        return Abstract.call(exit, exc.type, exc, tb);
    }

    /** A Java failure inside an instruction becomes a Python exception: RecursionError for
     * a Java stack overflow, else SystemError naming it an internal error. */
    static PyException internalError(Frame f, Throwable t) {
        if (t instanceof StackOverflowError) {
            return PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        Interpreter.lastInternalError = t;
        return PyErr.format(PyExc.SystemError, "internal error in gilpy: %s (at %s line %d)",
                t, f.code.filename, f.lineno());
    }

    // ---- modules, misc ------------------------------------------------------------------

    static void setupAnnotations(Frame f) {
        if (f.locals instanceof PyDict d) {
            if (d.get(key("__annotations__")) == null) d.put(key("__annotations__"), new PyDict());
        }
    }

    static PyObject importName(Frame f, String name, PyObject fromlist, PyObject level) {
        return Importer.importName(f, name, fromlist, level);
    }

    static PyObject importFrom(PyObject module, String name) {
        return Importer.importFrom(module, name);
    }

    static void importStar(Frame f, PyObject module) {
        Importer.importStar(f, module);
    }

    /**
     * A check point, reached once a thread has run {@link Interpreter#checkInterval}
     * instructions (and soon after a signal is tripped): the GIL goes to a thread that has
     * waited long enough, and the main thread runs pending signal handlers. The eval loop
     * counts instructions where CPython 3.11 looks at its "eval breaker", so that no
     * other instruction pays for counting and signal handlers' exceptions show CPython's
     * line: a backward jump (conditional or not) charges the loop's length, a return the
     * length of the frame's code up to it, a call one; a check point comes at a backward
     * jump, just after a call returns, or at a frame's start, once the count is used up.
     * Those are the only callers, so signal handlers always run where CPython's would.
     */
    static void checkPoint(ThreadState ts) {
        ts.ticks = Interpreter.checkInterval;
        if (Signals.pending() && ts == Signals.mainThread()) Signals.runPending(ts);
        org.gilpy.objects.WeakRefs.poll();  // callbacks of weak references the JVM cleared [weakref-delivery]
        Interpreter.GIL.offer(ts);
    }

    static void printExpr(PyObject v) {
        Interpreter.displayHook(v);
    }

    static void printItem(PyObject file, PyObject v) {
        Py2Print.item(file, v);
    }

    static void printNewline(PyObject file) {
        Py2Print.newline(file);
    }
}
