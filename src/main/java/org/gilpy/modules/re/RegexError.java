package org.gilpy.modules.re;

/**
 * A bad pattern, found by {@link RegexParser}: {@code re.error(msg, pattern, pos)}, or the
 * OverflowError / ValueError that CPython raises for a few problems instead. Converted
 * into the Python exception by {@link SreModule}; carries no stack trace.
 */
final class RegexError extends RuntimeException {
    enum Kind { ERROR, OVERFLOW, VALUE }

    final Kind kind;
    /** Position in the pattern, or -1 for none. */
    final int pos;

    RegexError(String msg, int pos) {
        this(Kind.ERROR, msg, pos);
    }

    RegexError(Kind kind, String msg, int pos) {
        super(msg, null, false, false);
        this.kind = kind;
        this.pos = pos;
    }
}
