package org.gilpy.objects;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The registry behind Python weak references ({@link PyWeakRef}, {@link PyWeakProxy}):
 * one {@link Anchor} per object that has weak references, found by identity.
 *
 * <p>An anchor holds the only Java {@link WeakReference} to its object, registered with
 * {@link #QUEUE}, and holds the object's Python weak references weakly, so a Python
 * reference nobody keeps is dropped with its callback, as in CPython. The JVM clears the
 * anchor's reference when its collector finds the object unreachable (not when the last
 * Python reference goes, as CPython's reference counting would); the callbacks then run
 * in a thread holding the GIL: at the next {@link #poll} (the eval loop's check point) or
 * in {@code gc.collect()}, which collects and then calls {@link #deliverCleared} so that
 * every callback of a cleared reference has run when it returns. Never from a JVM thread.
 *
 * <p>Invariant: all methods but {@link #poll}'s emptiness test run with the GIL held,
 * which guards the map and the anchors. Tag: [weakref-delivery].
 */
public final class WeakRefs {
    private WeakRefs() {}

    /** Anchors whose object the JVM has cleared, pushed by its reference handler. */
    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    /** Live anchors by the identity hash of their object; a bucket chains through {@link Anchor#next}. */
    private static final HashMap<Integer, Anchor> ANCHORS = new HashMap<>();
    /** True while callbacks run (a callback reaching a check point must not start another round). */
    private static boolean delivering;

    /** The weak references of one object, in CPython's list order: the basic (exact type,
     * no callback) ref, the basic proxy, then the others newest first. */
    static final class Anchor extends WeakReference<PyObject> {
        final int hash;
        Anchor next;
        WeakReference<PyObject> basicRef, basicProxy;
        /** Other references, oldest first (listed newest first). */
        final ArrayList<WeakReference<PyObject>> others = new ArrayList<>(2);
        boolean dead;

        Anchor(PyObject obj, int hash) {
            super(obj, QUEUE);
            this.hash = hash;
        }

        /** The live Python weak references in CPython's order. */
        List<PyObject> refs() {
            List<PyObject> l = new ArrayList<>();
            addLive(l, basicRef);
            addLive(l, basicProxy);
            for (int i = others.size() - 1; i >= 0; i--) addLive(l, others.get(i));
            return l;
        }

        private static void addLive(List<PyObject> l, WeakReference<PyObject> w) {
            PyObject r = w == null ? null : w.get();
            if (r != null) l.add(r);
        }

        void add(PyObject ref, boolean basic) {
            WeakReference<PyObject> w = new WeakReference<>(ref);
            if (basic && ref instanceof PyWeakRef) {
                basicRef = w;
            } else if (basic) {
                basicProxy = w;
            } else {
                if (others.size() >= 8) others.removeIf(x -> x.refersTo(null));
                others.add(w);
            }
        }
    }

    /** The anchor of obj, or null when it has no weak references. */
    private static Anchor find(PyObject obj) {
        for (Anchor a = ANCHORS.get(System.identityHashCode(obj)); a != null; a = a.next) {
            if (a.refersTo(obj)) return a;
        }
        return null;
    }

    /** The anchor of obj, made when needed; TypeError when obj's type has no weak references. */
    static Anchor anchor(PyObject obj) {
        poll();
        Anchor a = find(obj);
        if (a != null) return a;
        if (!weakrefable(obj)) throw PyErr.typeError("cannot create weak reference to '%s' object", PyErr.typeName(obj));
        int h = System.identityHashCode(obj);
        a = new Anchor(obj, h);
        a.next = ANCHORS.get(h);
        ANCHORS.put(h, a);
        return a;
    }

    /** Existing basic ref (when proxy is false) or basic proxy of obj, or null. */
    static PyObject basic(PyObject obj, boolean proxy) {
        Anchor a = anchor(obj);
        WeakReference<PyObject> w = proxy ? a.basicProxy : a.basicRef;
        return w == null ? null : w.get();
    }

    /** {@code weakref.getweakrefs(obj)}: its live weak references and proxies. */
    public static List<PyObject> refsTo(PyObject obj) {
        poll();
        Anchor a = find(obj);
        return a == null ? List.of() : a.refs();
    }

    /** Built-in types whose instances CPython lets one refer to weakly (with their subclasses). */
    private static final java.util.Set<String> WEAKREFABLE = java.util.Set.of("set", "frozenset", "type",
            "function", "generator", "coroutine", "async_generator", "builtin_function_or_method", "module",
            "method", "memoryview", "lock", "RLock", "code", "_IOBase", "_RawIOBase",
            "_BufferedIOBase", "_TextIOBase", "IOBase", "StringIO", "BytesIO", "FileIO", "TextIOWrapper",
            "BufferedReader", "BufferedWriter", "BufferedRandom", "BufferedRWPair", "partial", "Pattern",
            "deque", "array", "classmethod_descriptor", "socket", "local", "SimpleQueue");

    /** Whether CPython would allow weak references to obj: built-in types from a fixed list,
     * and classes written in Python that have a {@code __weakref__} slot. */
    public static boolean weakrefable(PyObject obj) {
        if (obj instanceof PyType) return true;
        for (PyType t : obj.type.mro) {
            if (t.isBuiltin()) {
                if (WEAKREFABLE.contains(t.name)) return true;
            } else if (t.dict().get(PyStr.of("__weakref__")) != null) {
                return true;
            }
        }
        return false;
    }

    /** {@code obj.__weakref__}: its first weak reference, or None. */
    public static PyObject first(PyObject obj) {
        List<PyObject> l = refsTo(obj);
        return l.isEmpty() ? PyNone.NONE : l.get(0);
    }

    /**
     * Runs the callbacks of references the JVM has cleared since the last call; cheap when
     * there are none. Called with the GIL at the eval loop's check points and whenever a
     * weak reference is made or read.
     */
    public static void poll() {
        if (delivering) return;
        Reference<? extends PyObject> r = QUEUE.poll();
        if (r == null) return;
        delivering = true;
        try {
            for (; r != null; r = QUEUE.poll()) deliver((Anchor) r);
        } finally {
            delivering = false;
        }
    }

    /**
     * After a collection: runs the callbacks of every reference whose object is gone,
     * whether or not the JVM's reference handler has queued it yet. Returns how many
     * objects were found dead.
     */
    public static int deliverCleared() {
        List<Anchor> cleared = new ArrayList<>();
        for (Anchor head : ANCHORS.values()) {
            for (Anchor a = head; a != null; a = a.next) {
                if (a.refersTo(null)) cleared.add(a);
            }
        }
        boolean outer = delivering;
        delivering = true;
        try {
            for (Anchor a : cleared) deliver(a);
            for (Reference<? extends PyObject> r = QUEUE.poll(); r != null; r = QUEUE.poll()) deliver((Anchor) r);
        } finally {
            delivering = outer;
        }
        return cleared.size();
    }

    /** Forgets a dead object's anchor and calls the callbacks of its live references, in list order. */
    private static void deliver(Anchor a) {
        if (a.dead) return;
        a.dead = true;
        unlink(a);
        for (PyObject ref : a.refs()) {
            PyObject cb = ref instanceof PyWeakRef w ? w.takeCallback() : ((PyWeakProxy) ref).takeCallback();
            if (cb == null) continue;
            try {
                Abstract.call(cb, ref);
            } catch (PyException e) {
                Runtime.get().writeUnraisable("Exception ignored in: " + Abstract.repr(cb).value, e);
            }
        }
    }

    private static void unlink(Anchor a) {
        Anchor head = ANCHORS.get(a.hash);
        if (head == a) {
            if (a.next == null) ANCHORS.remove(a.hash);
            else ANCHORS.put(a.hash, a.next);
            return;
        }
        for (Anchor p = head; p != null; p = p.next) {
            if (p.next == a) {
                p.next = a.next;
                return;
            }
        }
    }
}
