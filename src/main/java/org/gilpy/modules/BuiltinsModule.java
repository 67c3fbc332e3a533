package org.gilpy.modules;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.ObjectIds;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyCallableIterator;
import org.gilpy.objects.PyCode;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.objects.TypeBuilder;
import org.gilpy.vm.BuildClass;
import org.gilpy.vm.Frame;
import org.gilpy.vm.Importer;
import org.gilpy.vm.Interpreter;

/**
 * The {@code builtins} module: the built-in functions, and every built-in type and
 * exception under its Python name. Types register themselves through
 * {@link #TYPES}; {@code PyType.builtinNamed} finds them by name.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    /** Built-in types exposed by name (the exceptions come from PyExc). */
    static final String[] TYPE_CLASSES = {
        "org.gilpy.objects.PyBool", "org.gilpy.objects.PyByteArray", "org.gilpy.objects.PyBytes",
        "org.gilpy.objects.PyClassMethod", "org.gilpy.objects.PyComplex", "org.gilpy.objects.PyDict",
        "org.gilpy.objects.PyEnumerate", "org.gilpy.objects.PyFilter", "org.gilpy.objects.PyFloat",
        "org.gilpy.objects.PyFrozenSet", "org.gilpy.objects.PyInt", "org.gilpy.objects.PyList",
        "org.gilpy.objects.PyMap", "org.gilpy.objects.PyMemoryView", "org.gilpy.objects.PyProperty", "org.gilpy.objects.PyRange",
        "org.gilpy.objects.PyReversed", "org.gilpy.objects.PySet", "org.gilpy.objects.PySlice",
        "org.gilpy.objects.PyStaticMethod", "org.gilpy.objects.PyStr", "org.gilpy.objects.PyTuple",
        "org.gilpy.objects.PyZip", "org.gilpy.vm.PySuper",
    };

    public static PyModule create() {
        PyModule m = new PyModule("builtins");
        m.put("object", PyType.OBJECT);
        m.put("type", PyType.TYPE);
        for (String cn : TYPE_CLASSES) {
            try {
                PyType t = (PyType) Class.forName(cn).getField("TYPE").get(null);
                m.put(t.name, t);
                PyType.registerBuiltin(t);
            } catch (ReflectiveOperationException e) {
                // a type not written yet: its name is simply absent from builtins
            }
        }
        m.put("BaseException", PyExc.BaseException);
        for (PyType t : PyExc.all()) m.put(t.name, t);
        m.put("xrange", org.gilpy.objects.PyRange.TYPE);   // a Python 2 form (DESIGN.md): the lazy range
        m.put("EnvironmentError", PyExc.OSError);
        m.put("IOError", PyExc.OSError);
        m.put("None", PyNone.NONE);
        m.put("True", PyBool.TRUE);
        m.put("False", PyBool.FALSE);
        m.put("Ellipsis", org.gilpy.objects.PyEllipsis.ELLIPSIS);
        m.put("NotImplemented", org.gilpy.objects.PyNotImplemented.NOT_IMPLEMENTED);
        m.put("__debug__", PyBool.TRUE);
        TypeBuilder.moduleFunctions(BuiltinsModule.class, m).forEach(m::put);
        TypeBuilder.moduleFunctions(BuiltinsIteration.class, m).forEach(m::put);
        TypeBuilder.moduleFunctions(BuiltinsNumbers.class, m).forEach(m::put);
        org.gilpy.objects.PyGenericAlias.installClassGetItem(org.gilpy.objects.PyList.TYPE, PyDict.TYPE,
                org.gilpy.objects.PyTuple.TYPE, org.gilpy.objects.PySet.TYPE, org.gilpy.objects.PyFrozenSet.TYPE,
                org.gilpy.objects.PyEnumerate.TYPE, PyExc.BaseExceptionGroup, PyExc.ExceptionGroup,
                org.gilpy.objects.PyMappingProxy.TYPE);
        m.put("exit", new Quitter("exit"));
        m.put("quit", new Quitter("quit"));
        org.gilpy.modules.io.IoModule.addBuiltins(m);
        return m;
    }

    @PyMethod
    public static PyObject __build_class__(PyObject[] args, String[] kwnames) {
        return BuildClass.build(args, kwnames);
    }

    @PyMethod
    public static PyObject __import__(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("__import__", args, kwnames,
                new String[] {"name", "globals", "locals", "fromlist", "level"}, 1);
        if (!(a[0] instanceof PyStr)) throw PyErr.typeError("module name must be a string");
        PyDict g = a[1] instanceof PyDict d ? d : new PyDict();
        int level = a[4] == null ? 0 : PyInt.asInt(a[4]);
        return Importer.importModule(Abstract.str(a[0]).value, g, a[3] == null ? PyNone.NONE : a[3], level);
    }

    @PyMethod
    public static void print(PyObject[] args, String[] kwnames) {
        int npos = ArgParser.npos(args, kwnames);
        PyObject sep = null, end = null, file = null, flush = null;
        for (int i = 0; kwnames != null && i < kwnames.length; i++) {
            PyObject v = args[npos + i];
            switch (kwnames[i]) {
                case "sep" -> sep = v;
                case "end" -> end = v;
                case "file" -> file = v;
                case "flush" -> flush = v;
                default -> throw PyErr.typeError("'%s' is an invalid keyword argument for print()", kwnames[i]);
            }
        }
        if (file == null || file == PyNone.NONE) file = Interpreter.sysAttr("stdout");
        if (file == null || file == PyNone.NONE) return;
        String sepS = strOrNone(sep, " ", "sep");
        String endS = strOrNone(end, "\n", "end");
        // one write per piece, as CPython does (a Python file object sees each of them)
        PyObject write = Abstract.getAttr(file, "write");
        PyStr sepStr = PyStr.of(sepS);
        for (int i = 0; i < npos; i++) {
            if (i > 0) Abstract.call(write, sepStr);
            Abstract.call(write, Abstract.str(args[i]));
        }
        Abstract.call(write, PyStr.of(endS));
        if (flush != null && Abstract.isTrue(flush)) Abstract.callMethod(file, "flush");
    }

    private static String strOrNone(PyObject v, String dflt, String what) {
        if (v == null || v == PyNone.NONE) return dflt;
        if (v instanceof PyStr s) return s.value;
        throw PyErr.typeError("%s must be None or a string, not %s", what, v.type.tpName());
    }

    @PyMethod
    public static PyObject len(PyObject o) { return PyInt.of(Abstract.len(o)); }

    @PyMethod
    public static PyObject repr(PyObject o) { return Abstract.repr(o); }

    @PyMethod
    public static PyObject ascii(PyObject o) { return PyStr.ascii(o); }

    @PyMethod
    public static boolean isinstance(PyObject o, PyObject cls) { return Abstract.isInstance(o, cls); }

    @PyMethod
    public static boolean issubclass(PyObject c, PyObject cls) { return Abstract.isSubclass(c, cls); }

    @PyMethod
    public static long hash(PyObject o) { return Abstract.hash(o); }

    @PyMethod
    public static long id(PyObject o) { return ObjectIds.of(o); }

    @PyMethod
    public static boolean callable(PyObject o) {
        return Abstract.isCallable(o);
    }

    @PyMethod(optional = 1)
    public static PyObject iter(PyObject o, PyObject sentinel) {
        if (sentinel == null) return Abstract.iter(o);
        if (!callable(o)) throw PyErr.typeError("iter(v, w): v must be callable");
        return new PyCallableIterator(o, sentinel);
    }

    @PyMethod
    public static PyObject aiter(PyObject o) {
        if (o.type.lookup("__aiter__") == null) throw PyErr.typeError("'%s' object is not an async iterable", o.type.tpName());
        PyObject it = Abstract.callSpecial(o, "__aiter__");
        if (it.type.lookup("__anext__") == null) {
            throw PyErr.typeError("aiter() returned not an async iterator of type '%s'", it.type.tpName());
        }
        return it;
    }

    @PyMethod(optional = 1)
    public static PyObject anext(PyObject it, PyObject dflt) {
        if (it.type.lookup("__anext__") == null) throw PyErr.typeError("'%s' object is not an async iterator", it.type.tpName());
        if (dflt == null) return Abstract.callSpecial(it, "__anext__");
        return new org.gilpy.objects.PyAnextAwaitable(it, dflt);
    }

    @PyMethod(optional = 1)
    public static PyObject next(PyObject it, PyObject dflt) {
        if (it.type.lookup("__next__") == null) {
            throw PyErr.typeError("'%s' object is not an iterator", it.type.tpName());
        }
        try {
            return Abstract.callSpecial(it, "__next__");
        } catch (org.gilpy.objects.PyException e) {
            if (dflt != null && e.matches(PyExc.StopIteration)) return dflt;
            throw e;
        }
    }

    @PyMethod(optional = 1)
    public static PyObject getattr(PyObject o, PyObject name, PyObject dflt) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '%s'", name.type.tpName());
        }
        if (dflt == null) return Abstract.getAttr(o, s.value);
        PyObject v = Abstract.lookupAttr(o, s.value);
        return v == null ? dflt : v;
    }

    @PyMethod
    public static void setattr(PyObject o, PyObject name, PyObject v) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '%s'", name.type.tpName());
        }
        Abstract.setAttr(o, s.value, v);
    }

    @PyMethod
    public static void delattr(PyObject o, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '%s'", name.type.tpName());
        }
        Abstract.setAttr(o, s.value, null);
    }

    @PyMethod
    public static boolean hasattr(PyObject o, PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '%s'", name.type.tpName());
        }
        return Abstract.lookupAttr(o, s.value) != null;
    }

    @PyMethod
    public static PyObject abs(PyObject o) { return Abstract.unary(o, "__abs__", "abs()"); }

    @PyMethod
    public static PyObject chr(PyObject i) {
        int v = PyInt.asInt(i);
        if (v < 0 || v > 0x10ffff) throw PyErr.valueError("chr() arg not in range(0x110000)");
        return PyStr.of(new String(Character.toChars(v)));
    }

    @PyMethod
    public static PyObject ord(PyObject c) {
        if (c instanceof PyStr s) {
            if (s.length() != 1) {
                throw PyErr.typeError("ord() expected a character, but string of length %d found", s.length());
            }
            return PyInt.of(s.value.codePointAt(0));
        }
        if (c instanceof org.gilpy.objects.BytesLike b) {
            if (b.bytesLength() != 1) {
                throw PyErr.typeError("ord() expected a character, but string of length %d found", b.bytesLength());
            }
            return PyInt.of(b.bytesData()[0] & 0xff);
        }
        throw PyErr.typeError("ord() expected string of length 1, but %s found", c.type.tpName());
    }

    @PyMethod
    public static PyObject globals() {
        Frame f = Interpreter.currentFrame();
        return f == null ? new PyDict() : f.globals;
    }

    @PyMethod
    public static PyObject locals() {
        Frame f = Interpreter.currentFrame();
        return f == null ? new PyDict() : f.localsDict();
    }

    @PyMethod(optional = 1)
    public static PyObject dir(PyObject o) {
        PyList names;
        if (o == null) {
            names = PyList.fromIterable(locals());
        } else {
            PyObject f = o.type.lookup("__dir__");
            if (f == null) throw PyErr.typeError("object does not provide __dir__");
            names = PyList.fromIterable(Abstract.callUnbound(f, o, new PyObject[0], null));
        }
        names.sort(null, false);
        return names;
    }

    @PyMethod(optional = 1)
    public static PyObject vars(PyObject o) {
        if (o == null) return locals();
        PyObject d = Abstract.lookupAttr(o, "__dict__");
        if (d == null) throw PyErr.typeError("vars() argument must have __dict__ attribute");
        return d;
    }

    @PyMethod(optional = 1)
    public static PyObject format(PyObject v, PyObject spec) {
        if (spec != null && !(spec instanceof PyStr)) {
            throw PyErr.typeError("format() argument 2 must be str, not %s", spec.type.tpName());
        }
        return Abstract.format(v, spec == null ? PyStr.EMPTY : spec);
    }

    @PyMethod(optional = 2)
    public static PyObject exec(PyObject source, PyObject globals, PyObject locals) {
        return run(source, globals, locals, "exec");
    }

    @PyMethod(optional = 2)
    public static PyObject eval(PyObject source, PyObject globals, PyObject locals) {
        return run(source, globals, locals, "eval");
    }

    private static PyObject run(PyObject source, PyObject globals, PyObject locals, String mode) {
        Frame f = Interpreter.currentFrame();
        PyDict g = globals instanceof PyDict d ? d : f != null ? f.globals : new PyDict();
        PyObject l = locals != null && locals != PyNone.NONE ? locals
                : globals instanceof PyDict ? g : f != null ? f.localsDict() : g;
        PyCode code = source instanceof PyCode c ? c : Interpreter.compile(sourceText(source, mode), "<string>", mode);
        PyObject r = Interpreter.exec(code, g, l);
        return mode.equals("eval") ? r : PyNone.NONE;
    }

    /** The text of an exec/eval source; eval ignores leading spaces and tabs, as CPython does. */
    private static String sourceText(PyObject source, String mode) {
        String text;
        if (source instanceof PyStr s) {
            text = s.value;
        } else if (source instanceof org.gilpy.objects.BytesLike b) {
            text = new String(b.bytesData(), 0, b.bytesLength(), java.nio.charset.StandardCharsets.UTF_8);
        } else {
            throw PyErr.typeError("%s() arg 1 must be a string, bytes or code object", mode);
        }
        if (mode.equals("eval")) {
            int i = 0;
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
            text = text.substring(i);
        }
        return text;
    }

    @PyMethod
    public static PyObject compile(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("compile", args, kwnames,
                new String[] {"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3);
        String mode = Abstract.str(a[2]).value;
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw PyErr.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        return Interpreter.compile(Abstract.str(a[0]).value, Abstract.str(a[1]).value, mode);
    }
}
