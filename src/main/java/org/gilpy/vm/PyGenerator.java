package org.gilpy.vm;

import org.gilpy.bytecode.Opcode;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * Python's {@code generator}: a suspended frame resumed by {@code next}, {@code send},
 * {@code throw} and {@code close}. A StopIteration escaping the body becomes
 * RuntimeError "generator raised StopIteration" (PEP 479).
 */
public final class PyGenerator extends PyIterator {
    public static final PyType TYPE = PyType.builtin("generator", PyGenerator.class, PyType.OBJECT, null);

    static { TYPE.baseType = false; }

    final Frame frame;
    /** Set by the eval loop when the frame suspended at a yield. */
    boolean yielded;
    boolean running, finished, started;
    /** While suspended inside an except/finally handler: the exception it handles (what
     * {@code sys.exc_info()} and implicit chaining see again on resume), else null. */
    private PyBaseException excState;
    /** The handled exception the handler will restore when it ends (the caller's at entry). */
    private PyBaseException excBase;
    /** The value the body returned, after it finished. */
    PyObject returnValue = PyNone.NONE;
    String name, qualname;

    PyGenerator(Frame frame) {
        super(TYPE);
        this.frame = frame;
        frame.generator = this;
        this.name = frame.code.name;
        this.qualname = frame.code.qualname;
    }

    @Override
    public PyObject nextOrNull() {
        return sendOrNull(PyNone.NONE);
    }

    /** Resumes with a sent value; returns the yielded value, or null when the body returned. */
    PyObject sendOrNull(PyObject value) {
        if (!started && value != PyNone.NONE) {
            throw PyErr.typeError("can't send non-None value to a just-started generator");
        }
        return resume(value, null);
    }

    private PyObject resume(PyObject value, PyException throwIn) {
        return resume(value, throwIn, true);
    }

    private PyObject resume(PyObject value, PyException throwIn, boolean push) {
        if (running) throw PyErr.valueError("generator already executing");
        if (finished) {
            if (throwIn != null) throw throwIn;
            return null;
        }
        if (started && throwIn == null && push) {
            frame.stack[frame.sp++] = value;
        }
        started = true;
        running = true;
        yielded = false;
        ThreadState ts = ThreadState.current();
        if (++ts.depth > Interpreter.recursionLimit) {
            ts.depth--;
            running = false;
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        frame.back = ts.frame;
        ts.frame = frame;
        PyBaseException savedHandled = ts.handled;
        boolean wasHandling = excState != null;
        if (wasHandling) ts.handled = excState;
        try {
            PyObject r = Eval.execute(frame, ts, throwIn);
            if (yielded) {
                suspendExcState(ts.handled, wasHandling ? excBase : savedHandled);
                return r;
            }
            excState = null;
            finished = true;
            returnValue = r;
            return null;
        } catch (PyException e) {
            finished = true;
            excState = null;
            if (e.matches(PyExc.StopIteration)) {
                PyException re = PyErr.runtimeError("generator raised StopIteration");
                re.value.cause = e.value;
                re.value.context = e.value;
                re.value.suppressContext = true;
                re.contextDecided = true;
                throw re;
            }
            throw e;
        } finally {
            running = false;
            ts.frame = frame.back;
            frame.back = null;
            ts.depth--;
            ts.handled = savedHandled;
        }
    }

    /** At a yield: remembers the exception the body is handling, if any ({@code base}
     * is what ts.handled is when the body is in no handler of its own). */
    private void suspendExcState(PyBaseException handled, PyBaseException base) {
        if (handled == base) {
            excState = null;
        } else {
            excState = handled;
            excBase = base;
        }
    }

    /** The value of a StopIteration (its first argument, or None). */
    static PyObject stopValue(PyBaseException e) {
        PyObject v = Abstract.lookupAttr(e, "value");
        if (v != null) return v;
        return e.args.size() > 0 ? e.args.get(0) : PyNone.NONE;
    }

    private PyObject finish(PyObject r) {
        if (r != null) return r;
        throw new PyException(PyBaseException.create(PyExc.StopIteration,
                returnValue == PyNone.NONE ? new PyObject[0] : new PyObject[] {returnValue}));
    }

    @Override
    @PyMethod
    public PyObject __next__() {
        return finish(nextOrNull());
    }

    @PyMethod
    public PyObject send(PyObject value) {
        return finish(sendOrNull(value));
    }

    @PyMethod(value = "throw", optional = 2)
    public PyObject throw_(PyObject type, PyObject value, PyObject tb) {
        PyBaseException exc;
        if (type instanceof PyType t) {
            exc = value == null || value == PyNone.NONE ? EvalOps.makeException(t)
                    : value instanceof PyBaseException b ? b
                    : EvalOps.makeException(Abstract.call(t, value instanceof PyTuple ? ((PyTuple) value).toArray() : new PyObject[] {value}));
        } else if (type instanceof PyBaseException b) {
            exc = b;
        } else {
            throw PyErr.typeError("exceptions must be classes or instances deriving from BaseException, not %s",
                    type.type.tpName());
        }
        return finish(throwInto(exc));
    }

    /** Raises exc at the suspension point (delegating to a sub-iterator of yield from). */
    private PyObject throwInto(PyBaseException exc) {
        if (started && !finished && isInYieldFrom()) {
            PyObject sub = frame.stack[frame.sp - 1];
            PyObject r = delegateThrow(sub, exc);
            if (r != null) return r;
        }
        if (!started) {
            finished = true;
            throw ExceptionChain.restored(exc);
        }
        return resume(null, ExceptionChain.restored(exc));
    }

    private boolean isInYieldFrom() {
        int w = frame.code.code[frame.pc];
        return Opcode.opcodeOf(w) == Opcode.YIELD_FROM;
    }

    /** Passes exc to the sub-iterator; returns its next yielded value, or null when the
     * frame should continue (with the sub-iterator's result or the raised exception). */
    private PyObject delegateThrow(PyObject sub, PyBaseException exc) {
        try {
            PyObject r;
            if (exc.type.isSubtypeOf(PyExc.GeneratorExit)) {
                PyObject close = Abstract.lookupAttr(sub, "close");
                if (close != null) Abstract.call(close);
                return null;
            }
            PyObject thr = Abstract.lookupAttr(sub, "throw");
            if (thr == null) return null;
            r = Abstract.call(thr, exc);
            return r;
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                frame.stack[frame.sp - 1] = stopValue(e.value);
                frame.pc += 1;
                return resume(null, null, false);
            }
            return resume(null, e);
        }
    }

    @PyMethod
    public PyObject close() {
        if (finished || !started) {
            finished = true;
            return PyNone.NONE;
        }
        try {
            PyObject r = throwInto(PyBaseException.create(PyExc.GeneratorExit));
            if (r != null) throw PyErr.runtimeError("generator ignored GeneratorExit");
        } catch (PyException e) {
            if (e.matches(PyExc.GeneratorExit) || e.matches(PyExc.StopIteration)) return PyNone.NONE;
            throw e;
        }
        return PyNone.NONE;
    }

    @PyGetter("__name__")
    public String getName() { return name; }

    @PyGetter("__qualname__")
    public String getQualname() { return qualname; }

    @PyGetter("gi_frame")
    public PyObject giFrame() { return finished ? PyNone.NONE : frame; }

    @PyGetter("gi_running")
    public boolean giRunning() { return running; }

    /** True while the generator waits at a yield (started, neither running nor finished). */
    @PyGetter("gi_suspended")
    public boolean giSuspended() { return started && !running && !finished; }

    /** The iterator a suspended {@code yield from} is delegating to, else None. */
    @PyGetter("gi_yieldfrom")
    public PyObject giYieldfrom() {
        return giSuspended() && isInYieldFrom() ? frame.stack[frame.sp - 1] : PyNone.NONE;
    }

    @PyGetter("gi_code")
    public PyObject giCode() { return frame.pycode; }

    @PyMethod
    public String __repr__() {
        return "<generator object " + qualname + " at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }

    static PyStr str(String s) { return PyStr.of(s); }
}
