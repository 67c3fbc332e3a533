package org.gilpy.objects;

/**
 * Inline caches for LOAD_GLOBAL, one entry per instruction of a code object (CPython 3.11
 * specializes the same instruction). An entry remembers where the name was found: the
 * entry arrays of the dict that held it and the index there. A {@link PyDict}'s entries
 * are append-only and its arrays are replaced when it is rebuilt or cleared, so
 * <ul>
 * <li>the same keys array holding the same key object at that index means the name is
 *     still there, and the value array at that index holds its current value;
 * <li>for a name found in the builtins, the globals' keys array unchanged and no entry
 *     appended to it ({@link PyDict#used}) means the globals still lack the name.
 * </ul>
 * Anything else is a miss: the caller looks the name up as usual and refills the entry.
 * Entries are written under the GIL.
 */
public final class GlobalCache {
    /**
     * Where one instruction found its name: {@code keys[ix] == key} in the dict whose
     * keys array is {@code keys}; for a name in the builtins, also the globals' keys array
     * and entry count at the time ({@code globalKeys} is null for a name in the globals).
     */
    record Entry(PyObject[] keys, int ix, PyObject key, PyObject[] globalKeys, int globalUsed) {}

    private final Entry[] entries;

    public GlobalCache(int size) {
        entries = new Entry[size];
    }

    /** The value of the name LOAD_GLOBAL at pc finds through its entry, or null on a miss. */
    public PyObject get(int pc, PyDict globals, PyDict builtins) {
        Entry e = entries[pc];
        if (e == null) return null;
        PyObject[] ks = e.keys;
        if (e.globalKeys == null) {
            return globals.keys == ks && ks[e.ix] == e.key ? globals.values[e.ix] : null;
        }
        if (globals.keys != e.globalKeys || globals.used != e.globalUsed) return null;
        return builtins.keys == ks && ks[e.ix] == e.key ? builtins.values[e.ix] : null;
    }

    /** Looks name up in globals, then builtins, and remembers where; null when in neither. */
    public PyObject fill(int pc, PyDict globals, PyDict builtins, PyStr name) {
        int ix = globals.indexOf(name);
        if (ix >= 0) {
            entries[pc] = new Entry(globals.keys, ix, globals.keys[ix], null, 0);
            return globals.values[ix];
        }
        ix = builtins.indexOf(name);
        if (ix < 0) {
            entries[pc] = null;
            return null;
        }
        entries[pc] = new Entry(builtins.keys, ix, builtins.keys[ix], globals.keys, globals.used);
        return builtins.values[ix];
    }
}
