package org.gilpy.modules;

import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyType;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PySimpleNamespace;
import org.gilpy.objects.PyStructSeq;
import org.gilpy.objects.PyDict;
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

    /**
     * The sys.flags the command line and environment can set (-B, -s, -S, -E, -I, -P and
     * their PYTHON* variables); the others keep CPython's defaults.
     */
    public record Flags(boolean dontWriteBytecode, boolean noUserSite, boolean noSite, boolean ignoreEnvironment,
                        boolean isolated, boolean safePath) {
        public static final Flags DEFAULT = new Flags(false, false, false, false, false, false);
    }

    /** sys.version: CPython's version, then gilpy's and the JDK's. */
    public static final String VERSION = "3.11.7 (gilpy 0.1.0, Java " + System.getProperty("java.version") + ")";

    public static PyModule create(List<String> argv, List<String> path, Flags given, PyObject stdin,
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
        m.put("version", PyStr.of(VERSION));
        PyObject versionInfo = PyStructSeq.create(VERSION_INFO, PyInt.of(3), PyInt.of(11), PyInt.of(7),
                PyStr.of("final"), PyInt.ZERO);
        m.put("version_info", versionInfo);
        java.util.Map<String, PyObject> impl = new java.util.LinkedHashMap<>();
        impl.put("name", PyStr.of("gilpy"));
        impl.put("cache_tag", PyNone.NONE);
        impl.put("version", versionInfo);
        impl.put("hexversion", PyInt.of(0x030b07f0));
        m.put("implementation", PySimpleNamespace.of(impl));
        PyObject[] flags = new PyObject[18];
        java.util.Arrays.fill(flags, PyInt.ZERO);
        flags[4] = bit(given.dontWriteBytecode());
        flags[5] = bit(given.noUserSite());
        flags[6] = bit(given.noSite());
        flags[7] = bit(given.ignoreEnvironment());
        flags[11] = PyInt.ONE;                                // hash_randomization
        flags[12] = bit(given.isolated());
        flags[13] = PyBool.FALSE;                             // dev_mode
        flags[16] = PyBool.of(given.safePath());
        flags[17] = PyInt.of(-1);                             // int_max_str_digits
        m.put("flags", PyStructSeq.create(FLAGS, flags));
        m.put("float_info", PyStructSeq.create(FLOAT_INFO, PyFloat.of(Double.MAX_VALUE), PyInt.of(1024),
                PyInt.of(308), PyFloat.of(Double.MIN_NORMAL), PyInt.of(-1021), PyInt.of(-307), PyInt.of(15),
                PyInt.of(53), PyFloat.of(Math.ulp(1.0)), PyInt.of(2), PyInt.of(1)));
        m.put("int_info", PyStructSeq.create(INT_INFO, PyInt.of(30), PyInt.of(4), PyInt.of(4300), PyInt.of(640)));
        m.put("hash_info", PyStructSeq.create(HASH_INFO, PyInt.of(64), PyInt.of((1L << 61) - 1), PyInt.of(314159),
                PyInt.ZERO, PyInt.of(1000003), PyStr.of("siphash13"), PyInt.of(64), PyInt.of(128), PyInt.ZERO));
        m.put("thread_info", PyStructSeq.create(THREAD_INFO, PyStr.of("java"), PyStr.of("monitor"), PyNone.NONE));
        m.put("float_repr_style", PyStr.of("short"));
        m.put("hexversion", PyInt.of(0x030b07f0));
        m.put("executable", PyStr.of(System.getProperty("gilpy.executable", "gilpy")));
        m.put("builtin_module_names", PyTuple.of(Interpreter.builtinModuleNames().stream()
                .map(PyStr::of).toArray(PyObject[]::new)));
        putPlaces(m);
        TypeBuilder.moduleFunctions(SysModule.class, m).forEach(m::put);
        m.put("__displayhook__", m.dict.get(PyStr.of("displayhook")));
        m.put("__excepthook__", m.dict.get(PyStr.of("excepthook")));
        return m;
    }

    private static PyInt bit(boolean on) {
        return on ? PyInt.ONE : PyInt.ZERO;
    }

    /** Installation paths and import-system hooks (gilpy's import system does not consult the hooks). */
    private static void putPlaces(PyModule m) {
        String exe = System.getProperty("gilpy.executable", "gilpy");
        java.nio.file.Path parent = java.nio.file.Path.of(exe).toAbsolutePath().getParent();
        PyStr prefix = PyStr.of(parent == null ? "" : parent.toString());
        for (String name : new String[] {"prefix", "exec_prefix", "base_prefix", "base_exec_prefix"}) m.put(name, prefix);
        m.put("platlibdir", PyStr.of("lib"));
        m.put("abiflags", PyStr.of(""));
        m.put("api_version", PyInt.of(1013));
        m.put("copyright", PyStr.of("Copyright (c) the gilpy authors. Python semantics: CPython 3.11."));
        m.put("dont_write_bytecode", PyBool.TRUE);  // gilpy never writes .pyc files
        m.put("pycache_prefix", PyNone.NONE);
        m.put("meta_path", new PyList());
        m.put("path_hooks", new PyList());
        m.put("path_importer_cache", new PyDict());
        m.put("warnoptions", new PyList());
        m.put("_xoptions", new PyDict());
    }

    static final PyType VERSION_INFO = PyStructSeq.newType("sys", "version_info",
            new String[] {"major", "minor", "micro", "releaselevel", "serial"}, 5);
    static final PyType FLAGS = PyStructSeq.newType("sys", "flags", new String[] {"debug", "inspect",
        "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment",
        "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
        "warn_default_encoding", "safe_path", "int_max_str_digits"}, 18);
    static final PyType FLOAT_INFO = PyStructSeq.newType("sys", "float_info", new String[] {"max", "max_exp",
        "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, 11);
    static final PyType INT_INFO = PyStructSeq.newType("sys", "int_info", new String[] {"bits_per_digit",
        "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"}, 4);
    static final PyType HASH_INFO = PyStructSeq.newType("sys", "hash_info", new String[] {"width", "modulus",
        "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"}, 9);
    static final PyType THREAD_INFO = PyStructSeq.newType("sys", "thread_info",
            new String[] {"name", "lock", "version"}, 3);

    /** Python 2's check interval: instructions between check points (GIL offers, signals). */
    @PyMethod
    public static void setcheckinterval(PyObject n) {
        Interpreter.checkInterval = Math.max(1, PyInt.asInt(n));
    }

    @PyMethod
    public static long getcheckinterval() { return Interpreter.checkInterval; }

    /** How long a thread must wait before a check point hands it the GIL; 0 (gilpy's default) means at once. */
    @PyMethod
    public static void setswitchinterval(PyObject seconds) {
        double s = PyFloat.asDouble(seconds);
        if (!(s >= 0)) throw PyErr.valueError("switch interval must be non-negative");
        Interpreter.GIL.setSwitchInterval(s);
    }

    @PyMethod
    public static double getswitchinterval() { return Interpreter.GIL.switchInterval(); }

    @PyMethod
    public static long getsizeof(PyObject o) {
        return PyInt.asLong(Abstract.callMethod(o, "__sizeof__"));
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
            throw PyErr.typeError("intern() argument must be str, not %s", s.type.tpName());
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

    /** {ident: innermost frame} of every thread running Python code, as seen under the GIL. */
    @PyMethod
    public static PyObject _current_frames() {
        org.gilpy.objects.PyDict d = new org.gilpy.objects.PyDict();
        for (org.gilpy.vm.ThreadState ts : org.gilpy.vm.ThreadState.live()) {
            if (ts.frame != null) d.put(PyInt.of(ts.ident), ts.frame);
        }
        return d;
    }

    @PyMethod
    public static PyObject getfilesystemencoding() { return PyStr.of("utf-8"); }

    @PyMethod
    public static PyObject getfilesystemencodeerrors() { return PyStr.of("surrogateescape"); }

    /** No reference counts on the JVM: 2, what CPython reports for an object held by one name. */
    @PyMethod
    public static long getrefcount(PyObject o) { return 2; }

    @PyMethod
    public static boolean is_finalizing() { return false; }

    @PyMethod
    public static PyObject call_tracing(PyObject func, PyObject args) {
        if (!(args instanceof PyTuple t)) {
            throw PyErr.typeError("call_tracing() argument 2 must be tuple, not %s", args.type.tpName());
        }
        return Abstract.call(func, t.toArray());
    }

    @PyMethod
    public static long get_int_max_str_digits() { return PyInt.maxStrDigits(); }

    @PyMethod
    public static void set_int_max_str_digits(PyObject[] args, String[] kwnames) {
        PyObject[] a = org.gilpy.objects.ArgParser.parse("set_int_max_str_digits", args, kwnames,
                new String[] {"maxdigits"}, 1);
        PyInt.setMaxStrDigits(PyInt.asLong(a[0]));
    }

    /** Prints repr(value) to sys.stdout and keeps it as {@code builtins._}; None is not shown. */
    @PyMethod
    public static void displayhook(PyObject value) {
        if (value == PyNone.NONE) return;
        PyObject builtins = org.gilpy.vm.Importer.importAbsolute("builtins");
        Abstract.setAttr(builtins, "_", PyNone.NONE);
        PyStr text = Abstract.repr(value);
        PyObject out = Interpreter.sysAttr("stdout");
        if (out == null || out == PyNone.NONE) throw PyErr.format(PyExc.RuntimeError, "lost sys.stdout");
        Abstract.callMethod(out, "write", PyStr.of(text.value + "\n"));
        Abstract.setAttr(builtins, "_", value);
    }

    /** Prints an exception and its traceback to sys.stderr, as for an uncaught exception. */
    @PyMethod
    public static void excepthook(PyObject type, PyObject value, PyObject tb) {
        if (!(value instanceof PyBaseException e)) {
            throw PyErr.typeError("print_exception(): Exception expected for value, %s found", value.type.tpName());
        }
        PyObject err = Interpreter.sysAttr("stderr");
        if (err == null || err == PyNone.NONE) return;
        Abstract.callMethod(err, "write", PyStr.of(org.gilpy.vm.TracebackPrinter.format(e)));
    }
}
