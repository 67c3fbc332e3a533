package org.gilpy.objects;

/**
 * Argument parsing for built-ins declared with the general
 * {@code (PyObject[] args, String[] kwnames)} shape: maps positional and keyword
 * arguments onto named parameters with CPython's error messages.
 */
public final class ArgParser {
    private ArgParser() {}

    /** The arguments when keywords are not accepted. */
    public static PyObject[] positional(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            PyObject[] pos = new PyObject[args.length - kwnames.length];
            System.arraycopy(args, 0, pos, 0, pos.length);
            return pos;
        }
        return args;
    }

    /** Number of positional arguments in a (args, kwnames) pair. */
    public static int npos(PyObject[] args, String[] kwnames) {
        return args.length - (kwnames == null ? 0 : kwnames.length);
    }

    /**
     * Maps arguments onto {@code names}: the first {@code required} are required; all
     * may be given by position or keyword. Missing optional ones are null.
     */
    public static PyObject[] parse(String fname, PyObject[] args, String[] kwnames, String[] names, int required) {
        return parse(fname, args, kwnames, names, required, names.length);
    }

    /**
     * As {@link #parse(String, PyObject[], String[], String[], int)}, where only the
     * first {@code maxPositional} may be positional (the rest are keyword-only) and
     * parameters before {@code posOnly}... are all keyword-capable.
     */
    public static PyObject[] parse(String fname, PyObject[] args, String[] kwnames, String[] names,
                                   int required, int maxPositional) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyObject[] out = new PyObject[names.length];
        if (npos > maxPositional) {
            if (maxPositional == names.length) {
                throw PyErr.typeError("%s() takes at most %d argument%s (%d given)", fname, maxPositional,
                        maxPositional == 1 ? "" : "s", npos);
            }
            throw PyErr.typeError("%s() takes at most %d positional argument%s (%d given)", fname,
                    maxPositional, maxPositional == 1 ? "" : "s", npos);
        }
        System.arraycopy(args, 0, out, 0, npos);
        String unexpected = null;   // reported after a missing argument, as CPython's argument parser does
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            int idx = -1;
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(kw)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                if (unexpected == null) unexpected = kw;
                continue;
            }
            if (out[idx] != null) {
                throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)", fname, kw, idx + 1);
            }
            out[idx] = args[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                throw PyErr.typeError("%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
            }
        }
        if (unexpected != null) throw PyErr.typeError("'%s' is an invalid keyword argument for %s()", unexpected, fname);
        return out;
    }
}
