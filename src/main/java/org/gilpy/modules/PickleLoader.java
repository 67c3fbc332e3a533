package org.gilpy.modules;

import java.nio.charset.StandardCharsets;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyFrozenSet;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMemoryView;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySet;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.PyBool;

/**
 * The opcode loop of {@code pickle.loads} over bytes in memory: what
 * {@code Unpickler.load} in {@code lib/pickle.py} does, opcode for opcode and with
 * the same error messages, without a Python call per opcode. The Unpickler object
 * supplies what is Python's to decide: {@code find_class} (and so fix_imports),
 * {@code persistent_load}, the out-of-band buffers, and the parsing of protocol 0's
 * text arguments ({@code _int_value}, {@code _long_value}, {@code _float_value},
 * {@code _string_value}, {@code _index_value}).
 *
 * <p>The stack is one array; {@code marks} holds the stack heights at each MARK, the
 * top one being the fence that pops may not cross.
 */
final class PickleLoader {
    private final PyObject unpickler;
    /** The bytes being read: all of loads' data, or (reading a file) the current frame
     *  or the bytes of the last read; null before the first read from a file. */
    private byte[] data;
    private int pos;
    /** The file's read and readline methods; null when reading bytes in memory. */
    private final PyObject fileRead, fileReadline;
    private final PyDict memo;
    private final PyObject persistentLoad;
    private final PyObject buffers;
    private final PyObject unpicklingError;
    private final String encoding;
    private final PyObject errors;

    private PyObject[] stack = new PyObject[64];
    private int sp;
    private int[] marks = new int[16];
    private int nmarks;

    PickleLoader(PyObject unpickler, byte[] data, int pos, PyObject fileRead, PyObject fileReadline,
                 PyDict memo, PyObject persistentLoad, PyObject buffers, PyObject unpicklingError,
                 String encoding, PyObject errors) {
        this.unpickler = unpickler;
        this.data = data == null ? new byte[0] : data;
        this.pos = pos;
        this.fileRead = fileRead;
        this.fileReadline = fileReadline;
        this.memo = memo;
        this.persistentLoad = persistentLoad;
        this.buffers = buffers;
        this.unpicklingError = unpicklingError;
        this.encoding = encoding;
        this.errors = errors;
    }

    int position() { return pos; }

    // ---- errors and input ------------------------------------------------------------------

    private PyException error(String msg) {
        PyObject e = Abstract.call(unpicklingError, PyStr.of(msg));
        return new PyException((PyBaseException) e);
    }

    private PyException truncated() { return error("pickle data was truncated"); }

    /** Makes n bytes available at pos: a file is read for what the buffer lacks
     *  (exactly that much, so that nothing after STOP is consumed). */
    private void need(long n) {
        if (pos + n <= data.length) return;
        if (fileRead == null || n > Integer.MAX_VALUE - 16) throw truncated();
        int have = data.length - pos;
        byte[] more = fileBytes(Abstract.call(fileRead, PyInt.of(n - have)));
        if (more.length != n - have) throw truncated();
        byte[] b = new byte[(int) n];
        System.arraycopy(data, pos, b, 0, have);
        System.arraycopy(more, 0, b, have, more.length);
        data = b;
        pos = 0;
    }

    private static byte[] fileBytes(PyObject got) {
        if (!(got instanceof org.gilpy.objects.BytesLike)) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", got.type.tpName());
        }
        return org.gilpy.objects.BytesLike.exact(got);
    }

    private int u8() {
        need(1);
        return data[pos++] & 0xFF;
    }

    private long uint(int n) {
        need(n);
        long v = 0;
        for (int i = n - 1; i >= 0; i--) v = (v << 8) | (data[pos + i] & 0xFF);
        pos += n;
        return v;
    }

    private int int32() { return (int) uint(4); }

    private byte[] bytes(long n) {
        if (n < 0) throw truncated();
        need(n);
        byte[] b = java.util.Arrays.copyOfRange(data, pos, pos + (int) n);
        pos += (int) n;
        return b;
    }

    /** The next line, newline included. */
    private byte[] line() {
        for (int i = pos; i < data.length; i++) {
            if (data[i] == '\n') {
                byte[] b = java.util.Arrays.copyOfRange(data, pos, i + 1);
                pos = i + 1;
                return b;
            }
        }
        if (fileReadline == null) throw truncated();
        byte[] rest = fileBytes(Abstract.call(fileReadline));
        if (rest.length == 0 || rest[rest.length - 1] != '\n') throw truncated();
        int have = data.length - pos;
        byte[] b = new byte[have + rest.length];
        System.arraycopy(data, pos, b, 0, have);
        System.arraycopy(rest, 0, b, have, rest.length);
        data = new byte[0];
        pos = 0;
        return b;
    }

    /** The next opcode, or -1 at the end of the input. */
    private int nextOpcode() {
        if (pos < data.length) return data[pos++] & 0xFF;
        if (fileRead == null) return -1;
        byte[] b = fileBytes(Abstract.call(fileRead, PyInt.of(1)));
        data = new byte[0];
        pos = 0;
        return b.length == 0 ? -1 : b[0] & 0xFF;
    }

    private PyObject helper(String name, byte[] arg) {
        return Abstract.callMethod(unpickler, name, PyBytes.wrap(arg));
    }

    // ---- the stack ---------------------------------------------------------------------------

    private void push(PyObject o) {
        if (sp == stack.length) stack = java.util.Arrays.copyOf(stack, sp * 2);
        stack[sp++] = o;
    }

    private int fence() { return nmarks == 0 ? 0 : marks[nmarks - 1]; }

    private PyException underflow() {
        return error(nmarks > 0 ? "unexpected MARK found" : "unpickling stack underflow");
    }

    private PyObject pop() {
        if (sp <= fence()) throw underflow();
        PyObject o = stack[--sp];
        stack[sp] = null;
        return o;
    }

    private PyObject top() {
        if (sp <= fence()) throw underflow();
        return stack[sp - 1];
    }

    /** The height of the stack at the top MARK, which is removed. */
    private int popMark() {
        if (nmarks == 0) throw error("could not find MARK");
        return marks[--nmarks];
    }

    private PyObject[] popTo(int base) {
        PyObject[] items = java.util.Arrays.copyOfRange(stack, base, sp);
        java.util.Arrays.fill(stack, base, sp, null);
        sp = base;
        return items;
    }

    // ---- strings -----------------------------------------------------------------------------

    private static boolean ascii(byte[] b) {
        for (byte x : b) if (x < 0) return false;
        return true;
    }

    private static PyObject utf8(byte[] b) {
        if (ascii(b)) return PyStr.of(new String(b, StandardCharsets.ISO_8859_1));
        return Abstract.callMethod(PyBytes.wrap(b), "decode", PyStr.of("utf-8"), PyStr.of("surrogatepass"));
    }

    /** A Python 2 str: bytes with encoding='bytes', else decoded. */
    private PyObject py2str(byte[] b) {
        if (encoding.equals("bytes")) return PyBytes.wrap(b);
        if (encoding.equalsIgnoreCase("ascii") && ascii(b)) return PyStr.of(new String(b, StandardCharsets.ISO_8859_1));
        return Abstract.callMethod(PyBytes.wrap(b), "decode", PyStr.of(encoding), errors);
    }

    // ---- memo --------------------------------------------------------------------------------

    private void memoGet(long i) {
        PyObject v = memo.get(PyInt.of(i));
        if (v == null) throw error("Memo value not found at index " + i);
        push(v);
    }

    private void memoPut(long i) {
        memo.put(PyInt.of(i), top());
    }

    // ---- the loop ----------------------------------------------------------------------------

    /** Runs opcodes up to STOP and returns the result. */
    PyObject load() {
        while (true) {
            int op = nextOpcode();
            if (op < 0) throw PyErr.format(org.gilpy.objects.PyExc.EOFError, "Ran out of input");
            switch (op) {
                case '.' -> { return pop(); }
                case 0x80 -> {
                    int proto = u8();
                    if (proto > 5) throw PyErr.valueError("unsupported pickle protocol: %d", proto);
                    Abstract.setAttr(unpickler, "proto", PyInt.of(proto));
                }
                case 0x95 -> frame(uint(8));
                case 'N' -> push(PyNone.NONE);
                case 0x88 -> push(PyBool.TRUE);
                case 0x89 -> push(PyBool.FALSE);
                case 'K' -> push(PyInt.of(u8()));
                case 'M' -> push(PyInt.of(uint(2)));
                case 'J' -> push(PyInt.of(int32()));
                case 0x8a -> push(longValue(bytes(u8())));
                case 0x8b -> {
                    int n = int32();
                    if (n < 0) throw error("LONG pickle has negative byte count");
                    push(longValue(bytes(n)));
                }
                case 'G' -> push(PyFloat.of(Double.longBitsToDouble(bigEndian64())));
                case 'I' -> push(helper("_int_value", line()));
                case 'L' -> push(helper("_long_value", line()));
                case 'F' -> push(helper("_float_value", line()));
                case 'S' -> push(helper("_string_value", line()));
                case 'T' -> push(py2str(bytes(uint(4))));
                case 'U' -> push(py2str(bytes(u8())));
                case 'V' -> {
                    byte[] l = line();
                    byte[] body = java.util.Arrays.copyOf(l, l.length - 1);
                    push(Abstract.callMethod(PyBytes.wrap(body), "decode", PyStr.of("raw-unicode-escape")));
                }
                case 'X' -> push(utf8(bytes(uint(4))));
                case 0x8c -> push(utf8(bytes(u8())));
                case 0x8d -> push(utf8(bytes(uint(8))));
                case 'C' -> push(PyBytes.wrap(bytes(u8())));
                case 'B' -> push(PyBytes.wrap(bytes(uint(4))));
                case 0x8e -> push(PyBytes.wrap(bytes(uint(8))));
                case 0x96 -> push(new PyByteArray(bytes(uint(8))));
                case 0x97 -> nextBuffer();
                case 0x98 -> readonlyBuffer();
                case ')' -> push(PyTuple.EMPTY);
                case 't' -> push(PyTuple.of(popTo(popMark())));
                case 0x85, 0x86, 0x87 -> {
                    int n = op - 0x84;
                    if (sp - n < fence()) throw underflow();
                    push(PyTuple.of(popTo(sp - n)));
                }
                case ']' -> push(new PyList());
                case 'l' -> {
                    PyObject[] items = popTo(popMark());
                    push(PyList.of(items, 0, items.length));
                }
                case '}' -> push(new PyDict());
                case 'd' -> {
                    PyObject[] items = popTo(popMark());
                    if (items.length % 2 != 0) throw error("odd number of items for DICT");
                    PyDict d = new PyDict();
                    for (int i = 0; i < items.length; i += 2) d.put(items[i], items[i + 1]);
                    push(d);
                }
                case 0x8f -> push(new PySet());
                case 0x91 -> push(PyFrozenSet.of(PyTuple.of(popTo(popMark()))));
                case 'a' -> {
                    if (sp - 2 < fence()) throw underflow();
                    PyObject v = pop();
                    PyObject target = stack[sp - 1];
                    if (target.type == PyList.TYPE) ((PyList) target).append(v);
                    else Abstract.callMethod(target, "append", v);
                }
                case 'e' -> appends(popTo(popMark()));
                case 's' -> {
                    if (sp - 3 < fence()) throw underflow();
                    PyObject v = pop();
                    PyObject k = pop();
                    setItem(stack[sp - 1], k, v);
                }
                case 'u' -> {
                    PyObject[] items = popTo(popMark());
                    PyObject target = top();
                    if (items.length % 2 != 0) throw error("odd number of items for SETITEMS");
                    for (int i = 0; i < items.length; i += 2) setItem(target, items[i], items[i + 1]);
                }
                case 0x90 -> {
                    PyObject[] items = popTo(popMark());
                    PyObject target = top();
                    if (target instanceof PySet s && target.type == PySet.TYPE) {
                        for (PyObject x : items) s.addItem(x);
                    } else if (Abstract.isInstanceOfType(target, PySet.TYPE)) {
                        Abstract.callMethod(target, "update", PyTuple.of(items));
                    } else {
                        for (PyObject x : items) Abstract.callMethod(target, "add", x);
                    }
                }
                case '(' -> {
                    if (nmarks == marks.length) marks = java.util.Arrays.copyOf(marks, nmarks * 2);
                    marks[nmarks++] = sp;
                }
                case '0' -> {
                    if (sp > fence()) pop();
                    else if (nmarks > 0) nmarks--;
                    else throw underflow();
                }
                case '1' -> popTo(popMark());
                case '2' -> push(top());
                case 'g' -> memoGet(index(line()));
                case 'h' -> memoGet(u8());
                case 'j' -> memoGet(uint(4));
                case 'p' -> {
                    long i = index(line());
                    if (i < 0) throw PyErr.valueError("negative PUT argument");
                    memoPut(i);
                }
                case 'q' -> memoPut(u8());
                case 'r' -> memoPut(uint(4));
                case 0x94 -> memo.put(PyInt.of(memo.size()), top());
                case 'c' -> {
                    PyObject module = utf8Line();
                    PyObject name = utf8Line();
                    push(Abstract.callMethod(unpickler, "find_class", module, name));
                }
                case 0x93 -> {
                    PyObject name = pop();
                    PyObject module = pop();
                    if (name.type != PyStr.TYPE || module.type != PyStr.TYPE) throw error("STACK_GLOBAL requires str");
                    push(Abstract.callMethod(unpickler, "find_class", module, name));
                }
                case 0x82 -> extension(u8());
                case 0x83 -> extension(uint(2));
                case 0x84 -> extension(int32());
                case 'R' -> {
                    if (sp - 2 < fence()) throw underflow();
                    PyObject args = pop();
                    PyObject func = stack[sp - 1];
                    stack[sp - 1] = Abstract.call(func, Abstract.toArray(args));
                }
                case 0x81 -> {
                    PyObject args = pop();
                    PyObject cls = pop();
                    if (!(cls instanceof PyType)) throw error("NEWOBJ class argument isn't a type object");
                    if (!(args instanceof PyTuple)) {
                        throw error("NEWOBJ args argument must be a tuple, not " + args.type.name);
                    }
                    push(newObject(cls, args, null));
                }
                case 0x92 -> {
                    PyObject kwargs = pop();
                    PyObject args = pop();
                    PyObject cls = pop();
                    if (!(cls instanceof PyType)) {
                        throw error("NEWOBJ_EX class argument must be a type, not " + cls.type.name);
                    }
                    if (!(args instanceof PyTuple)) {
                        throw error("NEWOBJ_EX args argument must be a tuple, not " + args.type.name);
                    }
                    if (!(kwargs instanceof PyDict)) {
                        throw error("NEWOBJ_EX kwargs argument must be a dict, not " + kwargs.type.name);
                    }
                    push(newObject(cls, args, (PyDict) kwargs));
                }
                case 'b' -> {
                    PyObject state = pop();
                    Abstract.callMethod(unpickler, "_build", top(), state);
                }
                case 'i' -> {
                    PyObject module = asciiLine();
                    PyObject name = asciiLine();
                    PyObject cls = Abstract.callMethod(unpickler, "find_class", module, name);
                    push(instantiate(cls, popTo(popMark())));
                }
                case 'o' -> {
                    PyObject[] items = popTo(popMark());
                    if (items.length == 0) throw underflow();
                    push(instantiate(items[0], java.util.Arrays.copyOfRange(items, 1, items.length)));
                }
                case 'P' -> {
                    PyObject pid = Abstract.callMethod(unpickler, "_persid_value", PyBytes.wrap(line()));
                    push(persistent(pid));
                }
                case 'Q' -> push(persistent(pop()));
                default -> {
                    if (0x20 <= op && op <= 0x7e && op != 0x27 && op != 0x5c) {
                        throw error("invalid load key, '" + (char) op + "'.");
                    }
                    throw error(String.format("invalid load key, '\\x%02x'.", op));
                }
            }
        }
    }

    /** FRAME: from a file the whole frame is read at once; in memory it must be there. */
    private void frame(long n) {
        if (n < 0) throw PyErr.valueError("frame size > sys.maxsize: %s", Long.toUnsignedString(n));
        if (fileRead == null) {
            if (pos + n > data.length) throw truncated();
            return;
        }
        if (pos < data.length) throw error("beginning of a new frame before end of current frame");
        data = new byte[0];
        pos = 0;
        need(n);
    }

    private long bigEndian64() {
        need(8);
        long v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (data[pos + i] & 0xFF);
        pos += 8;
        return v;
    }

    private static PyObject longValue(byte[] b) {
        if (b.length == 0) return PyInt.of(0);
        byte[] be = new byte[b.length];
        for (int i = 0; i < b.length; i++) be[i] = b[b.length - 1 - i];
        return PyInt.of(new java.math.BigInteger(be));
    }

    private long index(byte[] line) {
        return PyInt.asLong(helper("_index_value", line));
    }

    private PyObject utf8Line() {
        byte[] l = line();
        return Abstract.callMethod(PyBytes.wrap(java.util.Arrays.copyOf(l, l.length - 1)), "decode", PyStr.of("utf-8"));
    }

    private PyObject asciiLine() {
        byte[] l = line();
        return Abstract.callMethod(PyBytes.wrap(java.util.Arrays.copyOf(l, l.length - 1)), "decode", PyStr.of("ascii"));
    }

    private void appends(PyObject[] items) {
        PyObject target = top();
        if (target.type == PyList.TYPE) {
            for (PyObject x : items) ((PyList) target).append(x);
            return;
        }
        PyObject extend = Abstract.lookupAttr(target, "extend");
        if (extend != null) {
            Abstract.call(extend, PyList.of(items, 0, items.length));
            return;
        }
        for (PyObject x : items) Abstract.callMethod(target, "append", x);
    }

    private static void setItem(PyObject target, PyObject k, PyObject v) {
        if (target.type == PyDict.TYPE) ((PyDict) target).put(k, v);
        else Abstract.setItem(target, k, v);
    }

    private static PyObject newObject(PyObject cls, PyObject args, PyDict kwargs) {
        PyObject[] a = Abstract.toArray(args);
        PyObject newFn = Abstract.getAttr(cls, "__new__");
        int nkw = kwargs == null ? 0 : kwargs.size();
        PyObject[] all = new PyObject[1 + a.length + nkw];
        all[0] = cls;
        System.arraycopy(a, 0, all, 1, a.length);
        if (nkw == 0) return Abstract.call(newFn, all, null);
        String[] names = new String[nkw];
        int j = 0;
        for (int i = kwargs.nextEntry(0); i >= 0; i = kwargs.nextEntry(i + 1), j++) {
            names[j] = Abstract.str(kwargs.keyAt(i)).value;
            all[1 + a.length + j] = kwargs.valueAt(i);
        }
        return Abstract.call(newFn, all, names);
    }

    private static PyObject instantiate(PyObject cls, PyObject[] args) {
        if (args.length > 0 || !(cls instanceof PyType) || Abstract.lookupAttr(cls, "__getinitargs__") != null) {
            return Abstract.call(cls, args);
        }
        return Abstract.call(Abstract.getAttr(cls, "__new__"), cls);
    }

    private PyObject persistent(PyObject pid) {
        if (persistentLoad == PyNone.NONE) {
            throw error("A load persistent id instruction was encountered,\n"
                    + "but no persistent_load function was specified.");
        }
        return Abstract.call(persistentLoad, pid);
    }

    private void extension(long code) {
        push(Abstract.callMethod(unpickler, "_get_extension_value", PyInt.of(code)));
    }

    private void nextBuffer() {
        if (buffers == PyNone.NONE) {
            throw error("pickle stream refers to out-of-band data but no *buffers* argument was given");
        }
        PyObject buf = Abstract.next(buffers);
        if (buf == null) throw error("not enough out-of-band buffers");
        push(buf);
    }

    private void readonlyBuffer() {
        PyObject buf = top();
        PyObject view = PyMemoryView.of(buf);
        try {
            if (!Abstract.isTrue(Abstract.getAttr(view, "readonly"))) {
                stack[sp - 1] = Abstract.callMethod(view, "toreadonly");
            }
        } finally {
            Abstract.callMethod(view, "release");
        }
    }
}
