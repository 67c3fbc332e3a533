package org.gilpy.objects;

import java.lang.invoke.MethodHandle;

/**
 * A Java method made callable from Python: the invocation behind method descriptors,
 * built-in functions and getset descriptors. The method handle always takes a leading
 * {@code self} (ignored by static functions) and returns a {@code PyObject}.
 * Invariant: {@code arity} is -1 for the {@code (PyObject[] args, String[] kwnames)}
 * shape, else the number of positional parameters, of which the last {@code optional}
 * may be missing (passed as null).
 */
class JavaFunction {
    final String name;
    /** The name used in argument-count messages: "list.append" or "len". */
    final String displayName;
    final String doc;
    final int arity;
    final int optional;
    private final MethodHandle mh;

    JavaFunction(String name, String displayName, String doc, int arity, int optional, MethodHandle mh) {
        this.name = name;
        this.displayName = displayName;
        this.doc = doc;
        this.arity = arity;
        this.optional = optional;
        this.mh = mh;
    }

    PyObject invoke(PyObject self, PyObject[] args, String[] kwnames) {
        try {
            if (arity < 0) {
                return (PyObject) mh.invokeExact(self, args, kwnames);
            }
            if (kwnames != null && kwnames.length > 0) {
                throw PyErr.typeError("%s() takes no keyword arguments", displayName);
            }
            int n = args.length;
            if (n != arity) {
                if (n > arity || n < arity - optional) throw countError(n);
                PyObject[] full = new PyObject[arity];
                System.arraycopy(args, 0, full, 0, n);
                args = full;
            }
            return switch (arity) {
                case 0 -> (PyObject) mh.invokeExact(self);
                case 1 -> (PyObject) mh.invokeExact(self, args[0]);
                case 2 -> (PyObject) mh.invokeExact(self, args[0], args[1]);
                case 3 -> (PyObject) mh.invokeExact(self, args[0], args[1], args[2]);
                default -> (PyObject) mh.invokeExact(self, args[0], args[1], args[2], args[3]);
            };
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    /**
     * {@code invoke(self, {a}, null)} without the argument array, for a method that takes
     * exactly one argument (the eval loop's calls of {@code d.get(k)}, {@code len(s)}...).
     */
    final PyObject invoke1(PyObject self, PyObject a) {
        if (arity != 1 || getClass() != JavaFunction.class) return invoke(self, new PyObject[] {a}, null);
        try {
            return (PyObject) mh.invokeExact(self, a);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    /** {@code invoke(self, {}, null)} without the argument array, for a method of no arguments. */
    final PyObject invoke0(PyObject self) {
        if (arity != 0 || getClass() != JavaFunction.class) return invoke(self, NO_ARGS, null);
        try {
            return (PyObject) mh.invokeExact(self);
        } catch (Throwable t) {
            throw unchecked(t);
        }
    }

    private static final PyObject[] NO_ARGS = new PyObject[0];

    /**
     * What a method handle threw, to rethrow: unchecked throwables as they are (Python
     * exceptions among them), an Error thrown here, a checked one (none of gilpy's
     * methods declares any) wrapped.
     */
    static RuntimeException unchecked(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    private PyException countError(int n) {
        if (arity == 0) {
            return PyErr.typeError("%s() takes no arguments (%d given)", displayName, n);
        }
        if (arity == 1 && optional == 0) {
            return PyErr.typeError("%s() takes exactly one argument (%d given)", displayName, n);
        }
        if (optional == 0) {
            return PyErr.typeError("%s expected %d argument%s, got %d", name, arity, arity == 1 ? "" : "s", n);
        }
        if (n > arity) {
            return PyErr.typeError("%s expected at most %d argument%s, got %d", name, arity, arity == 1 ? "" : "s", n);
        }
        int min = arity - optional;
        return PyErr.typeError("%s expected at least %d argument%s, got %d", name, min, min == 1 ? "" : "s", n);
    }
}
