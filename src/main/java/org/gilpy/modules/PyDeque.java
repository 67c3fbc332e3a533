package org.gilpy.modules;

import java.util.Arrays;
import org.gilpy.bytecode.CompareOp;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyAttribute;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyGenericAlias;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyNotImplemented;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySlice;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.ReprGuard;

/**
 * {@code collections.deque}: a double-ended queue in a circular array whose capacity is
 * a power of two.
 *
 * <p>Thread safety: a Java method of a built-in type runs from start to end while its
 * thread holds the GIL (only the eval loop's check points and blocking calls let it go),
 * so append, appendleft, pop, popleft and extend are atomic with no lock of their own,
 * as CPython's C deque is. Methods that call back into Python (comparisons in count,
 * index, remove, {@code __contains__}; iterating an argument in extend) may let other
 * threads run in between; they re-read the deque's fields after every call.
 *
 * <p>Invariants: the items are {@code items[(head + i) & mask]} for {@code 0 <= i < size}
 * and every other slot is null; {@code maxlen} is -1 (unbounded) or {@code size <= maxlen};
 * {@code state} changes on every change of size or order (not on {@code d[i] = x}), which
 * is how iterators and searches detect a mutation ("deque mutated during iteration").
 */
public final class PyDeque extends PyObject {
    public static final PyType TYPE = PyType.builtin("deque", PyDeque.class, PyType.OBJECT, PyDeque::new);

    /** {@code __hash__ = None}: deques are unhashable (declared before the
     * static block below, which builds the type dict). */
    @PyAttribute("__hash__")
    public static final PyObject HASH = PyNone.NONE;

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("collections"));
        TYPE.dict().put(PyStr.of("__doc__"), PyStr.of(
                "deque([iterable[, maxlen]]) --> deque object\n\n"
                + "A list-like sequence optimized for data accesses near its endpoints."));
        PyGenericAlias.installClassGetItem(TYPE);
    }

    private static final int MIN_CAPACITY = 8;

    private PyObject[] items = new PyObject[MIN_CAPACITY];
    private int head;
    private int size;
    private int maxlen = -1;
    long state;
    private PyDict dict;

    public PyDeque(PyType type) {
        super(type);
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type != TYPE) dict = new PyDict();
        return dict;
    }

    // ---- storage ------------------------------------------------------------------

    private int mask() { return items.length - 1; }

    /** The item at position {@code 0 <= i < size} (unchecked). */
    PyObject get(int i) { return items[(head + i) & mask()]; }

    private void set(int i, PyObject v) { items[(head + i) & mask()] = v; }

    int size() { return size; }

    private void grow() {
        if (items.length >= 1 << 30) throw PyErr.memoryError();
        PyObject[] a = new PyObject[items.length * 2];
        for (int i = 0; i < size; i++) a[i] = get(i);
        items = a;
        head = 0;
    }

    private void shrinkIfSparse() {
        if (items.length > MIN_CAPACITY && size < items.length / 4) {
            int cap = Math.max(MIN_CAPACITY, Integer.highestOneBit(Math.max(1, size)) * 2);
            PyObject[] a = new PyObject[cap];
            for (int i = 0; i < size; i++) a[i] = get(i);
            items = a;
            head = 0;
        }
    }

    private void addLast(PyObject x) {
        if (size == items.length) grow();
        items[(head + size) & mask()] = x;
        size++;
    }

    private void addFirst(PyObject x) {
        if (size == items.length) grow();
        head = (head - 1) & mask();
        items[head] = x;
        size++;
    }

    private PyObject removeLast() {
        int k = (head + size - 1) & mask();
        PyObject x = items[k];
        items[k] = null;
        size--;
        return x;
    }

    private PyObject removeFirst() {
        PyObject x = items[head];
        items[head] = null;
        head = (head + 1) & mask();
        size--;
        return x;
    }

    /** A copy of the items, first to last. */
    PyObject[] toArray() {
        PyObject[] a = new PyObject[size];
        for (int i = 0; i < size; i++) a[i] = get(i);
        return a;
    }

    private void clearItems() {
        Arrays.fill(items, null);
        if (items.length > MIN_CAPACITY) items = new PyObject[MIN_CAPACITY];
        head = 0;
        size = 0;
        state++;
    }

    // ---- construction -------------------------------------------------------------

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return cls == TYPE ? new PyDeque(TYPE) : cls.newInstance();
    }

    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("deque", args, kwnames, new String[] {"iterable", "maxlen"}, 0);
        int m = -1;
        if (a[1] != null && a[1] != PyNone.NONE) {
            long v = maxlenArg(a[1]);
            if (v < 0) throw PyErr.valueError("maxlen must be non-negative");
            m = (int) Math.min(v, Integer.MAX_VALUE);
        }
        maxlen = m;
        if (size > 0) clearItems();
        if (a[0] != null) extend(a[0]);
    }

    private static long maxlenArg(PyObject v) {
        if (!(v instanceof PyInt) && v.type.lookup("__index__") == null) throw PyErr.typeError("an integer is required");
        return PySlice.ssize(v);
    }

    @PyGetter("maxlen")
    public PyObject maxlen() {
        return maxlen < 0 ? PyNone.NONE : PyInt.of(maxlen);
    }

    // ---- the ends -----------------------------------------------------------------

    @PyMethod(doc = "Add an element to the right side of the deque.")
    public void append(PyObject x) {
        if (maxlen == 0) return;
        if (size == maxlen) removeFirst();
        addLast(x);
        state++;
    }

    @PyMethod(doc = "Add an element to the left side of the deque.")
    public void appendleft(PyObject x) {
        if (maxlen == 0) return;
        if (size == maxlen) removeLast();
        addFirst(x);
        state++;
    }

    @PyMethod(doc = "Remove and return the rightmost element.")
    public PyObject pop() {
        if (size == 0) throw PyErr.indexError("pop from an empty deque");
        PyObject x = removeLast();
        state++;
        shrinkIfSparse();
        return x;
    }

    @PyMethod(doc = "Remove and return the leftmost element.")
    public PyObject popleft() {
        if (size == 0) throw PyErr.indexError("pop from an empty deque");
        PyObject x = removeFirst();
        state++;
        shrinkIfSparse();
        return x;
    }

    @PyMethod(doc = "Extend the right side of the deque with elements from the iterable")
    public void extend(PyObject iterable) {
        if (iterable == this) iterable = PyList.fromIterable(this);
        if (iterable instanceof PyList || iterable instanceof PyTuple) {
            for (PyObject x : Abstract.toArray(iterable)) append(x);
            return;
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) append(x);
    }

    @PyMethod(doc = "Extend the left side of the deque with elements from the iterable")
    public void extendleft(PyObject iterable) {
        if (iterable == this) iterable = PyList.fromIterable(this);
        PyObject it = Abstract.iter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) appendleft(x);
    }

    @PyMethod(doc = "Remove all elements from the deque.")
    public void clear() {
        clearItems();
    }

    @PyMethod(optional = 1, doc = "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.")
    public void rotate(PyObject nObj) {
        long n = nObj == null ? 1 : PySlice.ssize(nObj);
        int len = size;
        if (len <= 1) return;
        n %= len;
        if (n < 0) n += len;
        if (n == 0) return;
        // rotating right by n moves the last n items to the front
        for (long k = 0; k < n; k++) addFirst(removeLast());
        state++;
    }

    @PyMethod(doc = "Reverse *IN PLACE*.")
    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = get(i);
            set(i, get(j));
            set(j, t);
        }
        state++;
    }

    // ---- searching ----------------------------------------------------------------

    /** {@code a == b} inside a search; RuntimeError when the comparison mutated the deque. */
    private boolean eqChecked(PyObject item, PyObject x, long st) {
        boolean r = Abstract.richEqual(item, x);
        if (state != st) throw PyErr.runtimeError("deque mutated during iteration");
        return r;
    }

    @PyMethod(doc = "Return number of occurrences of value.")
    public int count(PyObject x) {
        long st = state;
        int c = 0;
        for (int i = 0; i < size; i++) {
            if (eqChecked(get(i), x, st)) c++;
        }
        return c;
    }

    @PyMethod
    public boolean __contains__(PyObject x) {
        long st = state;
        for (int i = 0; i < size; i++) {
            if (eqChecked(get(i), x, st)) return true;
        }
        return false;
    }

    @PyMethod(optional = 2, doc = "Return first index of value.\n\nRaises ValueError if the value is not present.")
    public int index(PyObject x, PyObject start, PyObject stop) {
        long lo = start == null ? 0 : PySlice.indexArg(start);
        long hi = stop == null ? Long.MAX_VALUE : PySlice.indexArg(stop);
        int n = size;
        if (lo < 0) lo = Math.max(0, lo + n);
        if (hi < 0) hi = Math.max(0, hi + n);
        hi = Math.min(hi, n);
        long st = state;
        for (long i = lo; i < hi; i++) {
            if (eqChecked(get((int) i), x, st)) return (int) i;
        }
        throw PyErr.valueError("%s is not in deque", Abstract.repr(x).value);
    }

    @PyMethod(doc = "Insert value before index.")
    public void insert(PyObject indexObj, PyObject x) {
        long i = PySlice.ssize(indexObj);
        if (maxlen >= 0 && size >= maxlen) throw PyErr.indexError("deque already at its maximum size");
        int n = size;
        if (i < 0) i = Math.max(0, i + n);
        if (i > n) i = n;
        // rotate the insertion point to the right end, append, rotate back
        int k = (int) i;
        addLast(x);
        for (int j = size - 1; j > k; j--) set(j, get(j - 1));
        set(k, x);
        state++;
    }

    @PyMethod(doc = "Remove first occurrence of value.")
    public void remove(PyObject x) {
        long st = state;
        for (int i = 0; i < size; i++) {
            if (eqChecked(get(i), x, st)) {
                deleteAt(i);
                return;
            }
        }
        throw PyErr.valueError("%s is not in deque", Abstract.repr(x).value);
    }

    private void deleteAt(int i) {
        if (i < size / 2) {
            for (int j = i; j > 0; j--) set(j, get(j - 1));
            removeFirst();
        } else {
            for (int j = i; j < size - 1; j++) set(j, get(j + 1));
            removeLast();
        }
        state++;
        shrinkIfSparse();
    }

    // ---- sequence protocol --------------------------------------------------------

    @PyMethod
    public int __len__() { return size; }

    /** The position of {@code d[index]}; IndexError when out of range. */
    private int position(PyObject index) {
        if (!PySlice.isIndex(index)) {
            throw PyErr.typeError("sequence index must be integer, not '%s'", index.type.tpName());
        }
        long i = PySlice.itemIndex(index);
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw PyErr.indexError("deque index out of range");
        return (int) i;
    }

    @PyMethod
    public PyObject __getitem__(PyObject index) {
        return get(position(index));
    }

    @PyMethod
    public void __setitem__(PyObject index, PyObject value) {
        set(position(index), value);
    }

    @PyMethod
    public void __delitem__(PyObject index) {
        deleteAt(position(index));
    }

    @PyMethod
    public PyObject __iter__() {
        return new PyDequeIterator(this, false);
    }

    @PyMethod(doc = "D.__reversed__() -- return a reverse iterator over the deque")
    public PyObject __reversed__() {
        return new PyDequeIterator(this, true);
    }

    // ---- copying ------------------------------------------------------------------

    @PyMethod(doc = "Return a shallow copy of a deque.")
    public PyObject copy() {
        if (type == TYPE) {
            PyDeque d = new PyDeque(TYPE);
            d.maxlen = maxlen;
            for (int i = 0; i < size; i++) d.addLast(get(i));
            return d;
        }
        if (maxlen < 0) return Abstract.call(type, this);
        return Abstract.call(type, this, PyInt.of(maxlen));
    }

    @PyMethod(doc = "Return a shallow copy of a deque.")
    public PyObject __copy__() {
        return copy();
    }

    @PyMethod(doc = "Return state information for pickling.")
    public PyObject __reduce__() {
        PyObject args = maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(maxlen));
        PyObject st = dict == null || dict.size() == 0 ? PyNone.NONE : dict;
        return PyTuple.of(type, args, st, __iter__());
    }

    // ---- operators ----------------------------------------------------------------

    @PyMethod
    public PyObject __add__(PyObject other) {
        if (!(other instanceof PyDeque)) {
            throw PyErr.typeError("can only concatenate deque (not \"%s\") to deque", other.type.tpName());
        }
        PyObject r = copy();
        ((PyDeque) r).extend(other);
        return r;
    }

    @PyMethod
    public PyObject __iadd__(PyObject other) {
        extend(other);
        return this;
    }

    /** The repeat count of {@code d * n}, or null when n is not an index. */
    private static Long repeatCount(PyObject n) {
        if (!PySlice.isIndex(n)) return null;
        return PySlice.ssize(n);
    }

    @PyMethod
    public PyObject __mul__(PyObject n) {
        Long times = repeatCount(n);
        if (times == null) return PyNotImplemented.NOT_IMPLEMENTED;
        PyDeque r = (PyDeque) copy();
        return r.repeatInPlace(times);
    }

    @PyMethod
    public PyObject __rmul__(PyObject n) {
        return __mul__(n);
    }

    @PyMethod
    public PyObject __imul__(PyObject n) {
        Long times = repeatCount(n);
        if (times == null) return PyNotImplemented.NOT_IMPLEMENTED;
        return repeatInPlace(times);
    }

    private PyDeque repeatInPlace(long times) {
        if (times <= 0 || size == 0) {
            clearItems();
            return this;
        }
        if (times == 1) return this;
        PyObject[] one = toArray();
        long total = (long) one.length * times;
        long keep = maxlen >= 0 ? Math.min(total, maxlen) : total;
        if (keep > Integer.MAX_VALUE - 8) throw PyErr.memoryError();
        // with a maxlen only the last `keep` items of the repetition survive
        PyObject[] r = new PyObject[(int) keep];
        for (int j = 0; j < r.length; j++) r[j] = one[(int) ((total - keep + j) % one.length)];
        int cap = MIN_CAPACITY;
        while (cap < r.length) cap <<= 1;
        items = Arrays.copyOf(r, cap);
        head = 0;
        size = r.length;
        state++;
        return this;
    }

    // ---- comparison ---------------------------------------------------------------

    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyDeque w)) return PyNotImplemented.NOT_IMPLEMENTED;
        if ((op == CompareOp.EQ || op == CompareOp.NE) && size != w.size) return PyBool.of(op == CompareOp.NE);
        int i = 0;
        for (; i < size && i < w.size; i++) {
            PyObject a = get(i), b = w.get(i);
            if (!Abstract.richEqual(a, b)) break;
        }
        if (i >= size || i >= w.size) {
            int x = size, y = w.size;
            return PyBool.of(switch (op) {
                case LT -> x < y;
                case LE -> x <= y;
                case EQ -> x == y;
                case NE -> x != y;
                case GT -> x > y;
                case GE -> x >= y;
            });
        }
        if (op == CompareOp.EQ) return PyBool.FALSE;
        if (op == CompareOp.NE) return PyBool.TRUE;
        return Abstract.compare(get(i), w.get(i), op);
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

    // ---- repr ---------------------------------------------------------------------

    @PyMethod
    public String __repr__() {
        if (!ReprGuard.enter(this)) return "[...]";
        try {
            String list = Abstract.repr(PyList.wrap(toArray())).value;
            String name = type.name;
            return maxlen < 0 ? name + "(" + list + ")" : name + "(" + list + ", maxlen=" + maxlen + ")";
        } finally {
            ReprGuard.leave(this);
        }
    }

    @PyMethod(doc = "D.__sizeof__() -- size of D in memory, in bytes")
    public int __sizeof__() {
        return 64 + 8 * items.length;
    }

    /** Raised by the iterators; kept here so every message is written once. */
    static PyException mutated() {
        return PyErr.runtimeError("deque mutated during iteration");
    }
}
