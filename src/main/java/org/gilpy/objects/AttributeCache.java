package org.gilpy.objects;

/**
 * Inline caches for LOAD_ATTR, STORE_ATTR and LOAD_METHOD on instances of Python classes,
 * one entry per instruction of a code object (CPython 3.11 specializes the same
 * instructions). An entry remembers the type it was filled for, that type's
 * {@link PyType#version()}, and what the type's lookup of the name said:
 * <ul>
 * <li>a {@code __slots__} member: its index, read or written without any lookup;
 * <li>nothing on the class: the attribute lives in the instance dict ({@link #IN_DICT});
 * <li>for LOAD_METHOD, a function on the class: {@link #method} (the instance dict must
 *     still not shadow it; the caller checks that).
 * </ul>
 * Any change to the type or a base bumps the version, so a stale entry is a miss; a miss
 * takes the generic path and refills the entry. Only classes without attribute hooks
 * ({@code __getattribute__}, {@code __getattr__}, {@code __setattr__}) are cached. Entries
 * are written under the GIL.
 */
public final class AttributeCache {
    /** {@link Entry#slot} value: the attribute is looked up in the instance dict. */
    public static final int IN_DICT = -1;
    /** {@link Entry#slot} value: a LOAD_METHOD entry, whose function is in {@link Entry#method}. */
    public static final int METHOD = -2;

    /**
     * What one instruction found for one type at one version. Immutable: a refill makes a
     * new entry, so a hit reads one array element and the entry's fields.
     */
    record Entry(PyType type, int version, int slot, PyObject method) {}

    private final Entry[] entries;

    public AttributeCache(int size) {
        entries = new Entry[size];
    }

    /** LOAD_ATTR at instruction pc. */
    public PyObject get(int pc, PyObject obj, PyStr key) {
        PyType t = obj.type;
        Entry e = entries[pc];
        if (e != null && e.type == t && e.version == t.version && obj instanceof PyInstance i) {
            PyObject v = read(i, e.slot, key);
            if (v != null) return v;
        }
        if (obj instanceof PyInstance i && t.hooks().plainGet()) fill(pc, t, i, key.value);
        return Abstract.getAttr(obj, key);
    }

    /** STORE_ATTR at instruction pc. */
    public void set(int pc, PyObject obj, PyStr key, PyObject value) {
        PyType t = obj.type;
        Entry e = entries[pc];
        if (e != null && e.type == t && e.version == t.version && obj instanceof PyInstance i) {
            int s = e.slot;
            if (s >= 0) {
                i.slots[s] = value;
                return;
            }
            if (i.dict != null) {
                i.dict.put(key, value);
                return;
            }
        }
        if (obj instanceof PyInstance i && t.hooks().setattr() == null) fill(pc, t, i, key.value);
        Abstract.setAttr(obj, key, value);
    }

    /**
     * LOAD_METHOD's cached function for obj at pc, or null on a miss. A hit still needs
     * the caller to check that the instance dict does not shadow the name.
     */
    public PyObject cachedMethod(int pc, PyObject obj) {
        PyType t = obj.type;
        Entry e = entries[pc];
        return e != null && e.type == t && e.version == t.version ? e.method : null;
    }

    /** Remembers that type t (unchanged since now) finds function f for LOAD_METHOD at pc. */
    public void fillMethod(int pc, PyType t, PyObject f) {
        entries[pc] = new Entry(t, t.version, METHOD, f);
    }

    private static PyObject read(PyInstance i, int s, PyStr key) {
        if (s >= 0) {
            PyObject[] slots = i.slots;
            return slots != null && s < slots.length ? slots[s] : null;
        }
        PyDict d = i.dict;
        return s == IN_DICT && d != null ? d.get(key) : null;
    }

    private void fill(int pc, PyType t, PyInstance i, String name) {
        PyObject descr = t.lookup(name);
        int s;
        if (descr instanceof PyMemberDescriptor m && i.slots != null && m.index() < i.slots.length) {
            s = m.index();
        } else if (descr == null && i.dict != null && !name.equals("__dict__")) {
            s = IN_DICT;
        } else {
            entries[pc] = null;
            return;
        }
        entries[pc] = new Entry(t, t.version, s, null);
    }
}
