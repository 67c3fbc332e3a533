package org.gilpy.modules;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyComplex;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.TypeBuilder;

/**
 * {@code _csvparse}: the hot loops of {@code lib/_csv.py}. {@code parse_line} runs the
 * reader's character state machine over one line and then the end of line; the record's
 * state between lines (state number, the field read so far, whether it is numeric) lives
 * in the Python reader and goes in and out as arguments. The state numbers are those of
 * {@code _csv.py}. {@code format_row} turns one row into the writer's output line.
 */
public final class CsvparseModule {
    private CsvparseModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_csvparse");
        TypeBuilder.moduleFunctions(CsvparseModule.class, m).forEach(m::put);
        return m;
    }

    private static final int START_RECORD = 0, START_FIELD = 1, ESCAPED_CHAR = 2, IN_FIELD = 3,
            IN_QUOTED_FIELD = 4, ESCAPE_IN_QUOTED_FIELD = 5, QUOTE_IN_QUOTED_FIELD = 6, EAT_CRNL = 7,
            AFTER_ESCAPED_CRNL = 8;
    private static final int QUOTE_ALL = 1, QUOTE_NONNUMERIC = 2, QUOTE_NONE = 3;
    /** The end of the line, fed after its last character; no code point has this value. */
    private static final int EOL = -2;

    /** One line's parse: the options, the record so far and the fields it saves. */
    private static final class Machine {
        int delimiter, quotechar, escapechar, quoting;
        boolean doublequote, skipinitialspace, strict;
        long limit;
        PyType error;
        int state;
        final StringBuilder field = new StringBuilder();
        long flen;
        boolean numeric;
        PyList fields;

        void add(int c) {
            if (flen >= limit) throw PyErr.withArgs(error, PyStr.of("field larger than field limit (" + limit + ")"));
            field.appendCodePoint(c);
            flen++;
        }

        void save() {
            PyObject f = PyStr.of(field.toString());
            field.setLength(0);
            flen = 0;
            if (numeric) {
                numeric = false;
                f = Abstract.call(PyFloat.TYPE, f);
            }
            fields.append(f);
        }

        boolean lineBreak(int c) {
            return c == '\n' || c == '\r';
        }

        void feed(int c) {
            switch (state) {
                case START_RECORD -> {
                    if (c == EOL) return;
                    if (lineBreak(c)) {
                        state = EAT_CRNL;
                        return;
                    }
                    state = START_FIELD;
                    feed(c);
                }
                case START_FIELD -> {
                    if (c == EOL || lineBreak(c)) {
                        save();
                        state = c == EOL ? START_RECORD : EAT_CRNL;
                    } else if (c == quotechar && quoting != QUOTE_NONE) {
                        state = IN_QUOTED_FIELD;
                    } else if (c == escapechar) {
                        state = ESCAPED_CHAR;
                    } else if (c == ' ' && skipinitialspace) {
                        // skip leading spaces
                    } else if (c == delimiter) {
                        save();
                    } else {
                        if (quoting == QUOTE_NONNUMERIC) numeric = true;
                        add(c);
                        state = IN_FIELD;
                    }
                }
                case ESCAPED_CHAR -> {
                    if (lineBreak(c)) {
                        add(c);
                        state = AFTER_ESCAPED_CRNL;
                        return;
                    }
                    add(c == EOL ? '\n' : c);
                    state = IN_FIELD;
                }
                case AFTER_ESCAPED_CRNL -> {
                    // handled as in a field, but only a delimiter, escape or line break
                    // leaves this state, so a line without a line break does not end the record
                    if (c == EOL) return;
                    state = IN_FIELD;
                    feed(c);
                    if (state == IN_FIELD) state = AFTER_ESCAPED_CRNL;
                }
                case IN_FIELD -> {
                    if (c == EOL || lineBreak(c)) {
                        save();
                        state = c == EOL ? START_RECORD : EAT_CRNL;
                    } else if (c == escapechar) {
                        state = ESCAPED_CHAR;
                    } else if (c == delimiter) {
                        save();
                        state = START_FIELD;
                    } else {
                        add(c);
                    }
                }
                case IN_QUOTED_FIELD -> {
                    if (c == EOL) return;
                    if (c == escapechar) {
                        state = ESCAPE_IN_QUOTED_FIELD;
                    } else if (c == quotechar && quoting != QUOTE_NONE) {
                        state = doublequote ? QUOTE_IN_QUOTED_FIELD : IN_FIELD;
                    } else {
                        add(c);
                    }
                }
                case ESCAPE_IN_QUOTED_FIELD -> {
                    add(c == EOL ? '\n' : c);
                    state = IN_QUOTED_FIELD;
                }
                case QUOTE_IN_QUOTED_FIELD -> {
                    if (quoting != QUOTE_NONE && c == quotechar) {
                        add(c);
                        state = IN_QUOTED_FIELD;
                    } else if (c == delimiter) {
                        save();
                        state = START_FIELD;
                    } else if (c == EOL || lineBreak(c)) {
                        save();
                        state = c == EOL ? START_RECORD : EAT_CRNL;
                    } else if (!strict) {
                        add(c);
                        state = IN_FIELD;
                    } else {
                        throw PyErr.withArgs(error, PyStr.of("'" + Character.toString(delimiter)
                                + "' expected after '" + Character.toString(quotechar) + "'"));
                    }
                }
                case EAT_CRNL -> {
                    if (lineBreak(c)) return;
                    if (c == EOL) {
                        state = START_RECORD;
                        return;
                    }
                    throw PyErr.withArgs(error, PyStr.of("new-line character seen in unquoted field - do you "
                            + "need to open the file in universal-newline mode?"));
                }
                default -> throw PyErr.runtimeError("_csvparse: bad state %d", state);
            }
        }
    }

    private static int optChar(PyObject o) {
        return o == PyNone.NONE ? -1 : ((PyStr) o).value.codePointAt(0);
    }

    /**
     * {@code parse_line(line, state, field, numeric, fields, options)} with options
     * {@code (delimiter, quotechar, escapechar, quoting, doublequote, skipinitialspace,
     * strict, limit, Error)}: feeds the line and its end to the machine, appends the
     * fields it completes to the list {@code fields}, and gives
     * {@code (state, field, numeric)} to carry to the next line.
     */
    @PyMethod
    public static PyObject parse_line(PyObject[] args, String[] kwnames) {
        if (args.length != 6 || (kwnames != null && kwnames.length > 0)) {
            throw PyErr.typeError("parse_line() takes exactly 6 positional arguments");
        }
        PyObject line = args[0], state = args[1], field = args[2], numeric = args[3], fields = args[4];
        PyObject[] o = ((PyTuple) args[5]).array();
        Machine m = new Machine();
        m.delimiter = optChar(o[0]);
        m.quotechar = optChar(o[1]);
        m.escapechar = optChar(o[2]);
        m.quoting = (int) PyInt.asLong(o[3]);
        m.doublequote = Abstract.isTrue(o[4]);
        m.skipinitialspace = Abstract.isTrue(o[5]);
        m.strict = Abstract.isTrue(o[6]);
        m.limit = PyInt.asLong(o[7]);
        m.error = (PyType) o[8];
        m.state = (int) PyInt.asLong(state);
        String f = ((PyStr) field).value;
        m.field.append(f);
        m.flen = f.codePointCount(0, f.length());
        m.numeric = Abstract.isTrue(numeric);
        m.fields = (PyList) fields;
        String s = ((PyStr) line).value;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            m.feed(c);
        }
        m.feed(EOL);
        return PyTuple.of(PyInt.of(m.state), PyStr.of(m.field.toString()), PyBool.of(m.numeric));
    }

    /** CPython's PyNumber_Check: the value can become an int, float or complex. */
    private static boolean isNumber(PyObject v) {
        PyType t = v.type;
        return t.lookup("__index__") != null || t.lookup("__int__") != null || t.lookup("__float__") != null
                || v instanceof PyComplex;
    }

    /**
     * {@code format_row(iterator, options)} with options {@code (delimiter, quotechar,
     * escapechar, quoting, doublequote, lineterminator, Error)}: the fields of the row
     * (None as empty, other non-strings through str()), quoted or escaped as the options
     * say, joined by the delimiter and ended by the line terminator.
     */
    @PyMethod
    public static PyObject format_row(PyObject it, PyObject options) {
        PyObject[] o = ((PyTuple) options).array();
        int delimiter = optChar(o[0]), quotechar = optChar(o[1]), escapechar = optChar(o[2]);
        int quoting = (int) PyInt.asLong(o[3]);
        boolean doublequote = Abstract.isTrue(o[4]);
        String lineterminator = ((PyStr) o[5]).value;
        PyType error = (PyType) o[6];
        StringBuilder out = new StringBuilder();
        int count = 0;
        boolean lastEmpty = false;
        for (PyObject field = Abstract.next(it); field != null; field = Abstract.next(it)) {
            if (count++ > 0) out.appendCodePoint(delimiter);
            boolean quoted = quoting == QUOTE_NONNUMERIC ? !isNumber(field) : quoting == QUOTE_ALL;
            String text = field == PyNone.NONE ? "" : field instanceof PyStr ps ? ps.value : Abstract.str(field).value;
            int start = out.length();
            if (quoted) out.appendCodePoint(quotechar);
            for (int i = 0; i < text.length(); ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                if (c == delimiter || c == escapechar || c == quotechar || lineterminator.indexOf(c) >= 0) {
                    boolean escape = false;
                    if (quoting == QUOTE_NONE) {
                        escape = true;
                    } else {
                        if (c == quotechar) {
                            if (doublequote) out.appendCodePoint(quotechar);
                            else escape = true;
                        } else if (c == escapechar) {
                            escape = true;
                        }
                        if (!escape && !quoted) {
                            quoted = true;
                            out.insert(start, Character.toString(quotechar));
                        }
                    }
                    if (escape) {
                        if (escapechar < 0) {
                            throw PyErr.withArgs(error, PyStr.of("need to escape, but no escapechar set"));
                        }
                        out.appendCodePoint(escapechar);
                    }
                }
                out.appendCodePoint(c);
            }
            if (quoted) out.appendCodePoint(quotechar);
            lastEmpty = out.length() == start;
        }
        if (count == 1 && lastEmpty) {
            if (quoting == QUOTE_NONE) {
                throw PyErr.withArgs(error, PyStr.of("single empty field record must be quoted"));
            }
            out.appendCodePoint(quotechar).appendCodePoint(quotechar);
        }
        out.append(lineterminator);
        return PyStr.of(out.toString());
    }
}
