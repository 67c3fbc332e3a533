package org.gilpy.objects;

/**
 * The iterator over a str: CPython 3.11 names it {@code str_ascii_iterator} for an ASCII
 * string and {@code str_iterator} otherwise. Yields one-character strings (shared for
 * U+0000..U+00FF, so iterating allocates nothing for Latin-1 text).
 */
final class StrIterator extends PyIterator {
    static final PyType ASCII_TYPE = PyType.builtin("str_ascii_iterator", StrIterator.class, PyType.OBJECT, null);
    static final PyType TYPE = PyType.builtin("str_iterator", StrIterator.class, PyType.OBJECT, null);

    private PyStr str;
    /** Next char offset into {@code str.value}. */
    private int pos;

    StrIterator(PyStr str) {
        super(str.isAscii() ? ASCII_TYPE : TYPE);
        this.str = str;
    }

    @Override
    public PyObject nextOrNull() {
        PyStr s = str;
        if (s == null) return null;
        String v = s.value;
        int p = pos;
        if (p >= v.length()) {
            str = null;
            return null;
        }
        char c = v.charAt(p);
        if (c < 256) {
            pos = p + 1;
            return PyStr.ofCodePoint(c);
        }
        int cp = v.codePointAt(p);
        pos = p + Character.charCount(cp);
        return PyStr.ofCodePoint(cp);
    }

    @PyMethod
    public int __length_hint__() {
        PyStr s = str;
        if (s == null) return 0;
        return s.length() - s.cpIndex(Math.min(pos, s.value.length()));
    }
}
