package org.gilpy.vm;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyCode;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.Runtime;

/**
 * One running Python program: the {@code sys} and {@code builtins} modules, the table
 * of modules implemented in Java (filled by the modules package, which sits above this
 * one), and the recursion limit. There is one interpreter per JVM.
 */
public final class Interpreter {
    private Interpreter() {}

    public static volatile int recursionLimit = 1000;
    /** Instructions between check points ({@code sys.setcheckinterval}, {@code -X checkinterval}). */
    public static volatile int checkInterval = 100;
    /** The global interpreter lock. */
    public static final Gil GIL = new Gil();
    /** The Java exception behind the last internal error, for {@code -X debug}. */
    public static volatile Throwable lastInternalError;

    static PyModule sys;
    static PyModule builtins;
    /** {@code sys.modules}. */
    public static PyDict modules;
    /** Built-in modules by name, created on first import. */
    static final Map<String, Supplier<PyModule>> BUILTIN_MODULES = new TreeMap<>();

    /** Sets up sys and builtins; the caller then registers built-in modules. */
    public static void init(PyModule sysModule, PyModule builtinsModule) {
        Runtime.install(new VmRuntime());
        Signals.setMainThread(ThreadState.current());
        sys = sysModule;
        builtins = builtinsModule;
        modules = new PyDict();
        modules.put(PyStr.of("sys"), sys);
        modules.put(PyStr.of("builtins"), builtins);
        sys.put("modules", modules);
    }

    public static void registerModule(String name, Supplier<PyModule> factory) {
        BUILTIN_MODULES.put(name, factory);
    }

    public static java.util.Set<String> builtinModuleNames() {
        return BUILTIN_MODULES.keySet();
    }

    public static PyModule sys() { return sys; }

    public static PyModule builtins() { return builtins; }

    /** An attribute of sys (stdout, stderr, path...), or null. */
    public static PyObject sysAttr(String name) {
        return sys.dict.get(PyStr.of(name));
    }

    static PyDict builtinsOf(PyDict globals) {
        PyObject b = globals.get(PyStr.of("__builtins__"));
        if (b instanceof PyModule m) return m.dict;
        if (b instanceof PyDict d) return d;
        return builtins.dict;
    }

    /**
     * At exit, before the streams are flushed: when {@code threading} was imported, its
     * {@code _shutdown()} waits for the non-daemon threads, as CPython's finalization does.
     */
    public static void waitForThreads() {
        PyObject threading = modules.get(PyStr.of("threading"));
        if (threading == null) return;
        PyObject shutdown = org.gilpy.objects.Abstract.lookupAttr(threading, "_shutdown");
        if (shutdown != null) org.gilpy.objects.Abstract.call(shutdown);
    }

    /** A text file was written to: the Python 2 print statement's soft space is consumed. */
    public static void noteWrite(PyObject file) {
        Py2Print.clear(file);
    }

    /** At exit: ends a line the Python 2 print statement left open with a trailing comma. */
    public static void finishPrintStatement() {
        Py2Print.finish();
    }

    /** Runs compiled module code as {@code __main__}. */
    public static PyModule runMain(PyCode code, String file) {
        return runMain(new PyModule("__main__"), code, file);
    }

    /** Runs compiled code in module main, registered as {@code __main__}. */
    public static PyModule runMain(PyModule main, PyCode code, String file) {
        main.put("__builtins__", builtins);
        if (file != null) main.put("__file__", PyStr.of(file));
        modules.put(PyStr.of("__main__"), main);
        Eval.runCode(code, main.dict, main.dict);
        return main;
    }

    /** Runs module code in an existing namespace (exec). */
    public static PyObject exec(PyCode code, PyDict globals, PyObject locals) {
        if (globals.get(PyStr.of("__builtins__")) == null) globals.put(PyStr.of("__builtins__"), builtins);
        return Eval.runCode(code, globals, locals);
    }

    /** Compiles source to a code object; a syntax error becomes a Python SyntaxError. */
    public static PyCode compile(String source, String filename, String mode) {
        try {
            java.util.List<org.gilpy.compile.CompileWarning> warnings = new java.util.ArrayList<>();
            PyCode code = new PyCode(org.gilpy.compile.Compiler.compile(source, filename, mode, warnings));
            for (org.gilpy.compile.CompileWarning w : warnings) compileWarning(w, filename, source);
            return code;
        } catch (org.gilpy.parse.PySyntaxError e) {
            throw syntaxError(e);
        } catch (org.gilpy.compile.CompileRecursionError e) {
            throw org.gilpy.objects.PyErr.format(org.gilpy.objects.PyExc.RecursionError, "%s", e.getMessage());
        }
    }

    /** Issues a compile-time warning; one that a filter turns into an error becomes a SyntaxError. */
    private static void compileWarning(org.gilpy.compile.CompileWarning w, String filename, String source) {
        org.gilpy.objects.PyType category = w.category().equals("SyntaxWarning")
                ? org.gilpy.objects.PyExc.SyntaxWarning : org.gilpy.objects.PyExc.DeprecationWarning;
        try {
            org.gilpy.objects.Warn.warnExplicit(category, w.message(), filename, w.pos().line());
        } catch (org.gilpy.objects.PyException e) {
            if (!e.value.type.isSubtypeOf(org.gilpy.objects.PyExc.SyntaxWarning)) throw e;
            throw syntaxError(org.gilpy.compile.Compiler.warningAsError(w, filename, source));
        }
    }

    /** The Python exception for a parser or compiler error. */
    public static org.gilpy.objects.PyException syntaxError(org.gilpy.parse.PySyntaxError e) {
        org.gilpy.objects.PyType t = switch (e.kind) {
            case SYNTAX_ERROR -> org.gilpy.objects.PyExc.SyntaxError;
            case INDENTATION_ERROR -> org.gilpy.objects.PyExc.IndentationError;
            case TAB_ERROR -> org.gilpy.objects.PyExc.TabError;
        };
        PyObject text = e.text == null ? PyNone.NONE : PyStr.of(e.text);
        PyObject fn = e.filename == null ? PyNone.NONE : PyStr.of(e.filename);
        org.gilpy.objects.PyBaseException x = org.gilpy.objects.PyBaseException.create(t, PyStr.of(e.msg),
                org.gilpy.objects.PyTuple.of(fn, org.gilpy.objects.PyInt.of(e.lineno),
                        org.gilpy.objects.PyInt.of(e.offset), text,
                        org.gilpy.objects.PyInt.of(e.endLineno), org.gilpy.objects.PyInt.of(e.endOffset)));
        x.setAttr("msg", PyStr.of(e.msg));
        x.setAttr("filename", fn);
        x.setAttr("lineno", org.gilpy.objects.PyInt.of(e.lineno));
        x.setAttr("offset", org.gilpy.objects.PyInt.of(e.offset));
        x.setAttr("text", text);
        x.setAttr("end_lineno", org.gilpy.objects.PyInt.of(e.endLineno));
        x.setAttr("end_offset", org.gilpy.objects.PyInt.of(e.endOffset));
        return new org.gilpy.objects.PyException(x);
    }

    /** The innermost running frame of this thread, or null. */
    public static Frame currentFrame() {
        return ThreadState.current().frame;
    }

    static void displayHook(PyObject v) {
        PyObject hook = sysAttr("displayhook");
        if (hook != null) {
            Abstract.call(hook, v);
            return;
        }
        if (v == PyNone.NONE) return;
        Abstract.callMethod(sysAttr("stdout"), "write", PyStr.of(Abstract.repr(v).value + "\n"));
        builtins.put("_", v);
    }

    private static final class VmRuntime extends Runtime {
        @Override
        public PyObject currentGlobals() {
            Frame f = ThreadState.current().frame;
            return f == null ? null : f.globals;
        }

        @Override
        public boolean isFunction(PyObject o) {
            return o instanceof PyFunction;
        }

        @Override
        public PyObject importModule(String name) {
            return Importer.importAbsolute(name);
        }

        @Override
        public void enterRecursiveCall(String where) {
            ThreadState ts = ThreadState.current();
            if (++ts.depth > recursionLimit) {
                ts.depth--;
                throw org.gilpy.objects.PyErr.format(org.gilpy.objects.PyExc.RecursionError,
                        "maximum recursion depth exceeded%s", where);
            }
        }

        @Override
        public void leaveRecursiveCall() {
            ThreadState.current().depth--;
        }
    }
}
