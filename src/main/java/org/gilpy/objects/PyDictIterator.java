package org.gilpy.objects;

/**
 * The iterators over a dict: {@code dict_keyiterator}, {@code dict_valueiterator},
 * {@code dict_itemiterator} and their {@code dict_reverse*} forms (one Java class, six
 * Python types). They walk the dict's entry list by position and, as CPython's do, raise
 * RuntimeError when the dict's size changed since the iterator was made ("changed size",
 * sticky) or when more entries turn up than there were ("keys changed").
 */
public final class PyDictIterator extends PyIterator {
    static final int KEYS = 0, VALUES = 1, ITEMS = 2;

    private static PyType type(String name) {
        PyType t = PyType.builtin(name, PyDictIterator.class, PyType.OBJECT, null);
        t.baseType = false;
        return t;
    }

    public static final PyType KEY_TYPE = type("dict_keyiterator");
    public static final PyType VALUE_TYPE = type("dict_valueiterator");
    public static final PyType ITEM_TYPE = type("dict_itemiterator");
    public static final PyType REVERSE_KEY_TYPE = type("dict_reversekeyiterator");
    public static final PyType REVERSE_VALUE_TYPE = type("dict_reversevalueiterator");
    public static final PyType REVERSE_ITEM_TYPE = type("dict_reverseitemiterator");

    private PyDict dict;
    private final int kind;
    private final boolean reverse;
    /** The dict's size when this iterator was made; -1 after a "changed size" error. */
    private int expectedSize;
    private int pos;
    /** Items still expected. */
    private int remaining;

    PyDictIterator(PyDict dict, int kind, boolean reverse) {
        super(reverse ? (kind == KEYS ? REVERSE_KEY_TYPE : kind == VALUES ? REVERSE_VALUE_TYPE : REVERSE_ITEM_TYPE)
                : (kind == KEYS ? KEY_TYPE : kind == VALUES ? VALUE_TYPE : ITEM_TYPE));
        this.dict = dict;
        this.kind = kind;
        this.reverse = reverse;
        this.expectedSize = dict.size;
        this.remaining = dict.size;
        this.pos = reverse ? dict.used - 1 : 0;
    }

    @Override
    public PyObject nextOrNull() {
        PyDict d = dict;
        if (d == null) return null;
        if (d.size != expectedSize) {
            expectedSize = -1;
            throw PyErr.runtimeError("dictionary changed size during iteration");
        }
        int i = pos;
        PyObject[] keys = d.keys;
        if (reverse) {
            if (i >= d.used) i = d.used - 1;
            while (i >= 0 && keys[i] == null) i--;
            if (i < 0) {
                dict = null;
                return null;
            }
            pos = i - 1;
        } else {
            int n = d.used;
            while (i < n && keys[i] == null) i++;
            if (i >= n) {
                dict = null;
                return null;
            }
            if (remaining == 0) {
                dict = null;
                throw PyErr.runtimeError("dictionary keys changed during iteration");
            }
            pos = i + 1;
        }
        remaining--;
        return switch (kind) {
            case KEYS -> keys[i];
            case VALUES -> d.values[i];
            default -> PyTuple.of(keys[i], d.values[i]);
        };
    }

    @Override
    @PyMethod
    public PyObject __iter__() { return this; }

    @Override
    @PyMethod
    public PyObject __next__() { return super.__next__(); }

    @PyMethod
    public int __length_hint__() {
        PyDict d = dict;
        return d != null && d.size == expectedSize ? Math.max(remaining, 0) : 0;
    }
}
