package org.gilpy.parse;

/**
 * The number literals of the {@link Tokenizer}: decimal, hex, octal and binary integers
 * with single underscores between digits, floats, exponents, imaginary literals, and
 * CPython 3.11's errors for them ("invalid decimal literal", "invalid digit '8' in octal
 * literal", leading zeros...). It moves the tokenizer's cursor exactly as CPython's
 * tokenizer moves its own, because the error positions depend on it.
 */
final class NumberScanner {
    private final Tokenizer t;

    NumberScanner(Tokenizer t) {
        this.t = t;
    }

    /**
     * Scans a number whose first character {@code c} was just read (after a '.' when
     * {@code afterDot}). Returns whether the tokenizer must back up over the character
     * that ended it.
     */
    boolean scan(int c, boolean afterDot) {
        if (afterDot) {
            c = fraction(c);
        } else if (c == '0') {
            c = t.nextc();
            if (c == 'x' || c == 'X') {
                c = t.nextc();
                do {
                    if (c == '_') c = t.nextc();
                    if (!isHexDigit(c)) {
                        t.backup();
                        throw t.error("invalid hexadecimal literal");
                    }
                    do {
                        c = t.nextc();
                    } while (isHexDigit(c));
                } while (c == '_');
                verifyEndOfNumber(c, "hexadecimal");
            } else if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
                boolean octal = c == 'o' || c == 'O';
                int limit = octal ? '8' : '2';
                String kind = octal ? "octal" : "binary";
                c = t.nextc();
                do {
                    if (c == '_') c = t.nextc();
                    if (c < '0' || c >= limit) {
                        if (isDigit(c)) throw badDigit(c, kind);
                        t.backup();
                        throw t.error("invalid " + kind + " literal");
                    }
                    do {
                        c = t.nextc();
                    } while (c >= '0' && c < limit);
                } while (c == '_');
                if (isDigit(c)) throw badDigit(c, kind);
                verifyEndOfNumber(c, kind);
            } else {
                boolean nonZero = false;
                while (true) {
                    if (c == '_') {
                        c = t.nextc();
                        if (!isDigit(c)) {
                            t.backup();
                            throw t.error("invalid decimal literal");
                        }
                    }
                    if (c != '0') break;
                    c = t.nextc();
                }
                int zerosEnd = t.cursorCol();
                if (isDigit(c)) {
                    nonZero = true;
                    c = decimalTail();
                }
                if (c == '.') {
                    c = fraction(t.nextc());
                } else if (c == 'e' || c == 'E') {
                    c = exponent(c);
                    if (c == -2) return false;
                } else if (c == 'j' || c == 'J') {
                    c = t.nextc();
                    verifyEndOfNumber(c, "imaginary");
                } else if (nonZero) {
                    t.backup();
                    throw t.errorRange("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers", t.tokenStartCol() + 1, zerosEnd);
                } else {
                    verifyEndOfNumber(c, "decimal");
                }
            }
        } else {
            c = decimalTail();
            if (c == '.') c = fraction(t.nextc());
            else c = afterFraction(c);
        }
        return c != -2;
    }

    /** After the '.': {@code c} is the first character of the fraction. */
    private int fraction(int c) {
        if (isDigit(c)) c = decimalTail();
        return afterFraction(c);
    }

    /**
     * The optional exponent and 'j' after the digits; returns the character after the
     * number (still to be backed up), or -2 when the number ended before an 'e' that
     * turned out not to start an exponent (nothing to back up).
     */
    private int afterFraction(int c) {
        if (c == 'e' || c == 'E') {
            c = exponent(c);
            if (c == -2) return c;
        }
        if (c == 'j' || c == 'J') {
            c = t.nextc();
            verifyEndOfNumber(c, "imaginary");
        } else {
            verifyEndOfNumber(c, "decimal");
        }
        return c;
    }

    /** {@code e} is the 'e' just read. Returns the character after the exponent, or -2 (see above). */
    private int exponent(int e) {
        int c = t.nextc();
        if (c == '+' || c == '-') {
            c = t.nextc();
            if (!isDigit(c)) {
                t.backup();
                throw t.error("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            t.backup();
            verifyEndOfNumber(e, "decimal");
            t.backup();   // the 'e' belongs to what follows, as in "1else"
            return -2;
        }
        c = decimalTail();
        if (c == 'j' || c == 'J') {
            c = t.nextc();
            verifyEndOfNumber(c, "imaginary");
        } else {
            verifyEndOfNumber(c, "decimal");
        }
        return c;
    }

    /** Reads digits and single underscores between digits; returns the first other character. */
    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = t.nextc();
            } while (isDigit(c));
            if (c != '_') return c;
            c = t.nextc();
            if (!isDigit(c)) {
                t.backup();
                throw t.error("invalid decimal literal");
            }
        }
    }

    private PySyntaxError badDigit(int c, String kind) {
        return t.error("invalid digit '" + (char) c + "' in " + kind + " literal");
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(int c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * A number may not run into a name ("1abc"), except into the keywords that can follow
     * a number in valid code ("1if x else y"), which CPython 3.11 still accepts.
     */
    private void verifyEndOfNumber(int c, String kind) {
        boolean keyword = switch (c) {
            case 'a' -> lookahead("nd");
            case 'e' -> lookahead("lse");
            case 'f' -> lookahead("or");
            case 'i' -> t.peekChar(0) == 'f' || t.peekChar(0) == 'n' || t.peekChar(0) == 's';
            case 'o' -> lookahead("r");
            case 'n' -> lookahead("ot");
            default -> false;
        };
        if (!keyword && c < 128 && Tokenizer.isPotentialIdentifierChar(c)) {
            t.backup();
            throw t.error("invalid " + kind + " literal");
        }
    }

    private boolean lookahead(String rest) {
        for (int i = 0; i < rest.length(); i++) {
            if (t.peekChar(i) != rest.charAt(i)) return false;
        }
        return true;
    }
}
