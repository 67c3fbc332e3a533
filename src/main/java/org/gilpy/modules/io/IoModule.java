package org.gilpy.modules.io;

import java.util.function.Function;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.StrCodecs;
import org.gilpy.objects.TypeBuilder;

/**
 * The {@code io} module, also importable as {@code _io}: the stream classes, {@code open},
 * {@code UnsupportedOperation}, {@code DEFAULT_BUFFER_SIZE} and the {@code SEEK_*}
 * constants. In CPython {@code io} is a Python module that re-exports {@code _io} and
 * makes its bases ABCs; here both names give the same classes, so
 * {@code io.IOBase is _io._IOBase}.
 */
public final class IoModule {
    private IoModule() {}

    /** {@code io.UnsupportedOperation}: both an OSError and a ValueError, as in CPython. */
    static final PyType UNSUPPORTED = unsupportedOperation();

    private static PyType unsupportedOperation() {
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__module__"), PyStr.of("io"));
        return (PyType) Abstract.call(PyType.TYPE, PyStr.of("UnsupportedOperation"),
                PyTuple.of(PyExc.OSError, PyExc.ValueError), ns);
    }

    /** A built-in io type (its {@code __module__} comes from the class's MODULE attribute). */
    static PyType type(String name, Class<?> javaClass, PyType base, Function<PyType, PyObject> factory) {
        return PyType.builtin(name, javaClass, base, factory);
    }

    public static PyModule create(String name) {
        PyModule m = new PyModule(name);
        PyType[] bases = {PyIOBase.TYPE, PyRawIOBase.TYPE, PyBufferedIOBase.TYPE, PyTextIOBase.TYPE};
        for (PyType t : bases) {
            m.put(t.name, t);
            m.put(t.name.substring(1), t);
        }
        for (PyType t : new PyType[] {PyFileIO.TYPE, PyBuffered.READER, PyBuffered.WRITER, PyBuffered.RANDOM,
                PyBufferedRWPair.TYPE, PyTextIOWrapper.TYPE, PyStringIO.TYPE, PyBytesIO.TYPE,
                PyIncrementalNewlineDecoder.TYPE}) {
            m.put(t.name, t);
        }
        m.put("UnsupportedOperation", UNSUPPORTED);
        m.put("BlockingIOError", PyExc.BlockingIOError);
        m.put("DEFAULT_BUFFER_SIZE", PyInt.of(PyIOBase.DEFAULT_BUFFER_SIZE));
        m.put("SEEK_SET", PyInt.of(0));
        m.put("SEEK_CUR", PyInt.of(1));
        m.put("SEEK_END", PyInt.of(2));
        m.put("open", TypeBuilder.moduleFunctions(IoBuiltins.class, m).get("open"));
        var functions = TypeBuilder.moduleFunctions(IoModule.class, m);
        m.put("text_encoding", functions.get("text_encoding"));
        m.put("open_code", functions.get("open_code"));
        return m;
    }

    /**
     * {@code io.text_encoding(encoding, stacklevel=2)}: the encoding a function that takes
     * {@code encoding=None} should pass on: "locale" for None (gilpy has no UTF-8 mode flag
     * set and never warns about default encodings), else the argument itself.
     */
    @PyMethod(optional = 1)
    public static PyObject text_encoding(PyObject encoding, PyObject stacklevel) {
        return encoding == PyNone.NONE ? PyStr.of("locale") : encoding;
    }

    /**
     * {@code io.open_code(path)}: opens a file of code for reading, as {@code open(path, 'rb')}
     * (no open-code hook can be installed).
     */
    @PyMethod
    public static PyObject open_code(PyObject[] args, String[] kwnames) {
        PyObject[] a = org.gilpy.objects.ArgParser.parse("open_code", args, kwnames, new String[] {"path"}, 1);
        if (!(a[0] instanceof PyStr)) {
            throw PyErr.typeError("open_code() argument 'path' must be str, not %s", a[0].type.tpName());
        }
        return IoBuiltins.open(new PyObject[] {a[0], PyStr.of("rb")}, null);
    }

    /** Adds {@code open} and {@code input} to the builtins module. */
    public static void addBuiltins(PyModule builtins) {
        TypeBuilder.moduleFunctions(IoBuiltins.class, builtins).forEach(builtins::put);
    }

    /** Flushes every buffered writer still open (at exit: no output is lost). */
    public static void flushAll() {
        PyBuffered.flushAll();
    }

    /** A path argument (str, bytes or os.PathLike) as a Java string. */
    static String fsPath(PyObject p) {
        if (p instanceof PyStr s) return s.value;
        if (p instanceof BytesLike && p.type.name.equals("bytes")) {
            return StrCodecs.decode(BytesLike.exact(p), 0, BytesLike.length(p), "utf-8", "surrogateescape");
        }
        PyObject fspath = p.type.lookup("__fspath__");
        if (fspath != null) {
            PyObject r = Abstract.callMethod(p, "__fspath__");
            if (r instanceof PyStr || r.type.name.equals("bytes")) return fsPath(r);
            throw PyErr.typeError("expected %s.__fspath__() to return str or bytes, not %s", p.type.tpName(), r.type.tpName());
        }
        throw PyErr.typeError("expected str, bytes or os.PathLike object, not %s", p.type.tpName());
    }
}
