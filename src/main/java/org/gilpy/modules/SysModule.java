package org.gilpy.modules;

import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.TypeBuilder;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.ThreadState;

/** The {@code sys} module: argv, path, modules, the standard streams, exit, limits and version data. */
public final class SysModule {
    private SysModule() {}

    public static PyModule create(List<String> argv, List<String> path, PyObject stdin,
                                  PyObject stdout, PyObject stderr) {
        PyModule m = new PyModule("sys");
        PyObject[] a = argv.stream().map(PyStr::of).toArray(PyObject[]::new);
        m.put("argv", PyList.wrap(a));
        m.put("orig_argv", PyList.wrap(a.clone()));
        m.put("path", PyList.wrap(path.stream().map(PyStr::of).toArray(PyObject[]::new)));
        m.put("stdin", stdin);
        m.put("stdout", stdout);
        m.put("stderr", stderr);
        m.put("__stdin__", stdin);
        m.put("__stdout__", stdout);
        m.put("__stderr__", stderr);
        m.put("maxsize", PyInt.of(Long.MAX_VALUE));
        m.put("maxunicode", PyInt.of(0x10ffff));
        m.put("byteorder", PyStr.of("little"));
        m.put("platform", PyStr.of(System.getProperty("os.name", "").toLowerCase().startsWith("linux") ? "linux"
                : System.getProperty("os.name", "").toLowerCase().startsWith("mac") ? "darwin" : "win32"));
        m.put("version", PyStr.of("3.11.7 (gilpy 0.1.0, Java " + System.getProperty("java.version") + ")"));
        m.put("version_info", PyTuple.of(PyInt.of(3), PyInt.of(11), PyInt.of(7), PyStr.of("final"), PyInt.of(0)));
        m.put("hexversion", PyInt.of(0x030b07f0));
        m.put("executable", PyStr.of(System.getProperty("gilpy.executable", "gilpy")));
        m.put("builtin_module_names", PyTuple.of(Interpreter.builtinModuleNames().stream()
                .map(PyStr::of).toArray(PyObject[]::new)));
        TypeBuilder.moduleFunctions(SysModule.class, m).forEach(m::put);
        return m;
    }

    @PyMethod(optional = 1)
    public static void exit(PyObject code) {
        throw new org.gilpy.objects.PyException(code == null
                ? PyBaseException.create(PyExc.SystemExit)
                : PyBaseException.create(PyExc.SystemExit, code));
    }

    @PyMethod
    public static PyObject exc_info() {
        PyBaseException e = ThreadState.current().handled;
        if (e == null) return PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE);
        return PyTuple.of(e.type, e, e.traceback == null ? PyNone.NONE : e.traceback);
    }

    @PyMethod
    public static PyObject exception() {
        PyBaseException e = ThreadState.current().handled;
        return e == null ? PyNone.NONE : e;
    }

    @PyMethod
    public static long getrecursionlimit() { return Interpreter.recursionLimit; }

    @PyMethod
    public static void setrecursionlimit(PyObject n) {
        long v = PyInt.asLong(n);
        if (v < 1) throw PyErr.valueError("recursion limit must be greater or equal than 1");
        Interpreter.recursionLimit = (int) Math.min(v, Integer.MAX_VALUE);
    }

    @PyMethod
    public static PyObject intern(PyObject s) {
        if (!(s instanceof PyStr str) || s.type != PyStr.TYPE) {
            throw PyErr.typeError("intern() argument must be str, not %s", s.type.name);
        }
        return PyStr.intern(str.value);
    }

    @PyMethod
    public static PyObject getdefaultencoding() { return PyStr.of("utf-8"); }

    @PyMethod(optional = 1)
    public static PyObject _getframe(PyObject depth) {
        org.gilpy.vm.Frame f = Interpreter.currentFrame();
        long d = depth == null ? 0 : PyInt.asInt(depth);
        for (long i = 0; i < d && f != null; i++) f = f.back;
        if (f == null) throw PyErr.valueError("call stack is not deep enough");
        return f;
    }
}
