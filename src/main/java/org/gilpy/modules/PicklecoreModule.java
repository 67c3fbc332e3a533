package org.gilpy.modules;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyPickleBuffer;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.TypeBuilder;

/**
 * {@code _picklecore}: what {@code lib/pickle.py} takes from Java: the
 * {@code PickleBuffer} type and {@code load}, the opcode loop of {@code pickle.loads}
 * ({@link PickleLoader}).
 */
public final class PicklecoreModule {
    private PicklecoreModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_picklecore");
        m.put("PickleBuffer", PyPickleBuffer.TYPE);
        TypeBuilder.moduleFunctions(PicklecoreModule.class, m).forEach(m::put);
        return m;
    }

    /**
     * {@code load(unpickler, source, pos, persistent_load, buffers, UnpicklingError)}:
     * unpickles from {@code source[pos:]} (bytes) or, when source is a file, from what
     * its read() and readline() return, and gives {@code (value, end)}, where end is the
     * position after STOP in bytes. The unpickler's memo, encoding and errors are used.
     */
    @PyMethod
    public static PyObject load(PyObject[] args, String[] kwnames) {
        if (args.length != 6 || (kwnames != null && kwnames.length > 0)) {
            throw PyErr.typeError("load() takes exactly 6 positional arguments");
        }
        PyObject unpickler = args[0];
        boolean inMemory = args[1] instanceof BytesLike;
        byte[] data = inMemory ? BytesLike.exact(args[1]) : null;
        PyObject read = inMemory ? null : Abstract.getAttr(args[1], "read");
        PyObject readline = inMemory ? null : Abstract.getAttr(args[1], "readline");
        int pos = (int) org.gilpy.objects.PyInt.asLong(args[2]);
        PyObject memo = Abstract.getAttr(unpickler, "memo");
        if (!(memo instanceof PyDict memoDict)) throw PyErr.typeError("memo must be a dict");
        String encoding = Abstract.str(Abstract.getAttr(unpickler, "encoding")).value;
        PyObject errors = Abstract.getAttr(unpickler, "errors");
        PickleLoader loader = new PickleLoader(unpickler, data, pos, read, readline, memoDict, args[3], args[4],
                args[5], encoding, errors);
        PyObject value = loader.load();
        return PyTuple.of(value, org.gilpy.objects.PyInt.of(loader.position()));
    }

    /**
     * {@code save(pickler, obj, frame, framing, memo, proto, fast)}: pickles obj (an
     * exact built-in type) and what it contains into the bytearray frame
     * ({@link PickleDumper}), handing other objects back to {@code pickler.save}.
     */
    @PyMethod
    public static void save(PyObject[] args, String[] kwnames) {
        if (args.length != 7 || (kwnames != null && kwnames.length > 0)) {
            throw PyErr.typeError("save() takes exactly 7 positional arguments");
        }
        if (!(args[2] instanceof org.gilpy.objects.PyByteArray frame) || !(args[4] instanceof PyDict memo)) {
            throw PyErr.typeError("save() needs a bytearray frame and a dict memo");
        }
        int proto = (int) org.gilpy.objects.PyInt.asLong(args[5]);
        new PickleDumper(args[0], frame, Abstract.isTrue(args[3]), memo, proto, Abstract.isTrue(args[6])).save(args[1]);
    }
}
