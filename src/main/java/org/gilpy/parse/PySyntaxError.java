package org.gilpy.parse;

/**
 * A syntax error found while decoding, tokenizing or parsing Python source: the Java
 * carrier of Python's {@code SyntaxError} and its subclasses {@code IndentationError} and
 * {@code TabError}.
 *
 * <p>The fields are exactly CPython 3.11's {@code SyntaxError} attributes: {@code lineno}
 * and {@code endLineno} are 1-based, {@code offset} and {@code endOffset} are 1-based and
 * counted in characters (code points); CPython sometimes reports 0 or -1 for them and so
 * do we. {@code text} is the offending source line as CPython shows it (with its trailing
 * newline when the error comes from the parser, without it when it comes from the
 * tokenizer), or null. No Java stack trace is recorded: the error is for the user.
 */
public final class PySyntaxError extends RuntimeException {

    /** Which Python exception class the error becomes. */
    public enum Kind {
        SYNTAX_ERROR("SyntaxError"), INDENTATION_ERROR("IndentationError"), TAB_ERROR("TabError");

        /** The Python class name. */
        public final String pythonName;

        Kind(String pythonName) { this.pythonName = pythonName; }
    }

    public final Kind kind;
    public final String msg, filename, text;
    public final int lineno, offset, endLineno, endOffset;

    public PySyntaxError(Kind kind, String msg, String filename, int lineno, int offset,
                         int endLineno, int endOffset, String text) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.text = text;
    }

    /** "SyntaxError: msg (x.py, line 3)", the way Python's str() of the exception reads, prefixed by the class. */
    @Override
    public String toString() {
        return kind.pythonName + ": " + msg + " (" + filename + ", line " + lineno + ")";
    }
}
