package org.gilpy.vm;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.bytecode.Code;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;

/**
 * Binds call arguments to a function's parameters in a new frame's fast locals:
 * positional, keyword, defaults, keyword-only, {@code *args} and {@code **kwargs}, with
 * CPython 3.11's TypeError messages when they do not fit.
 */
final class ArgBinder {
    private ArgBinder() {}

    /** args[off .. off+n) hold positional then keyword values (the last kwnames.length). */
    static void bind(PyFunction f, PyObject[] fast, PyObject[] args, int off, int n, String[] kwnames) {
        Code co = f.code.code;
        // the common case, kept small so that it is inlined into calls: exactly the
        // positional parameters, no keywords, no *args/**kwargs/keyword-only parameters
        if (kwnames == null && n == co.argCount && (co.flags & (Code.VARARGS | Code.VARKEYWORDS)) == 0
                && co.kwOnlyArgCount == 0) {
            System.arraycopy(args, off, fast, 0, n);
            return;
        }
        bindGeneral(f, co, fast, args, off, n, kwnames);
    }

    private static void bindGeneral(PyFunction f, Code co, PyObject[] fast, PyObject[] args, int off, int n,
                                    String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = n - nkw;
        int argc = co.argCount;
        boolean varargs = (co.flags & Code.VARARGS) != 0;
        boolean varkw = (co.flags & Code.VARKEYWORDS) != 0;
        int kwonly = co.kwOnlyArgCount;
        int total = argc + kwonly;
        if (nkw == 0 && npos == argc && !varargs && !varkw && kwonly == 0) {
            System.arraycopy(args, off, fast, 0, npos);
            return;
        }
        int ncopy = Math.min(npos, argc);
        System.arraycopy(args, off, fast, 0, ncopy);
        if (varargs) {
            PyObject[] extra = new PyObject[Math.max(0, npos - argc)];
            System.arraycopy(args, off + ncopy, extra, 0, extra.length);
            fast[total] = PyTuple.of(extra);
        } else if (npos > argc) {
            throw tooManyPositional(f, npos, fast, args, off, n, kwnames);
        }
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            fast[total + (varargs ? 1 : 0)] = kwdict;
        }
        List<String> posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            String key = kwnames[k];
            PyObject value = args[off + npos + k];
            int idx = -1;
            for (int i = co.posOnlyArgCount; i < total; i++) {
                if (co.varnames[i].equals(key)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                if (kwdict != null) {
                    kwdict.put(PyStr.of(key), value);
                    continue;
                }
                for (int i = 0; i < co.posOnlyArgCount; i++) {
                    if (co.varnames[i].equals(key)) {
                        if (posOnlyAsKw == null) posOnlyAsKw = new ArrayList<>();
                        posOnlyAsKw.add(key);
                        idx = -2;
                    }
                }
                if (idx == -2) continue;
                throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", f.qualname, key);
            }
            if (fast[idx] != null) {
                throw PyErr.typeError("%s() got multiple values for argument '%s'", f.qualname, key);
            }
            fast[idx] = value;
        }
        if (posOnlyAsKw != null) {
            throw PyErr.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                    f.qualname, String.join(", ", posOnlyAsKw));
        }
        // defaults for missing positional parameters
        if (npos < argc) {
            PyObject[] defs = f.defaults;
            int ndef = defs == null ? 0 : defs.length;
            int firstDefault = argc - ndef;
            List<String> missing = null;
            for (int i = npos; i < argc; i++) {
                if (fast[i] == null) {
                    if (i >= firstDefault) {
                        fast[i] = defs[i - firstDefault];
                    } else {
                        if (missing == null) missing = new ArrayList<>();
                        missing.add(co.varnames[i]);
                    }
                }
            }
            if (missing != null) throw missing(f, missing, "positional");
        }
        if (kwonly > 0) {
            List<String> missing = null;
            for (int i = argc; i < total; i++) {
                if (fast[i] == null) {
                    PyObject d = f.kwdefaults == null ? null : f.kwdefaults.get(PyStr.of(co.varnames[i]));
                    if (d != null) {
                        fast[i] = d;
                    } else {
                        if (missing == null) missing = new ArrayList<>();
                        missing.add(co.varnames[i]);
                    }
                }
            }
            if (missing != null) throw missing(f, missing, "keyword-only");
        }
    }

    private static PyException missing(PyFunction f, List<String> names, String kind) {
        StringBuilder b = new StringBuilder();
        int n = names.size();
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(n == 2 ? " and " : (i == n - 1 ? ", and " : ", "));
            b.append('\'').append(names.get(i)).append('\'');
        }
        return PyErr.typeError("%s() missing %d required %s argument%s: %s", f.qualname, n, kind,
                n == 1 ? "" : "s", b);
    }

    private static PyException tooManyPositional(PyFunction f, int given, PyObject[] fast, PyObject[] args,
                                                 int off, int n, String[] kwnames) {
        Code co = f.code.code;
        int argc = co.argCount;
        int ndef = f.defaults == null ? 0 : f.defaults.length;
        int kwGiven = 0;
        if (kwnames != null) {
            for (String k : kwnames) {
                for (int i = argc; i < argc + co.kwOnlyArgCount; i++) {
                    if (co.varnames[i].equals(k)) kwGiven++;
                }
            }
        }
        String takes = ndef > 0
                ? "from " + (argc - ndef) + " to " + argc + " positional arguments"
                : argc + " positional argument" + (argc == 1 ? "" : "s");
        String was = kwGiven > 0
                ? given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwGiven
                  + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ") were given"
                : given + (given == 1 ? " was given" : " were given");
        return PyErr.typeError("%s() takes %s but %s", f.qualname, takes, was);
    }
}
