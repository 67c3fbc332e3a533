package org.gilpy.modules;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyMemoryView;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySlice;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.TypeBuilder;
import org.gilpy.objects.WritableBytes;
import org.gilpy.objects.PyBytes;

/**
 * The {@code _struct} module behind {@code struct.py}: conversions between Python values
 * and C structs packed as bytes ({@link StructFormat} holds the layout rules). Compiled
 * formats are cached by format string, as CPython caches them.
 */
public final class StructModule {
    private StructModule() {}

    public static final PyType ERROR = PyType.builtinSubclass("error", PyExc.Exception);

    static {
        ERROR.dict().put(PyStr.of("__module__"), PyStr.of("struct"));
        StructFormat.error = ERROR;
    }

    private static final ConcurrentHashMap<String, StructFormat> CACHE = new ConcurrentHashMap<>();

    public static PyModule create() {
        PyModule m = new PyModule("_struct");
        TypeBuilder.moduleFunctions(StructModule.class, m).forEach(m::put);
        m.put("Struct", Struct.TYPE);
        m.put("error", ERROR);
        return m;
    }

    static StructFormat compile(PyObject fmt) {
        String s = StructFormat.formatString(fmt);
        StructFormat f = CACHE.get(s);
        if (f == null) {
            f = new StructFormat(s);
            if (CACHE.size() > 100) CACHE.clear();
            CACHE.put(s, f);
        }
        return f;
    }

    @PyMethod
    public static void _clearcache() { CACHE.clear(); }

    @PyMethod
    public static long calcsize(PyObject format) { return compile(format).size; }

    @PyMethod
    public static PyObject pack(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.positional(args, kwnames);
        if (a.length == 0) throw PyErr.typeError("missing format argument");
        return pack(compile(a[0]), a, 1);
    }

    static PyObject pack(StructFormat f, PyObject[] values, int from) {
        if (values.length - from != f.nvalues) {
            throw StructFormat.error("pack expected %d items for packing (got %d)", f.nvalues, values.length - from);
        }
        byte[] buf = new byte[f.intSize()];
        f.pack(values, from, buf, 0);
        return PyBytes.wrap(buf);
    }

    @PyMethod
    public static PyObject pack_into(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.positional(args, kwnames);
        if (a.length == 0) throw PyErr.typeError("missing format argument");
        return packInto(compile(a[0]), a, 1);
    }

    /** pack_into(buffer, offset, *values) with values at args[from..]. */
    static PyObject packInto(StructFormat f, PyObject[] a, int from) {
        if (a.length - from < 1) throw StructFormat.error("pack_into expected buffer argument");
        if (a.length - from < 2) throw StructFormat.error("pack_into expected offset argument");
        int nv = a.length - from - 2;
        if (nv != f.nvalues) {
            throw StructFormat.error("pack_into expected %d items for packing (got %d)", f.nvalues, nv);
        }
        PyObject buffer = a[from];
        boolean writable = buffer instanceof WritableBytes
                || buffer instanceof PyMemoryView mv && !Abstract.isTrue(Abstract.getAttr(mv, "readonly"));
        if (!writable) {
            throw PyErr.typeError("argument must be read-write bytes-like object, not %s", buffer.type.tpName());
        }
        long offset = PyInt.asSsize(Abstract.index(a[from + 1]));
        int len = BytesLike.length(buffer);
        int size = f.intSize();
        if (offset < 0) {
            if (offset + size > 0) throw StructFormat.error("no space to pack %d bytes at offset %d", size, offset);
            if (offset + len < 0) throw StructFormat.error("offset %d out of range for %d-byte buffer", offset, len);
            offset += len;
        }
        if (len - offset < size) {
            throw StructFormat.error("pack_into requires a buffer of at least %d bytes for packing %d bytes at "
                    + "offset %d (actual buffer size is %d)", size + offset, size, offset, len);
        }
        byte[] packed = new byte[size];
        f.pack(a, from + 2, packed, 0);
        if (buffer instanceof WritableBytes w) {
            System.arraycopy(packed, 0, w.bytesData(), (int) offset, size);
        } else {
            Abstract.setItem(buffer, new PySlice(PyInt.of(offset), PyInt.of(offset + size), org.gilpy.objects.PyNone.NONE),
                    PyBytes.wrap(packed));
        }
        return org.gilpy.objects.PyNone.NONE;
    }

    @PyMethod
    public static PyObject unpack(PyObject format, PyObject buffer) {
        return unpack(compile(format), buffer);
    }

    static PyObject unpack(StructFormat f, PyObject buffer) {
        byte[] data = bytes(buffer);
        int len = BytesLike.length(buffer);
        if (len != f.size) throw StructFormat.error("unpack requires a buffer of %d bytes", f.size);
        return PyTuple.of(f.unpack(data, 0));
    }

    private static byte[] bytes(PyObject buffer) {
        byte[] b = BytesLike.bytesOrNull(buffer);
        if (b == null) throw PyErr.typeError("a bytes-like object is required, not '%s'", buffer.type.tpName());
        return b;
    }

    @PyMethod
    public static PyObject unpack_from(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("unpack_from", args, kwnames, new String[] {"format", "buffer", "offset"}, 2);
        if (kwnames != null && Arrays.asList(kwnames).contains("format")) {
            throw PyErr.typeError("unpack_from() got some positional-only arguments passed as keyword arguments: 'format'");
        }
        return unpackFrom(compile(a[0]), a[1], a[2]);
    }

    static PyObject unpackFrom(StructFormat f, PyObject buffer, PyObject offsetArg) {
        byte[] data = bytes(buffer);
        int len = BytesLike.length(buffer);
        long offset = offsetArg == null ? 0 : PyInt.asSsize(Abstract.index(offsetArg));
        long size = f.size;
        if (offset < 0) {
            if (offset + len < 0) throw StructFormat.error("offset %d out of range for %d-byte buffer", offset, len);
            if (offset + size > 0) throw StructFormat.error("not enough data to unpack %d bytes at offset %d", size, offset);
            offset += len;
        }
        if (len - offset < size) {
            throw StructFormat.error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at "
                    + "offset %d (actual buffer size is %d)", size + offset, size, offset, len);
        }
        return PyTuple.of(f.unpack(data, (int) offset));
    }

    @PyMethod
    public static PyObject iter_unpack(PyObject format, PyObject buffer) {
        return new UnpackIterator(compile(format), buffer);
    }

    /** {@code struct.Struct(format)}: a compiled format with the module's operations as methods. */
    public static final class Struct extends PyObject {
        public static final PyType TYPE = PyType.builtin("Struct", Struct.class, PyType.OBJECT, Struct::new);

        static {
            TYPE.dict().put(PyStr.of("__module__"), PyStr.of("_struct"));
        }

        private StructFormat f;
        private PyObject formatObj;
        private PyDict dict;

        Struct(PyType type) {
            super(type);
        }

        @Override
        public PyDict getDict() {
            if (dict == null && type != TYPE) dict = new PyDict();
            return dict;
        }

        @PyMethod(kind = PyMethod.Kind.NEW)
        public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
            Struct s = (Struct) cls.newInstance();
            s.init(args, kwnames);
            return s;
        }

        @PyMethod
        public void __init__(PyObject[] args, String[] kwnames) {
            init(args, kwnames);
        }

        private void init(PyObject[] args, String[] kwnames) {
            PyObject[] a = ArgParser.parse("Struct", args, kwnames, new String[] {"format"}, 1);
            StructFormat.formatString(a[0]);
            f = compile(a[0]);
            formatObj = PyStr.of(f.format);
        }

        private StructFormat fmt() {
            if (f == null) throw PyErr.valueError("uninitialized Struct");
            return f;
        }

        @PyGetter("format")
        public PyObject format() { return formatObj; }

        @PyGetter("size")
        public long size() { return fmt().size; }

        @PyMethod
        public PyObject pack(PyObject[] args, String[] kwnames) {
            return StructModule.pack(fmt(), ArgParser.positional(args, kwnames), 0);
        }

        @PyMethod
        public PyObject pack_into(PyObject[] args, String[] kwnames) {
            return packInto(fmt(), ArgParser.positional(args, kwnames), 0);
        }

        @PyMethod
        public PyObject unpack(PyObject buffer) { return StructModule.unpack(fmt(), buffer); }

        @PyMethod
        public PyObject unpack_from(PyObject[] args, String[] kwnames) {
            PyObject[] a = ArgParser.parse("unpack_from", args, kwnames, new String[] {"buffer", "offset"}, 1);
            return unpackFrom(fmt(), a[0], a[1]);
        }

        @PyMethod
        public PyObject iter_unpack(PyObject buffer) { return new UnpackIterator(fmt(), buffer); }

        @PyMethod
        public long __sizeof__() { return 48 + 16L * fmt().items.length; }
    }

    /** The iterator iter_unpack returns: one tuple per consecutive struct in the buffer. */
    static final class UnpackIterator extends PyIterator {
        static final PyType TYPE = PyType.builtin("unpack_iterator", UnpackIterator.class, PyType.OBJECT, null);

        static {
            TYPE.dict().put(PyStr.of("__module__"), PyStr.of("_struct"));
            TYPE.baseType = false;
        }

        private final StructFormat f;
        private final PyObject buffer;
        private int pos;

        UnpackIterator(StructFormat f, PyObject buffer) {
            super(TYPE);
            if (f.size == 0) throw StructFormat.error("cannot iteratively unpack with a struct of length 0");
            bytes(buffer);
            int len = BytesLike.length(buffer);
            if (len % f.size != 0) {
                throw StructFormat.error("iterative unpacking requires a buffer of a multiple of %d bytes", f.size);
            }
            this.f = f;
            this.buffer = buffer;
        }

        @Override
        public PyObject nextOrNull() {
            int len = BytesLike.length(buffer);
            if (pos + f.size > len) return null;
            PyObject r = PyTuple.of(f.unpack(BytesLike.bytesOrNull(buffer), pos));
            pos += (int) f.size;
            return r;
        }

        @PyMethod
        public long __length_hint__() {
            return Math.max(0, (BytesLike.length(buffer) - pos) / f.size);
        }
    }
}
