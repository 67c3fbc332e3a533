package org.gilpy.vm;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;

/**
 * The Python 2 print statement: items written one by one, separated by a "soft space"
 * that is written before the next item unless a newline intervened. The pending soft
 * space is kept per file object, as Python 2's {@code file.softspace} was.
 */
final class Py2Print {
    private Py2Print() {}

    private static final java.util.Map<PyObject, Boolean> SOFTSPACE =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** Set once a print statement leaves a soft space: until then, writes skip the map. */
    private static volatile boolean used;

    private static PyObject target(PyObject file) {
        return file == PyNone.NONE ? Interpreter.sysAttr("stdout") : file;
    }

    static void item(PyObject file, PyObject v) {
        PyObject f = target(file);
        if (Boolean.TRUE.equals(SOFTSPACE.remove(identity(f)))) write(f, " ");
        String s = Abstract.str(v).value;
        write(f, s);
        boolean endsWithSpace = !s.isEmpty() && Character.isWhitespace(s.charAt(s.length() - 1))
                && s.charAt(s.length() - 1) != ' ';
        if (!endsWithSpace) {
            SOFTSPACE.put(identity(f), Boolean.TRUE);
            used = true;
        }
    }

    static void newline(PyObject file) {
        PyObject f = target(file);
        SOFTSPACE.remove(identity(f));
        write(f, "\n");
    }

    /** Any other write to the file clears the pending soft space, as Python 2's file.write did. */
    static void clear(PyObject f) {
        if (used) SOFTSPACE.remove(identity(f));
    }

    /** At exit, a soft space pending on sys.stdout becomes a newline, as in Python 2. */
    static void finish() {
        PyObject out = Interpreter.sysAttr("stdout");
        if (out != null && out != PyNone.NONE && Boolean.TRUE.equals(SOFTSPACE.remove(identity(out)))) {
            write(out, "\n");
        }
    }

    private static PyObject identity(PyObject f) {
        return f;
    }

    private static void write(PyObject f, String s) {
        Abstract.callMethod(f, "write", PyStr.of(s));
    }
}
