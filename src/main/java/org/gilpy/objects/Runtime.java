package org.gilpy.objects;

/**
 * What the object model needs from the interpreter above it (the vm installs the one
 * implementation at start-up): the running frame's globals, recognizing Python
 * functions, and the per-thread recursion guard. Keeps {@code objects} free of
 * imports from {@code vm}.
 */
public abstract class Runtime {
    private static volatile Runtime instance = new Runtime() {
        @Override public PyObject currentGlobals() { return null; }
        @Override public boolean isFunction(PyObject o) { return false; }
    };

    public static Runtime get() { return instance; }

    public static void install(Runtime r) { instance = r; }

    /** The globals dict of the innermost running Python frame of this thread, or null. */
    public abstract PyObject currentGlobals();

    /** True when o is a Python function (a {@code function} object). */
    public abstract boolean isFunction(PyObject o);

    /** {@code import name} (absolute): the module, or what sys.modules holds for it. */
    public PyObject importModule(String name) {
        throw PyErr.format(PyExc.ImportError, "cannot import %s before the interpreter starts", name);
    }

    /** Called around Java recursion into Python-visible operations (repr of nested
     * containers, ...): raises RecursionError when the thread is too deep. */
    public void enterRecursiveCall(String where) {}

    public void leaveRecursiveCall() {}

    /** Reports an exception nobody can catch (a weak reference callback's) on sys.stderr,
     * CPython's unraisable hook format: {@code header}, then the traceback. */
    public void writeUnraisable(String header, PyException e) {}
}
