package org.gilpy.modules.re;

/**
 * The subject of a match as a sequence of code points (str) or byte values (bytes),
 * indexed as Python indexes it. Narrow strings are read in place; strings with astral
 * characters are converted once to an array of code points.
 */
abstract sealed class Text {
    final int length;

    Text(int length) {
        this.length = length;
    }

    abstract int at(int i);

    static final class Chars extends Text {
        private final String s;

        Chars(String s) {
            super(s.length());
            this.s = s;
        }

        @Override
        int at(int i) {
            return s.charAt(i);
        }
    }

    static final class CodePoints extends Text {
        private final int[] a;

        CodePoints(int[] a) {
            super(a.length);
            this.a = a;
        }

        @Override
        int at(int i) {
            return a[i];
        }
    }

    static final class Bytes extends Text {
        private final byte[] b;

        Bytes(byte[] b, int length) {
            super(length);
            this.b = b;
        }

        @Override
        int at(int i) {
            return b[i] & 0xff;
        }
    }
}
