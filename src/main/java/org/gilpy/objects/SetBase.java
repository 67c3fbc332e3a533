package org.gilpy.objects;

import java.util.Arrays;
import org.gilpy.bytecode.CompareOp;

/**
 * The hash table and algebra shared by {@link PySet} and {@link PyFrozenSet}.
 *
 * <p>The table is CPython's: open addressing over a power-of-two array, each probe looking
 * at up to 10 neighbouring slots (when they fit) before a perturbed jump, deleted slots
 * marked {@link #DUMMY}, resized when {@code fill*5 >= mask*3}, and every operation built
 * in CPython's order (which operand is copied, which is iterated). So iteration order is
 * CPython's whenever the Python hashes agree (ints, tuples and frozensets of them, floats;
 * str hashes differ from CPython's, whose are randomized anyway). The stored hash is the
 * full 64-bit Python hash ({@link PyDict#hash}).
 *
 * <p>Invariants: {@code table[i]} is null (never used), {@link #DUMMY} or a live key, and
 * {@code hashes[i]} is the hash of a live key; {@code used} live keys, {@code fill} live
 * plus dummy slots, and {@code fill < table.length} (some slot is always null).
 */
public abstract class SetBase extends PyObject {
    static final PyObject DUMMY = new PyObject(null);
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;

    PyObject[] table = new PyObject[MIN_SIZE];
    long[] hashes = new long[MIN_SIZE];
    int mask = MIN_SIZE - 1;
    int fill;
    int used;
    /** Where {@code pop()} starts looking. */
    private int finger;
    private PyDict dict;

    protected SetBase(PyType type) {
        super(type);
    }

    @Override
    public PyDict getDict() {
        if (dict == null && type != PySet.TYPE && type != PyFrozenSet.TYPE) dict = new PyDict();
        return dict;
    }

    public int size() { return used; }

    /** A new empty set or frozenset (exact type). */
    abstract SetBase emptyLike();

    /** True for frozenset and its subclasses. */
    abstract boolean isFrozen();

    // ---- the hash table -------------------------------------------------------------

    /** Adds key (hash h); false when an equal key was already present. */
    final boolean add(PyObject key, long h) {
        restart:
        while (true) {
            PyObject[] t = table;
            int m = mask;
            int i = (int) h & m;
            long perturb = h;
            int freeslot = -1;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    PyObject k = t[j];
                    if (k == null) {
                        if (freeslot >= 0) {
                            t[freeslot] = key;
                            hashes[freeslot] = h;
                            used++;
                            return true;
                        }
                        t[j] = key;
                        hashes[j] = h;
                        fill++;
                        used++;
                        if (fill * 5L >= m * 3L) resize(used > 50000 ? used * 2 : used * 4);
                        return true;
                    }
                    if (k == DUMMY) {
                        if (freeslot < 0) freeslot = j;
                    } else if (k == key) {
                        return false;
                    } else if (hashes[j] == h) {
                        boolean eq = k.equals(key);
                        if (t != table || t[j] != k) continue restart;
                        if (eq) return false;
                    }
                    if (probes-- == 0) break;
                    j++;
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** The slot holding key (hash h), or -1. */
    final int find(PyObject key, long h) {
        restart:
        while (true) {
            PyObject[] t = table;
            int m = mask;
            int i = (int) h & m;
            long perturb = h;
            while (true) {
                int probes = i + LINEAR_PROBES <= m ? LINEAR_PROBES : 0;
                int j = i;
                while (true) {
                    PyObject k = t[j];
                    if (k == null) return -1;
                    if (k == key) return j;
                    if (k != DUMMY && hashes[j] == h) {
                        boolean eq = k.equals(key);
                        if (t != table || t[j] != k) continue restart;
                        if (eq) return j;
                    }
                    if (probes-- == 0) break;
                    j++;
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & m);
            }
        }
    }

    /** Puts a key known to be absent into a table without dummies. */
    private static void insertClean(PyObject[] t, long[] hs, int m, PyObject key, long h) {
        int i = (int) h & m;
        long perturb = h;
        while (true) {
            if (t[i] == null) {
                t[i] = key;
                hs[i] = h;
                return;
            }
            if (i + LINEAR_PROBES <= m) {
                for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
                    if (t[j] == null) {
                        t[j] = key;
                        hs[j] = h;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & m);
        }
    }

    /** Rebuilds the table with more than {@code minUsed} slots, keeping the slot order of the keys. */
    final void resize(long minUsed) {
        int n = MIN_SIZE;
        while (n <= minUsed) {
            if (n >= (1 << 30)) throw PyList.memoryError();
            n <<= 1;
        }
        PyObject[] ot = table;
        long[] oh = hashes;
        PyObject[] t = new PyObject[n];
        long[] hs = new long[n];
        for (int i = 0; i < ot.length; i++) {
            PyObject k = ot[i];
            if (k != null && k != DUMMY) insertClean(t, hs, n - 1, k, oh[i]);
        }
        table = t;
        hashes = hs;
        mask = n - 1;
        fill = used;
    }

    final boolean containsKey(PyObject key) {
        return find(key, PyDict.hash(key)) >= 0;
    }

    /** Removes key; false when absent. */
    final boolean discardKey(PyObject key, long h) {
        int j = find(key, h);
        if (j < 0) return false;
        table[j] = DUMMY;
        used--;
        return true;
    }

    final void clearAll() {
        table = new PyObject[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** {@code set.pop()}. */
    final PyObject popKey() {
        if (used == 0) throw PyErr.keyError(PyStr.of("pop from an empty set"));
        int i = finger & mask;
        while (table[i] == null || table[i] == DUMMY) i = (i + 1) & mask;
        PyObject k = table[i];
        table[i] = DUMMY;
        used--;
        finger = i + 1;
        return k;
    }

    /** Makes this set's table a copy of other's (this set must be empty). */
    private void copyTableFrom(SetBase o) {
        table = o.table.clone();
        hashes = o.hashes.clone();
        mask = o.mask;
        fill = o.fill;
        used = o.used;
    }

    /** Moves other's contents into this set (other is a temporary). */
    final void takeContents(SetBase o) {
        table = o.table;
        hashes = o.hashes;
        mask = o.mask;
        fill = o.fill;
        used = o.used;
    }

    /** The live keys in table order (a copy). */
    public PyObject[] toArray() {
        PyObject[] out = new PyObject[used];
        int n = 0;
        PyObject[] t = table;
        for (int i = 0; i < t.length && n < out.length; i++) {
            if (t[i] != null && t[i] != DUMMY) out[n++] = t[i];
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    // ---- bulk updates ---------------------------------------------------------------

    /** {@code set_merge}: adds every key of another set, copying its table outright when possible. */
    final void merge(SetBase o) {
        if (o == this || o.used == 0) return;
        if ((fill + (long) o.used) * 5 >= mask * 3L) resize(((long) used + o.used) * 2);
        if (fill == 0 && mask == o.mask && o.fill == o.used) {
            copyTableFrom(o);
            return;
        }
        PyObject[] ot = o.table;
        long[] oh = o.hashes;
        if (fill == 0) {
            for (int i = 0; i < ot.length; i++) {
                PyObject k = ot[i];
                if (k != null && k != DUMMY) insertClean(table, hashes, mask, k, oh[i]);
            }
            fill = used = o.used;
            return;
        }
        for (int i = 0; i < ot.length; i++) {
            PyObject k = ot[i];
            if (k != null && k != DUMMY) add(k, oh[i]);
        }
    }

    /** {@code set_update_internal}: adds every item of an iterable. */
    final void update(PyObject iterable) {
        if (iterable instanceof SetBase s) {
            merge(s);
            return;
        }
        if (iterable instanceof PyDict d && d.type == PyDict.TYPE) {
            if ((fill + (long) d.size) * 5 >= mask * 3L) resize(((long) used + d.size) * 2);
            for (int i = 0; i < d.used; i++) {
                PyObject k = d.keys[i];
                if (k != null) add(k, d.hashes[i]);
            }
            return;
        }
        if (iterable instanceof PyList l) {
            for (int i = 0; i < l.size; i++) {
                PyObject k = l.items[i];
                add(k, PyDict.hash(k));
            }
            return;
        }
        if (iterable instanceof PyTuple t) {
            for (PyObject k : t.items) add(k, PyDict.hash(k));
            return;
        }
        PyObject it = Abstract.iter(iterable);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) add(k, PyDict.hash(k));
    }

    /** A set of this set's base type (set or frozenset) holding {@code iterable}'s items. */
    final SetBase newLike(PyObject iterable) {
        SetBase r = emptyLike();
        if (iterable != null) r.update(iterable);
        return r;
    }

    // ---- algebra (CPython's algorithms, so results have CPython's order) ---------------

    final SetBase copyAsBase() {
        return newLike(this);
    }

    final SetBase union(PyObject[] others) {
        SetBase r = copyAsBase();
        for (PyObject o : others) r.update(o);
        return r;
    }

    /** {@code set_intersection}: iterates the smaller operand. */
    final SetBase intersection(PyObject other) {
        if (other == this) return copyAsBase();
        SetBase r = emptyLike();
        if (other instanceof SetBase o) {
            SetBase a = this, b = o;
            if (b.used > a.used) {
                a = o;
                b = this;
            }
            PyObject[] bt = b.table;
            long[] bh = b.hashes;
            for (int i = 0; i < bt.length; i++) {
                PyObject k = bt[i];
                if (k == null || k == DUMMY) continue;
                if (a.find(k, bh[i]) >= 0) r.add(k, bh[i]);
            }
            return r;
        }
        PyObject it = Abstract.iter(other);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            long h = PyDict.hash(k);
            if (find(k, h) >= 0) r.add(k, h);
        }
        return r;
    }

    final SetBase intersectionMulti(PyObject[] others) {
        if (others.length == 0) return copyAsBase();
        SetBase r = this;
        for (PyObject o : others) r = r.intersection(o);
        return r;
    }

    final void intersectionUpdate(PyObject[] others) {
        SetBase r = intersectionMulti(others);
        if (r != this) takeContents(r);
    }

    /** {@code set_difference_update_internal}. */
    final void differenceUpdate(PyObject other) {
        if (other == this) {
            clearAll();
            return;
        }
        if (other instanceof SetBase o) {
            PyObject[] ot = o.table;
            long[] oh = o.hashes;
            for (int i = 0; i < ot.length; i++) {
                PyObject k = ot[i];
                if (k != null && k != DUMMY) discardKey(k, oh[i]);
            }
        } else {
            PyObject it = Abstract.iter(other);
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) discardKey(k, PyDict.hash(k));
        }
        // More than a quarter of the slots dummies: rebuild without them (as CPython does).
        if (fill - used > mask / 4) resize(used > 50000 ? used * 2L : used * 4L);
    }

    /** {@code set_difference}: a new set of this set's items not in other. */
    final SetBase difference(PyObject other) {
        int otherSize;
        if (other instanceof SetBase o) {
            otherSize = o.used;
        } else if (other instanceof PyDict d && d.type == PyDict.TYPE) {
            otherSize = d.size;
        } else {
            SetBase r = copyAsBase();
            r.differenceUpdate(other);
            return r;
        }
        if ((used >> 2) > otherSize) {
            SetBase r = copyAsBase();
            r.differenceUpdate(other);
            return r;
        }
        SetBase r = emptyLike();
        PyObject[] t = table;
        long[] hs = hashes;
        for (int i = 0; i < t.length; i++) {
            PyObject k = t[i];
            if (k == null || k == DUMMY) continue;
            boolean in = other instanceof SetBase o ? o.find(k, hs[i]) >= 0 : ((PyDict) other).lookup(k, hs[i]) >= 0;
            if (!in) r.add(k, hs[i]);
        }
        return r;
    }

    final SetBase differenceMulti(PyObject[] others) {
        if (others.length == 0) return copyAsBase();
        SetBase r = difference(others[0]);
        for (int i = 1; i < others.length; i++) r.differenceUpdate(others[i]);
        return r;
    }

    /** {@code set_symmetric_difference_update}. */
    final void symmetricDifferenceUpdate(PyObject other) {
        if (other == this) {
            clearAll();
            return;
        }
        if (other instanceof PyDict d && d.type == PyDict.TYPE) {
            for (int i = 0; i < d.used; i++) {
                PyObject k = d.keys[i];
                if (k != null && !discardKey(k, d.hashes[i])) add(k, d.hashes[i]);
            }
            return;
        }
        SetBase o = other instanceof SetBase s ? s : newLike(other);
        PyObject[] ot = o.table;
        long[] oh = o.hashes;
        for (int i = 0; i < ot.length; i++) {
            PyObject k = ot[i];
            if (k == null || k == DUMMY) continue;
            if (!discardKey(k, oh[i])) add(k, oh[i]);
        }
    }

    /** {@code set_symmetric_difference}: a copy of other, updated with this set. */
    final SetBase symmetricDifference(PyObject other) {
        SetBase r = newLike(other);
        r.symmetricDifferenceUpdate(this);
        return r;
    }

    final boolean isSubset(PyObject other) {
        if (!(other instanceof SetBase o)) return isSubset(newLike(other));
        if (used > o.used) return false;
        PyObject[] t = table;
        long[] hs = hashes;
        for (int i = 0; i < t.length; i++) {
            PyObject k = t[i];
            if (k == null || k == DUMMY) continue;
            if (o.find(k, hs[i]) < 0) return false;
        }
        return true;
    }

    final boolean isSuperset(PyObject other) {
        if (other instanceof SetBase o) return o.isSubset(this);
        return newLike(other).isSubset(this);
    }

    final boolean isDisjoint(PyObject other) {
        if (other == this) return used == 0;
        if (other instanceof SetBase o) {
            SetBase a = this, b = o;
            if (b.used > a.used) {
                a = o;
                b = this;
            }
            PyObject[] bt = b.table;
            long[] bh = b.hashes;
            for (int i = 0; i < bt.length; i++) {
                PyObject k = bt[i];
                if (k != null && k != DUMMY && a.find(k, bh[i]) >= 0) return false;
            }
            return true;
        }
        PyObject it = Abstract.iter(other);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            if (find(k, PyDict.hash(k)) >= 0) return false;
        }
        return true;
    }

    /** A rich comparison between sets: subset/superset order. */
    final PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof SetBase o)) return PyNotImplemented.NOT_IMPLEMENTED;
        return PyBool.of(switch (op) {
            case EQ -> used == o.used && isSubset(o);
            case NE -> !(used == o.used && isSubset(o));
            case LE -> isSubset(o);
            case GE -> o.isSubset(this);
            case LT -> used < o.used && isSubset(o);
            case GT -> used > o.used && o.isSubset(this);
        });
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (o instanceof SetBase s && (type == PySet.TYPE || type == PyFrozenSet.TYPE)
                && (s.type == PySet.TYPE || s.type == PyFrozenSet.TYPE)) {
            return used == s.used && isSubset(s);
        }
        return super.equals(o);
    }

    // ---- helpers for the Python-visible methods of both types ----------------------------

    /** A key for lookup: an unhashable set is looked up as the equal frozenset (as CPython does). */
    static long hashForLookup(PyObject key, PyObject[] holder) {
        try {
            return PyDict.hash(key);
        } catch (PyException e) {
            if (key instanceof PySet s && e.matches(PyExc.TypeError)) {
                PyFrozenSet f = new PyFrozenSet(PyFrozenSet.TYPE);
                f.merge(s);
                holder[0] = f;
                return f.__hash__();
            }
            throw e;
        }
    }

    final boolean contains(PyObject key) {
        PyObject[] holder = {key};
        long h = hashForLookup(key, holder);
        return find(holder[0], h) >= 0;
    }

    final String repr() {
        boolean exact = type == PySet.TYPE || type == PyFrozenSet.TYPE;
        String name = type.name;
        if (used == 0) return name + "()";
        if (!ReprGuard.enter(this)) return name + "(...)";
        try {
            Runtime.get().enterRecursiveCall(" while getting the repr of an object");
            try {
                StringBuilder b = new StringBuilder();
                boolean wrap = !exact || isFrozen();
                if (wrap) b.append(name).append('(');
                b.append('{');
                boolean first = true;
                for (PyObject k : toArray()) {
                    if (!first) b.append(", ");
                    first = false;
                    b.append(Abstract.repr(k).value);
                }
                b.append('}');
                if (wrap) b.append(')');
                return b.toString();
            } finally {
                Runtime.get().leaveRecursiveCall();
            }
        } finally {
            ReprGuard.leave(this);
        }
    }

    final PyObject reduce() {
        PyDict d = getDict();
        return PyTuple.of(type, PyTuple.of(PyList.wrap(toArray())),
                d == null || d.size() == 0 ? PyNone.NONE : d);
    }

    /** True when o is a set or frozenset (or a subclass). */
    static boolean isAnySet(PyObject o) {
        return o instanceof SetBase;
    }
}
