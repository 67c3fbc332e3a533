package org.gilpy.modules.json;

import org.gilpy.objects.PyStr;

/**
 * A str being scanned: Java char offsets inside, Python code point indexes outside. The
 * two coincide unless the string holds characters beyond the BMP.
 */
final class JsonText {
    final PyStr str;
    final String s;
    private final boolean narrow;

    JsonText(PyStr str) {
        this.str = str;
        this.s = str.value;
        this.narrow = str.isNarrow();
    }

    /** Length in code points. */
    int length() {
        return str.length();
    }

    /** The char offset of code point index i (0 <= i <= length). */
    int toChar(int i) {
        return narrow ? i : s.offsetByCodePoints(0, i);
    }

    /** The code point index of char offset c. */
    int toIndex(int c) {
        return narrow ? c : s.codePointCount(0, c);
    }
}
