package org.gilpy.objects;

import java.util.Arrays;
import java.util.Collection;
import org.gilpy.bytecode.CompareOp;

/**
 * Python's {@code list}: a growable array.
 *
 * <p>Invariants: {@code items[0..size)} are non-null and {@code items[size..)} are null;
 * {@code items} may be shared with nothing else. Every loop that may run Python code
 * (comparisons, {@code __eq__}) re-reads {@code size} and {@code items}, because that code
 * can mutate the list. While {@link #sort} runs the list is empty, as in CPython.
 *
 * <p>The static helpers ({@link #getItem(PyList, PyObject)}, {@link #setItem},
 * {@link #concat}) are the eval loop's fast paths for exact lists; the Python-visible
 * dunders call them.
 */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyList.class, PyType.OBJECT, PyList::new);

    /** {@code __hash__ = None}: lists are unhashable. */
    @PyAttribute("__hash__")
    static final PyObject HASH = PyNone.NONE;

    private static final PyObject[] NO_ITEMS = new PyObject[0];
    /** Largest Java array we try to allocate. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    PyObject[] items;
    int size;
    private PyDict dict;

    public PyList(PyType type) {
        super(type);
        this.items = NO_ITEMS;
    }

    public PyList() {
        this(TYPE);
    }

    /** An empty list with room for {@code capacity} items. */
    public static PyList withCapacity(int capacity) {
        PyList l = new PyList();
        l.items = capacity == 0 ? NO_ITEMS : new PyObject[capacity];
        return l;
    }

    /** A list that takes ownership of {@code items} (all non-null). */
    public static PyList wrap(PyObject[] items) {
        PyList l = new PyList();
        l.items = items;
        l.size = items.length;
        return l;
    }

    /** A list of {@code items[from..to)} (copied). */
    public static PyList of(PyObject[] items, int from, int to) {
        return wrap(Arrays.copyOfRange(items, from, to));
    }

    public static PyList of(Collection<? extends PyObject> c) {
        return wrap(c.toArray(new PyObject[0]));
    }

    /** {@code list(iterable)} for Java callers. */
    public static PyList fromIterable(PyObject iterable) {
        PyList l = new PyList();
        l.extend(iterable);
        return l;
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type != TYPE && type.hasInstanceDict) dict = new PyDict();
        return dict;
    }

    public int size() { return size; }

    /** The item at {@code 0 <= i < size()} (unchecked). */
    public PyObject get(int i) { return items[i]; }

    /** Replaces the item at {@code 0 <= i < size()} (unchecked). */
    public void set(int i, PyObject v) { items[i] = v; }

    public PyObject[] toArray() { return Arrays.copyOf(items, size); }

    /** The backing array (items beyond {@link #size()} are null); for read-only loops. */
    public PyObject[] array() { return items; }

    // ---- storage ------------------------------------------------------------------

    private void ensureCapacity(int needed) {
        if (needed > items.length) grow(needed);
    }

    private void grow(int needed) {
        if (needed < 0 || needed > MAX_ARRAY) throw memoryError();
        long cap = Math.max(needed, (long) items.length + (items.length >> 1) + 4);
        items = Arrays.copyOf(items, (int) Math.min(cap, MAX_ARRAY));
    }

    static PyException memoryError() {
        return PyErr.withArgs(PyExc.MemoryError);
    }

    /** {@code new PyObject[n]} with MemoryError instead of a Java error. */
    static PyObject[] newArray(long n) {
        if (n > MAX_ARRAY) throw memoryError();
        try {
            return new PyObject[(int) n];
        } catch (OutOfMemoryError e) {
            throw memoryError();
        }
    }

    /** Replaces items [lo, hi) by {@code v[0..n)}. */
    private void replace(int lo, int hi, PyObject[] v, int n) {
        int delta = n - (hi - lo);
        if (delta > 0) ensureCapacity(size + delta);
        PyObject[] a = items;
        if (delta != 0) {
            System.arraycopy(a, hi, a, hi + delta, size - hi);
            if (delta < 0) Arrays.fill(a, size + delta, size, null);
        }
        System.arraycopy(v, 0, a, lo, n);
        size += delta;
    }

    // ---- fast paths for the eval loop --------------------------------------------

    /** {@code l[index]} for an int or slice index. */
    public static PyObject getItem(PyList l, PyObject index) {
        if (index instanceof PyInt i && i.big == null) {
            return l.getItem(i.value);
        }
        if (index instanceof PySlice s) return l.getSlice(s);
        if (PySlice.isIndex(index)) return l.getItem(PySlice.itemIndex(index));
        throw PyErr.typeError("list indices must be integers or slices, not %s", index.type.tpName());
    }

    /** {@code l[i]} with Python's negative indexing and IndexError. */
    public PyObject getItem(long i) {
        int n = size;
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyErr.indexError("list index out of range");
        return items[(int) i];
    }

    /** {@code l[index] = value}. */
    public static void setItem(PyList l, PyObject index, PyObject value) {
        if (index instanceof PyInt i && i.big == null) {
            l.setItem(i.value, value);
        } else if (index instanceof PySlice s) {
            l.setSlice(s, value);
        } else if (PySlice.isIndex(index)) {
            l.setItem(PySlice.itemIndex(index), value);
        } else {
            throw PyErr.typeError("list indices must be integers or slices, not %s", index.type.tpName());
        }
    }

    /** {@code del l[index]}. */
    public static void delItem(PyList l, PyObject index) {
        l.__delitem__(index);
    }

    /** {@code tuple(l)} (LIST_TO_TUPLE). */
    public PyTuple toTuple() {
        return PyTuple.of(toArray());
    }

    public void setItem(long i, PyObject value) {
        int n = size;
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyErr.indexError("list assignment index out of range");
        items[(int) i] = value;
    }

    /** {@code a + b} for two lists: a new exact list. */
    public static PyList concat(PyList a, PyList b) {
        int na = a.size, nb = b.size;
        PyObject[] r = newArray((long) na + nb);
        System.arraycopy(a.items, 0, r, 0, na);
        System.arraycopy(b.items, 0, r, na, nb);
        return wrap(r);
    }

    /** Python {@code a == b} as used inside containers: identity first, then {@code __eq__}. */
    static boolean eq(PyObject a, PyObject b) {
        return a == b || a.equals(b);
    }

    // ---- construction ---------------------------------------------------------------

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return cls == TYPE ? new PyList() : cls.newInstance();
    }

    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("list() takes no keyword arguments");
        if (args.length > 1) throw PyErr.typeError("list expected at most 1 argument, got %d", args.length);
        if (size > 0) clear();
        if (args.length == 1) extend(args[0]);
    }

    // ---- methods ----------------------------------------------------------------------

    @PyMethod
    public void append(PyObject x) {
        int n = size;
        if (n == items.length) grow(n + 1);
        items[n] = x;
        size = n + 1;
    }

    @PyMethod
    public void extend(PyObject iterable) {
        if (iterable instanceof PyList l) {
            int n = l.size;
            ensureCapacity(size + n);
            System.arraycopy(l.items, 0, items, size, n);
            size += n;
            return;
        }
        if (iterable instanceof PyTuple t) {
            PyObject[] src = t.items;
            ensureCapacity(size + src.length);
            System.arraycopy(src, 0, items, size, src.length);
            size += src.length;
            return;
        }
        PyObject it = Abstract.iter(iterable);
        if (it instanceof PyIterator pi && it.type.isBuiltin()) {
            for (PyObject x = pi.nextOrNull(); x != null; x = pi.nextOrNull()) append(x);
        } else {
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) append(x);
        }
    }

    @PyMethod
    public void insert(PyObject index, PyObject x) {
        long i = PySlice.ssize(index);
        int n = size;
        if (i < 0) {
            i += n;
            if (i < 0) i = 0;
        } else if (i > n) {
            i = n;
        }
        if (n == items.length) grow(n + 1);
        System.arraycopy(items, (int) i, items, (int) i + 1, n - (int) i);
        items[(int) i] = x;
        size = n + 1;
    }

    @PyMethod(optional = 1)
    public PyObject pop(PyObject index) {
        int n = size;
        if (n == 0) throw PyErr.indexError("pop from empty list");
        long i = index == null ? n - 1 : PySlice.ssize(index);
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyErr.indexError("pop index out of range");
        return removeAt((int) i);
    }

    /** Removes and returns the item at {@code 0 <= i < size()}. */
    public PyObject removeAt(int i) {
        PyObject[] a = items;
        PyObject v = a[i];
        int n = size - 1;
        System.arraycopy(a, i + 1, a, i, n - i);
        a[n] = null;
        size = n;
        return v;
    }

    @PyMethod
    public void remove(PyObject x) {
        for (int i = 0; i < size; i++) {
            if (eq(items[i], x)) {
                if (i < size) removeAt(i);
                return;
            }
        }
        throw PyErr.valueError("list.remove(x): x not in list");
    }

    @PyMethod
    public void clear() {
        items = NO_ITEMS;
        size = 0;
    }

    @PyMethod(optional = 2)
    public int index(PyObject x, PyObject start, PyObject stop) {
        long lo = start == null ? 0 : PySlice.indexArg(start);
        long hi = stop == null ? Long.MAX_VALUE : PySlice.indexArg(stop);
        if (lo < 0) {
            lo += size;
            if (lo < 0) lo = 0;
        }
        if (hi < 0) {
            hi += size;
            if (hi < 0) hi = 0;
        }
        for (long i = lo; i < hi && i < size; i++) {
            if (eq(items[(int) i], x)) return (int) i;
        }
        throw PyErr.valueError("%s is not in list", Abstract.repr(x).value);
    }

    @PyMethod
    public int count(PyObject x) {
        int c = 0;
        for (int i = 0; i < size; i++) {
            if (eq(items[i], x)) c++;
        }
        return c;
    }

    @PyMethod
    public void reverse() {
        PyObject[] a = items;
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    @PyMethod
    public PyObject copy() {
        return of(items, 0, size);
    }

    private static final String[] SORT_KW = {"key", "reverse"};

    @PyMethod
    public void sort(PyObject[] args, String[] kwnames) {
        if (ArgParser.npos(args, kwnames) > 0) throw PyErr.typeError("sort() takes no positional arguments");
        PyObject key = null, rev = null;
        if (kwnames != null) {
            int base = args.length - kwnames.length;
            for (int k = 0; k < kwnames.length; k++) {
                switch (kwnames[k]) {
                    case "key" -> key = args[base + k];
                    case "reverse" -> rev = args[base + k];
                    default -> throw PyErr.typeError("'%s' is an invalid keyword argument for sort()", kwnames[k]);
                }
            }
        }
        boolean reverse = rev != null && Abstract.index(rev).toBig().signum() != 0;
        sort(key == PyNone.NONE ? null : key, reverse);
    }

    /** {@code list.sort(key=key, reverse=reverse)}; key may be null. */
    public void sort(PyObject key, boolean reverse) {
        PyObject[] saved = items;
        int n = size;
        PyObject[] sentinel = new PyObject[0];
        items = sentinel;
        size = 0;
        boolean done = false;
        try {
            // Reversing before and after a stable sort keeps equal items in their original order.
            if (reverse) reverseRange(saved, n);
            try {
                PyObject[] keys = saved;
                PyObject[] values = null;
                if (key != null) {
                    keys = new PyObject[n];
                    for (int i = 0; i < n; i++) keys[i] = Abstract.call(key, saved[i]);
                    values = saved;
                }
                ListSort.sort(keys, values, n);
            } finally {
                if (reverse) reverseRange(saved, n);
            }
            done = true;
        } finally {
            boolean modified = items != sentinel || size != 0;
            items = saved;
            size = n;
            if (modified && done) throw PyErr.valueError("list modified during sort");
        }
    }

    private static void reverseRange(PyObject[] a, int n) {
        for (int i = 0, j = n - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    // ---- the sequence protocol ------------------------------------------------------

    @PyMethod
    public int __len__() { return size; }

    @PyMethod
    public PyObject __getitem__(PyObject index) {
        return getItem(this, index);
    }

    @PyMethod
    public void __setitem__(PyObject index, PyObject value) {
        setItem(this, index, value);
    }

    @PyMethod
    public void __delitem__(PyObject index) {
        if (index instanceof PySlice s) {
            delSlice(s);
            return;
        }
        if (!PySlice.isIndex(index)) {
            throw PyErr.typeError("list indices must be integers or slices, not %s", index.type.tpName());
        }
        long i = PySlice.itemIndex(index);
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw PyErr.indexError("list assignment index out of range");
        removeAt((int) i);
    }

    @PyMethod
    public boolean __contains__(PyObject x) {
        for (int i = 0; i < size; i++) {
            if (eq(items[i], x)) return true;
        }
        return false;
    }

    @PyMethod
    public PyObject __iter__() {
        return new PyListIterator(this);
    }

    @PyMethod
    public PyObject __reversed__() {
        return new PyListReverseIterator(this);
    }

    /** {@code l[s]}: a new exact list. */
    public PyList getSlice(PySlice s) {
        PySlice.Indices ix = s.indices(size);
        int n = ix.length();
        if (ix.step() == 1) return of(items, ix.start(), ix.start() + n);
        PyObject[] r = new PyObject[n];
        for (int k = 0, i = ix.start(); k < n; k++, i += ix.step()) r[k] = items[i];
        return wrap(r);
    }

    /** {@code l[s] = value}. */
    public void setSlice(PySlice s, PyObject value) {
        PySlice.Indices ix = s.indices(size);
        if (ix.step() == 1) {
            PyObject[] v = sequenceItems(value, "can only assign an iterable");
            int lo = ix.start();
            int hi = Math.max(lo, ix.stop());
            replace(lo, hi, v, v.length);
            return;
        }
        PyObject[] v = sequenceItems(value, "must assign iterable to extended slice");
        if (v.length != ix.length()) {
            throw PyErr.valueError("attempt to assign sequence of size %d to extended slice of size %d",
                    v.length, ix.length());
        }
        for (int k = 0, i = ix.start(); k < v.length; k++, i += ix.step()) items[i] = v[k];
    }

    /** The items of an iterable (a copy), or TypeError {@code message} when it is not iterable. */
    private PyObject[] sequenceItems(PyObject value, String message) {
        if (value == this) return toArray();
        if (value instanceof PyList || value instanceof PyTuple) return Abstract.toArray(value);
        PyObject it;
        try {
            it = Abstract.iter(value);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) throw PyErr.typeError(message);
            throw e;
        }
        PyList tmp = new PyList();
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) tmp.append(x);
        return tmp.toArray();
    }

    /** {@code del l[s]}. */
    public void delSlice(PySlice s) {
        PySlice.Indices ix = s.indices(size);
        int n = ix.length();
        if (n == 0) return;
        if (ix.step() == 1) {
            replace(ix.start(), ix.start() + n, NO_ITEMS, 0);
            return;
        }
        int lo = ix.start(), step = ix.step();
        if (step < 0) {
            lo = lo + (n - 1) * step;
            step = -step;
        }
        // Compact: keep every item whose position is not lo + k*step for k < n.
        PyObject[] a = items;
        int w = lo;
        for (int r = lo; r < size; r++) {
            if (r - lo < (long) n * step && (r - lo) % step == 0) continue;
            a[w++] = a[r];
        }
        Arrays.fill(a, w, size, null);
        size = w;
    }

    // ---- operators --------------------------------------------------------------------

    @PyMethod
    public PyObject __add__(PyObject other) {
        if (!(other instanceof PyList o)) return PyNotImplemented.NOT_IMPLEMENTED;
        return concat(this, o);
    }

    @PyMethod
    public PyObject __iadd__(PyObject other) {
        extend(other);
        return this;
    }

    /** The repeat count of {@code seq * n}, or -1 when n is not an index (NotImplemented). */
    static long repeatCount(PyObject n) {
        if (n instanceof PyInt i && i.big == null) return Math.max(i.value, 0);
        if (!PySlice.isIndex(n)) return -1;
        PyInt i = Abstract.index(n);
        if (i.big != null) {
            if (i.big.signum() < 0) return 0;
            throw PyErr.overflowError("cannot fit '%s' into an index-sized integer", n.type.tpName());
        }
        return Math.max(i.value, 0);
    }

    /** {@code items[0..n)} repeated {@code times} times. */
    static PyObject[] repeat(PyObject[] items, int n, long times) {
        if (n == 0 || times == 0) return NO_ITEMS;
        if (times > MAX_ARRAY / n) throw memoryError();
        PyObject[] r = newArray(n * times);
        if (n == 1) {
            Arrays.fill(r, items[0]);
        } else {
            System.arraycopy(items, 0, r, 0, n);
            int done = n;
            while (done < r.length) {
                int chunk = Math.min(done, r.length - done);
                System.arraycopy(r, 0, r, done, chunk);
                done += chunk;
            }
        }
        return r;
    }

    @PyMethod
    public PyObject __mul__(PyObject n) {
        long times = repeatCount(n);
        if (times < 0) return PyNotImplemented.NOT_IMPLEMENTED;
        return wrap(repeat(items, size, times));
    }

    @PyMethod
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @PyMethod
    public PyObject __imul__(PyObject n) {
        long times = repeatCount(n);
        if (times < 0) return PyNotImplemented.NOT_IMPLEMENTED;
        if (times == 0 || size == 0) {
            clear();
        } else if (times > 1) {
            PyObject[] r = repeat(items, size, times);
            items = r;
            size = r.length;
        }
        return this;
    }

    // ---- comparison -------------------------------------------------------------------

    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyList w)) return PyNotImplemented.NOT_IMPLEMENTED;
        if ((op == CompareOp.EQ || op == CompareOp.NE) && size != w.size) {
            return PyBool.of(op == CompareOp.NE);
        }
        int i = 0;
        for (; i < size && i < w.size; i++) {
            if (!eq(items[i], w.items[i])) break;
        }
        if (i >= size || i >= w.size) return PyBool.of(compareSizes(size, w.size, op));
        if (op == CompareOp.EQ) return PyBool.FALSE;
        if (op == CompareOp.NE) return PyBool.TRUE;
        return Abstract.compare(items[i], w.items[i], op);
    }

    static boolean compareSizes(int a, int b, CompareOp op) {
        return switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
            case GT -> a > b;
            case GE -> a >= b;
        };
    }

    @PyMethod
    public PyObject __eq__(PyObject o) { return compare(o, CompareOp.EQ); }

    @PyMethod
    public PyObject __ne__(PyObject o) { return compare(o, CompareOp.NE); }

    @PyMethod
    public PyObject __lt__(PyObject o) { return compare(o, CompareOp.LT); }

    @PyMethod
    public PyObject __le__(PyObject o) { return compare(o, CompareOp.LE); }

    @PyMethod
    public PyObject __gt__(PyObject o) { return compare(o, CompareOp.GT); }

    @PyMethod
    public PyObject __ge__(PyObject o) { return compare(o, CompareOp.GE); }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (type == TYPE && o instanceof PyList l && l.type == TYPE) return compare(l, CompareOp.EQ) == PyBool.TRUE;
        return super.equals(o);
    }

    // ---- repr -------------------------------------------------------------------------

    @PyMethod
    public String __repr__() {
        if (size == 0) return "[]";
        if (!ReprGuard.enter(this)) return "[...]";
        try {
            Runtime.get().enterRecursiveCall(" while getting the repr of an object");
            try {
                StringBuilder b = new StringBuilder("[");
                for (int i = 0; i < size; i++) {
                    if (i > 0) b.append(", ");
                    b.append(Abstract.repr(items[i]).value);
                }
                return b.append(']').toString();
            } finally {
                Runtime.get().leaveRecursiveCall();
            }
        } finally {
            ReprGuard.leave(this);
        }
    }

    @PyMethod
    public int __sizeof__() {
        return 40 + 8 * items.length;
    }
}
