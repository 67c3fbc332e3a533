package org.gilpy.modules;

import java.nio.charset.StandardCharsets;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ObjectIds;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyFrozenSet;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySet;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.Runtime;

/**
 * The part of {@code pickle.Pickler.save} that concerns the exact built-in types
 * (None, bool, int, float, str, bytes, tuple, list, dict, set, frozenset), for
 * protocols 1 to 5 when no persistent_id is set: the same opcodes, memo entries,
 * batches and frame boundaries as {@code lib/pickle.py}, which stays the one
 * description of the format. Any other object, and the rare cases (bytes before
 * protocol 3, sets and frozensets before 4, payloads of 64 KiB or more, strings with
 * lone surrogates), go back to the Python pickler's {@code save}.
 *
 * <p>Output goes into the pickler's current frame, a bytearray; the memo is the
 * pickler's dict {@code id(obj) -> (index, obj)}.
 */
final class PickleDumper {
    private static final int BATCHSIZE = 1000;
    private static final int FRAME_SIZE_TARGET = 64 * 1024;
    private static final byte[] TRUE = {'I', '0', '1', '\n'};
    private static final byte[] FALSE = {'I', '0', '0', '\n'};

    private final PyObject pickler;
    private final PyByteArray frame;
    private final boolean framing;
    private final PyDict memo;
    private final int proto;
    private final boolean fast;
    private final byte[] one = new byte[1];

    PickleDumper(PyObject pickler, PyByteArray frame, boolean framing, PyDict memo, int proto, boolean fast) {
        this.pickler = pickler;
        this.frame = frame;
        this.framing = framing;
        this.memo = memo;
        this.proto = proto;
        this.fast = fast;
    }

    private void write(byte[] b) { frame.appendBytes(b, 0, b.length); }

    private void write(int op) {
        one[0] = (byte) op;
        frame.appendBytes(one, 0, 1);
    }

    private void write(int op, byte[] b, int n) {
        write(op);
        frame.appendBytes(b, 0, n);
    }

    private static byte[] le(long v, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) b[i] = (byte) (v >>> (8 * i));
        return b;
    }

    // ---- memo ------------------------------------------------------------------------------

    /** The memo index of obj, or -1. */
    private long memoIndex(PyObject obj) {
        if (memo.size() == 0) return -1;
        PyObject x = memo.get(PyInt.of(ObjectIds.of(obj)));
        return x == null ? -1 : PyInt.asLong(((PyTuple) x).get(0));
    }

    private void writeGet(long i) {
        if (i < 256) write(new byte[] {'h', (byte) i});
        else write('j', le(i, 4), 4);
    }

    private void memoize(PyObject obj) {
        if (fast) return;
        long idx = memo.size();
        if (proto >= 4) write(0x94);
        else if (idx < 256) write(new byte[] {'q', (byte) idx});
        else write('r', le(idx, 4), 4);
        memo.put(PyInt.of(ObjectIds.of(obj)), PyTuple.of(PyInt.of(idx), obj));
    }

    // ---- save ------------------------------------------------------------------------------

    /** Whether save(obj) is one this class does (exact type and protocol permitting). */
    static boolean handles(PyObject obj, int proto) {
        return obj == PyNone.NONE || obj instanceof PyBool || obj.type == PyInt.TYPE || obj.type == PyFloat.TYPE
                || obj.type == PyStr.TYPE || obj.type == PyTuple.TYPE || obj.type == PyList.TYPE
                || obj.type == PyDict.TYPE || (obj.type == PyBytes.TYPE && proto >= 3)
                || ((obj.type == PySet.TYPE || obj.type == PyFrozenSet.TYPE) && proto >= 4);
    }

    /** save(obj) of Pickler, for one object and what it contains. */
    void save(PyObject obj) {
        if (framing && frame.size() >= FRAME_SIZE_TARGET) Abstract.callMethod(pickler, "_commit_frame");
        if (!handles(obj, proto)) {
            Abstract.callMethod(pickler, "save", obj);
            return;
        }
        if (obj == PyNone.NONE) {
            write('N');
            return;
        }
        if (obj instanceof PyBool b) {
            if (proto >= 2) write(b == PyBool.TRUE ? 0x88 : 0x89);
            else write(b == PyBool.TRUE ? TRUE : FALSE);
            return;
        }
        if (obj.type == PyInt.TYPE) {
            saveInt((PyInt) obj);
            return;
        }
        if (obj.type == PyFloat.TYPE) {
            write('G', le(Long.reverseBytes(Double.doubleToRawLongBits(((PyFloat) obj).value)), 8), 8);
            return;
        }
        long m = memoIndex(obj);
        if (m >= 0) {
            writeGet(m);
            return;
        }
        Runtime.get().enterRecursiveCall(" while pickling an object");
        try {
            if (obj.type == PyStr.TYPE) saveStr((PyStr) obj);
            else if (obj.type == PyBytes.TYPE) saveBytes((PyBytes) obj);
            else if (obj.type == PyTuple.TYPE) saveTuple((PyTuple) obj);
            else if (obj.type == PyList.TYPE || obj.type == PyDict.TYPE) saveListOrDict(obj);
            else if (obj.type == PySet.TYPE) saveSet((PySet) obj);
            else saveFrozenset((PyFrozenSet) obj);
        } finally {
            Runtime.get().leaveRecursiveCall();
        }
    }

    private void saveInt(PyInt i) {
        if (i.big == null && i.value >= Integer.MIN_VALUE && i.value <= Integer.MAX_VALUE) {
            long v = i.value;
            if (0 <= v && v <= 0xff) write(new byte[] {'K', (byte) v});
            else if (0 <= v && v <= 0xffff) write(new byte[] {'M', (byte) v, (byte) (v >> 8)});
            else write('J', le(v, 4), 4);
            return;
        }
        if (proto < 2) {
            Abstract.callMethod(pickler, "save_long", i);
            return;
        }
        byte[] be = i.toBig().toByteArray();
        int n = be.length;
        byte[] data = new byte[n];
        for (int k = 0; k < n; k++) data[k] = be[n - 1 - k];
        if (n < 256) {
            write(new byte[] {(byte) 0x8a, (byte) n});
        } else {
            write(0x8b, le(n, 4), 4);
        }
        write(data);
    }

    private void saveStr(PyStr s) {
        String v = s.value;
        byte[] utf8 = null;
        if (!hasLoneSurrogate(v)) utf8 = v.getBytes(StandardCharsets.UTF_8);
        if (utf8 == null || utf8.length >= FRAME_SIZE_TARGET) {
            Abstract.callMethod(pickler, "save_str", s);
            return;
        }
        int n = utf8.length;
        if (n <= 0xff && proto >= 4) write(new byte[] {(byte) 0x8c, (byte) n});
        else write('X', le(n, 4), 4);
        write(utf8);
        memoize(s);
    }

    private static boolean hasLoneSurrogate(String v) {
        for (int k = 0, n = v.length(); k < n; k++) {
            char c = v.charAt(k);
            if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLowSurrogate(v.charAt(k + 1))) {
                k++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private void saveBytes(PyBytes b) {
        int n = b.bytesLength();
        if (n >= FRAME_SIZE_TARGET) {
            Abstract.callMethod(pickler, "save_bytes", b);
            return;
        }
        if (n <= 0xff) write(new byte[] {'C', (byte) n});
        else write('B', le(n, 4), 4);
        frame.appendBytes(b.bytesData(), 0, n);
        memoize(b);
    }

    private void saveTuple(PyTuple t) {
        PyObject[] items = t.array();
        int n = items.length;
        if (n == 0) {
            write(')');
            return;
        }
        if (n <= 3 && proto >= 2) {
            for (PyObject x : items) save(x);
            long m = memoIndex(t);
            if (m >= 0) {
                for (int k = 0; k < n; k++) write('0');
                writeGet(m);
            } else {
                write(0x84 + n);
                memoize(t);
            }
            return;
        }
        write('(');
        for (PyObject x : items) save(x);
        long m = memoIndex(t);
        if (m >= 0) {
            write('1');
            writeGet(m);
            return;
        }
        write('t');
        memoize(t);
    }

    /** Lists and dicts count twice towards the recursion limit, as in CPython's pickler
     *  (save, then the batching), so that the same nesting depth fails. */
    private void saveListOrDict(PyObject obj) {
        Runtime.get().enterRecursiveCall(" while pickling an object");
        try {
            if (obj.type == PyList.TYPE) saveList((PyList) obj);
            else saveDict((PyDict) obj);
        } finally {
            Runtime.get().leaveRecursiveCall();
        }
    }

    private void saveList(PyList l) {
        write(']');
        memoize(l);
        int size = l.size();
        if (size == 0) return;
        if (size == 1) {
            save(l.get(0));
            write('a');
            return;
        }
        int total = 0;
        do {
            write('(');
            int batch = 0;
            while (total < l.size()) {
                save(l.get(total));
                total++;
                if (++batch == BATCHSIZE) break;
            }
            write('e');
        } while (total < l.size());
    }

    private void saveDict(PyDict d) {
        write('}');
        memoize(d);
        int size = d.size();
        if (size == 0) return;
        if (size == 1) {
            int i = d.nextEntry(0);
            save(d.keyAt(i));
            save(d.valueAt(i));
            write('s');
            return;
        }
        int i = d.nextEntry(0);
        int n;
        do {
            write('(');
            n = 0;
            for (; i >= 0; i = d.nextEntry(i + 1)) {
                save(d.keyAt(i));
                save(d.valueAt(i));
                if (++n == BATCHSIZE) {
                    i = d.nextEntry(i + 1);
                    break;
                }
            }
            write('u');
            if (d.size() != size) throw org.gilpy.objects.PyErr.runtimeError("dictionary changed size during iteration");
        } while (n == BATCHSIZE);
    }

    private void saveSet(PySet s) {
        write(0x8f);
        memoize(s);
        int size = s.size();
        if (size == 0) return;
        PyObject[] items = s.toArray();
        int k = 0;
        int n;
        do {
            write('(');
            n = 0;
            while (k < items.length) {
                save(items[k++]);
                if (++n == BATCHSIZE) break;
            }
            write(0x90);
            if (s.size() != size) throw org.gilpy.objects.PyErr.runtimeError("set changed size during iteration");
        } while (n == BATCHSIZE);
    }

    private void saveFrozenset(PyFrozenSet s) {
        write('(');
        for (PyObject x : s.toArray()) save(x);
        long m = memoIndex(s);
        if (m >= 0) {
            write('1');
            writeGet(m);
            return;
        }
        write(0x91);
        memoize(s);
    }
}
