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
    /** {@link #slot} value: the attribute is looked up in the instance dict. */
    public static final int IN_DICT = -1;
    /** {@link #slot} value: a LOAD_METHOD entry, whose function is in {@link #method}. */
    public static final int METHOD = -2;

    final PyType[] type;
    final int[] version;
    final int[] slot;
    public final PyObject[] method;

    public AttributeCache(int size) {
        type = new PyType[size];
        version = new int[size];
        slot = new int[size];
        method = new PyObject[size];
    }

    /** LOAD_ATTR at instruction pc. */
    public PyObject get(int pc, PyObject obj, PyStr key) {
        PyType t = obj.type;
        if (type[pc] == t && version[pc] == t.version && obj instanceof PyInstance i) {
            PyObject v = read(i, slot[pc], key);
            if (v != null) return v;
        }
        if (obj instanceof PyInstance i && t.hooks().plainGet()) fill(pc, t, i, key.value, false);
        return Abstract.getAttr(obj, key);
    }

    /** STORE_ATTR at instruction pc. */
    public void set(int pc, PyObject obj, PyStr key, PyObject value) {
        PyType t = obj.type;
        if (type[pc] == t && version[pc] == t.version && obj instanceof PyInstance i) {
            int s = slot[pc];
            if (s >= 0) {
                i.slots[s] = value;
                return;
            }
            if (i.dict != null) {
                i.dict.put(key, value);
                return;
            }
        }
        if (obj instanceof PyInstance i && t.hooks().setattr() == null) fill(pc, t, i, key.value, true);
        Abstract.setAttr(obj, key, value);
    }

    /**
     * LOAD_METHOD's cached function for obj at pc, or null on a miss. A hit still needs
     * the caller to check that the instance dict does not shadow the name.
     */
    public PyObject cachedMethod(int pc, PyObject obj) {
        PyType t = obj.type;
        return type[pc] == t && version[pc] == t.version ? method[pc] : null;
    }

    /** Remembers that type t (unchanged since now) finds function f for LOAD_METHOD at pc. */
    public void fillMethod(int pc, PyType t, PyObject f) {
        type[pc] = t;
        version[pc] = t.version;
        slot[pc] = METHOD;
        method[pc] = f;
    }

    private static PyObject read(PyInstance i, int s, PyStr key) {
        if (s >= 0) {
            PyObject[] slots = i.slots;
            return slots != null && s < slots.length ? slots[s] : null;
        }
        PyDict d = i.dict;
        return s == IN_DICT && d != null ? d.get(key) : null;
    }

    private void fill(int pc, PyType t, PyInstance i, String name, boolean store) {
        PyObject descr = t.lookup(name);
        int s;
        if (descr instanceof PyMemberDescriptor m && i.slots != null && m.index() < i.slots.length) {
            s = m.index();
        } else if (descr == null && i.dict != null && !name.equals("__dict__")) {
            s = IN_DICT;
        } else {
            type[pc] = null;
            return;
        }
        type[pc] = t;
        version[pc] = t.version;
        slot[pc] = s;
        method[pc] = null;
    }
}
