package org.gilpy.objects;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;

/**
 * {@code id(obj)}: a number unique among live objects and constant for an object's
 * life, as CPython's address is. The JVM's identity hash repeats among live objects
 * (a few in every hundred thousand), which broke every memo keyed by id (pickle, copy),
 * so an object gets its id from a counter the first time it is asked for one, kept in
 * a weak identity map (buckets by identity hash, chained). Used with the GIL held.
 */
public final class ObjectIds {
    private ObjectIds() {}

    /** Ids start where CPython's heap addresses do and step by 16, as they do. */
    private static long next = 0x7f0000000000L;

    private static final HashMap<Integer, Entry> BUCKETS = new HashMap<>();
    private static final ReferenceQueue<PyObject> DEAD = new ReferenceQueue<>();

    private static final class Entry extends WeakReference<PyObject> {
        final int hash;
        final long id;
        Entry next;

        Entry(PyObject obj, int hash, long id, Entry next) {
            super(obj, DEAD);
            this.hash = hash;
            this.id = id;
            this.next = next;
        }
    }

    /** The id of obj. */
    public static long of(PyObject obj) {
        purge();
        int h = System.identityHashCode(obj);
        Entry first = BUCKETS.get(h);
        for (Entry e = first; e != null; e = e.next) {
            if (e.refersTo(obj)) return e.id;
        }
        long id = next;
        next += 16;
        BUCKETS.put(h, new Entry(obj, h, id, first));
        return id;
    }

    /** Drops the entries of collected objects. */
    private static void purge() {
        for (Object r = DEAD.poll(); r != null; r = DEAD.poll()) {
            Entry dead = (Entry) r;
            Entry first = BUCKETS.get(dead.hash);
            Entry kept = null;
            Entry tail = null;
            for (Entry e = first; e != null; e = e.next) {
                if (e == dead) continue;
                if (kept == null) kept = e;
                else tail.next = e;
                tail = e;
            }
            if (tail != null) tail.next = null;
            if (kept == null) BUCKETS.remove(dead.hash);
            else BUCKETS.put(dead.hash, kept);
        }
    }
}
