package org.gilpy.modules.io;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.vm.Interpreter;

/** The built-in functions {@code open} (= {@code io.open}) and {@code input}. */
final class IoBuiltins {
    private IoBuiltins() {}

    private static final String[] OPEN_PARAMS = {"file", "mode", "buffering", "encoding", "errors", "newline",
        "closefd", "opener"};

    /** {@code open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)}. */
    @PyMethod
    public static PyObject open(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("open", args, kwnames, OPEN_PARAMS, 1);
        String mode = strArg(a[1], "mode", "r", false);
        long buffering = a[2] == null ? -1 : Abstract.index(a[2]).value;
        String encoding = strArg(a[3], "encoding", null, true);
        String errors = strArg(a[4], "errors", null, true);
        String newline = strArg(a[5], "newline", null, true);
        boolean closefd = a[6] == null || Abstract.isTrue(a[6]);
        OpenMode m = OpenMode.parse(mode, encoding, errors, newline);
        PyObject file = a[0];
        if (!(file instanceof PyInt || file instanceof PyBool)) IoModule.fsPath(file);
        PyFileIO raw = new PyFileIO(PyFileIO.TYPE);
        PyObject opener = a[7] == null ? PyNone.NONE : a[7];
        raw.__init__(new PyObject[] {file, PyStr.of(m.rawMode()), PyBool.of(closefd), opener}, null);
        return m.wrap(raw, buffering, encoding, errors, newline, mode);
    }

    private static String strArg(PyObject o, String name, String dflt, boolean noneOk) {
        if (o == null || noneOk && o == PyNone.NONE) return dflt;
        if (o instanceof PyStr s) return s.value;
        throw PyErr.typeError("open() argument '%s' must be str%s, not %s", name, noneOk ? " or None" : "",
                o == PyNone.NONE ? "None" : o.type.tpName());
    }

    /** {@code input(prompt='')}: prompt to sys.stdout (flushed), one line from sys.stdin without its newline. */
    @PyMethod(optional = 1)
    public static PyObject input(PyObject prompt) {
        PyObject in = stream("stdin"), out = stream("stdout"), err = Interpreter.sysAttr("stderr");
        if (err != null && err != PyNone.NONE) ignoreErrors(err);
        if (prompt != null) Abstract.callMethod(out, "write", Abstract.str(prompt));
        ignoreErrors(out);
        PyObject line = Abstract.callMethod(in, "readline");
        if (!(line instanceof PyStr s)) throw PyErr.typeError("object.readline() returned non-string");
        if (s.value.isEmpty()) throw PyErr.format(PyExc.EOFError, "EOF when reading a line");
        return s.value.endsWith("\n") ? PyStr.of(s.value.substring(0, s.value.length() - 1)) : s;
    }

    private static PyObject stream(String name) {
        PyObject f = Interpreter.sysAttr(name);
        if (f == null || f == PyNone.NONE) throw PyErr.runtimeError("input(): lost sys.%s", name);
        return f;
    }

    private static void ignoreErrors(PyObject f) {
        try {
            Abstract.callMethod(f, "flush");
        } catch (org.gilpy.objects.PyException e) {
            // CPython ignores a failing flush here too
        }
    }
}
