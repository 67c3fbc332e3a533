package org.gilpy.objects;

/**
 * A type's cache of MRO lookups by attribute name: open addressing with linear probing
 * over parallel arrays, keyed by String (compared by identity first: names from code
 * objects and Java literals are interned, so a hit is usually one reference compare).
 * Faster than a HashMap on the hot attribute paths, where a lookup happens several
 * times per instruction. Not thread-safe on its own: Python code runs under the GIL.
 */
final class LookupCache {
    private static final Object MISSING_KEY = null;

    private String[] keys = new String[16];
    private PyObject[] values = new PyObject[16];
    private int size;

    /** The cached value (the MISSING marker included), or null when not cached. */
    PyObject get(String name) {
        String[] ks = keys;
        int mask = ks.length - 1;
        int i = name.hashCode() & mask;
        while (true) {
            String k = ks[i];
            if (k == name) return values[i];
            if (k == MISSING_KEY) return null;
            if (k.hashCode() == name.hashCode() && k.equals(name)) return values[i];
            i = (i + 1) & mask;
        }
    }

    void put(String name, PyObject value) {
        if ((size + 1) * 2 > keys.length) grow();
        insert(keys, values, name, value);
        size++;
    }

    void clear() {
        keys = new String[16];
        values = new PyObject[16];
        size = 0;
    }

    private void grow() {
        String[] nk = new String[keys.length * 2];
        PyObject[] nv = new PyObject[nk.length];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) insert(nk, nv, keys[i], values[i]);
        }
        keys = nk;
        values = nv;
    }

    private static void insert(String[] ks, PyObject[] vs, String name, PyObject value) {
        int mask = ks.length - 1;
        int i = name.hashCode() & mask;
        while (ks[i] != null && !ks[i].equals(name)) i = (i + 1) & mask;
        ks[i] = name;
        vs[i] = value;
    }
}
