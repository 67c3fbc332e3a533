package org.gilpy.objects;

/**
 * The interpreter's own warnings (CPython's {@code PyErr_WarnEx}): they go through the
 * {@code warnings} module (lib/warnings.py) so that its filters, registries and
 * showwarning apply, and a filter with action "error" raises the warning from here.
 * Before that module can be imported, a warning of a category the default filters
 * show is written to stderr as CPython writes one it cannot place: {@code sys:1: ...}.
 */
public final class Warn {
    private Warn() {}

    /**
     * Issues {@code message} as a {@code category} warning attributed to the Python
     * frame {@code stacklevel} levels out (1: the frame running the operation).
     */
    public static void warn(PyType category, String message, int stacklevel) {
        PyObject warnings;
        try {
            warnings = Runtime.get().importModule("warnings");
        } catch (PyException notYet) {
            warnings = null;
        }
        if (warnings != null) {
            Abstract.callMethod(warnings, "warn", PyStr.of(message), category, PyInt.of(stacklevel));
            return;
        }
        if (category.isSubtypeOf(PyExc.DeprecationWarning) || category.isSubtypeOf(PyExc.PendingDeprecationWarning)
                || category.isSubtypeOf(PyExc.ImportWarning) || category.isSubtypeOf(PyExc.ResourceWarning)) {
            return;
        }
        System.err.println("sys:1: " + category.name + ": " + message);
    }

    /**
     * {@code warnings.warn_explicit(message, category, filename, lineno)}: a warning at a
     * given place, with no registry (the compiler's warnings). Before the warnings module
     * can be imported it is written as "file:line: Category: message".
     */
    public static void warnExplicit(PyType category, String message, String filename, int lineno) {
        PyObject warnings;
        try {
            warnings = Runtime.get().importModule("warnings");
        } catch (PyException notYet) {
            System.err.println(filename + ":" + lineno + ": " + category.name + ": " + message);
            return;
        }
        Abstract.callMethod(warnings, "warn_explicit", PyStr.of(message), category, PyStr.of(filename),
                PyInt.of(lineno));
    }
}
