package org.gilpy.objects;

import java.util.function.Supplier;

/**
 * What {@code anext(aiterator, default)} returns: an awaitable that gives the async
 * iterator's next item, or default where the iterator raises StopAsyncIteration. As
 * CPython 3.11's {@code anext_awaitable} does, every {@code send}, {@code throw} and
 * {@code close} asks the iterator's {@code __anext__} anew and passes on to the
 * {@code __await__} iterator of what it returned.
 */
public final class PyAnextAwaitable extends PyObject {
    public static final PyType TYPE = PyType.builtin("anext_awaitable", PyAnextAwaitable.class, PyType.OBJECT, null);

    static {
        TYPE.baseType = false;
        TYPE.factory = null;  // only anext() makes them
    }

    private final PyObject wrapped;
    private final PyObject dflt;

    public PyAnextAwaitable(PyObject wrapped, PyObject dflt) {
        super(TYPE);
        this.wrapped = wrapped;
        this.dflt = dflt;
    }

    /** The {@code __await__} iterator of a fresh {@code __anext__()}. */
    private PyObject awaitIterator() {
        PyObject awaitable = Abstract.callSpecial(wrapped, "__anext__");
        if (awaitable.type.lookup("__await__") == null) {
            throw PyErr.typeError("object %s can't be used in 'await' expression", awaitable.type.tpName());
        }
        return Abstract.callSpecial(awaitable, "__await__");
    }

    /** Runs step; StopAsyncIteration from it becomes StopIteration(default). */
    private PyObject proxy(Supplier<PyObject> step) {
        try {
            return step.get();
        } catch (PyException e) {
            if (e.matches(PyExc.StopAsyncIteration)) throw PyErr.stopIteration(dflt);
            throw e;
        }
    }

    @PyMethod
    public PyObject __await__() { return this; }

    @PyMethod
    public PyObject __iter__() { return this; }

    @PyMethod
    public PyObject __next__() { return send(PyNone.NONE); }

    @PyMethod
    public PyObject send(PyObject value) {
        return proxy(() -> {
            PyObject it = awaitIterator();
            return value == PyNone.NONE ? Abstract.callSpecial(it, "__next__") : Abstract.callMethod(it, "send", value);
        });
    }

    @PyMethod(value = "throw", optional = 2)
    public PyObject throw_(PyObject type, PyObject value, PyObject tb) {
        return proxy(() -> {
            PyObject it = awaitIterator();
            PyObject[] args = value == null ? new PyObject[] {type}
                    : tb == null ? new PyObject[] {type, value} : new PyObject[] {type, value, tb};
            return Abstract.callMethod(it, "throw", args);
        });
    }

    @PyMethod
    public PyObject close() {
        return proxy(() -> {
            PyObject it = awaitIterator();
            return Abstract.lookupAttr(it, "close") == null ? PyNone.NONE : Abstract.callMethod(it, "close");
        });
    }
}
