package org.gilpy.modules.json;

import java.math.BigInteger;
import java.util.HashMap;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Importer;
import org.gilpy.vm.Interpreter;

/**
 * {@code _json.make_scanner(context)}: a callable {@code scan_once(string, idx)} returning
 * {@code (value, end)}, or raising StopIteration(idx) when no value starts at idx. It reads
 * strict, object_hook, object_pairs_hook, parse_float, parse_int and parse_constant from
 * the context (a JSONDecoder) once, like CPython's C scanner; errors are
 * json.decoder.JSONDecodeError with CPython's messages and positions.
 */
public final class JsonScanner extends PyObject {
    public static final PyType TYPE = PyType.builtin("Scanner", JsonScanner.class, PyType.OBJECT, null);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("_json"));
    }

    private final boolean strict;
    private final PyObject objectHook, pairsHook, parseFloat, parseInt, parseConstant;

    private JsonScanner(PyObject ctx) {
        super(TYPE);
        strict = Abstract.isTrue(Abstract.getAttr(ctx, "strict"));
        objectHook = Abstract.getAttr(ctx, "object_hook");
        pairsHook = Abstract.getAttr(ctx, "object_pairs_hook");
        parseFloat = Abstract.getAttr(ctx, "parse_float");
        parseInt = Abstract.getAttr(ctx, "parse_int");
        parseConstant = Abstract.getAttr(ctx, "parse_constant");
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("make_scanner", args, kwnames, new String[] {"context"}, 1);
        return new JsonScanner(a[0]);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("scanner", args, kwnames, new String[] {"string", "idx"}, 2);
        if (!(a[0] instanceof PyStr str)) {
            throw PyErr.typeError("first argument must be a string, not %s", a[0].type.tpName());
        }
        long idx = PyInt.asLong(Abstract.index(a[1]));
        JsonText t = new JsonText(str);
        if (idx < 0) throw PyErr.valueError("idx cannot be negative");
        if (idx >= t.length()) throw PyErr.stopIteration(PyInt.of(idx));
        try {
            int[] end = new int[1];
            PyObject v = new Run(t).scan(t.toChar((int) idx), end);
            return PyTuple.of(v, PyInt.of(t.toIndex(end[0])));
        } catch (NoValue e) {
            throw PyErr.stopIteration(PyInt.of(t.toIndex(e.at)));
        }
    }

    /** json.decoder.JSONDecodeError(msg, doc, pos) as a Java exception to throw. */
    static PyException error(String msg, JsonText t, int at) {
        PyObject cls = Abstract.getAttr(Importer.importAbsolute("json.decoder"), "JSONDecodeError");
        PyObject e = Abstract.call(cls, PyStr.of(msg), t.str, PyInt.of(t.toIndex(at)));
        return new PyException((PyBaseException) e);
    }

    private static final class NoValue extends RuntimeException {
        final int at;

        NoValue(int at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /** One call of the scanner: the text, the keys seen (so equal keys share one str) and the nesting depth. */
    private final class Run {
        private final JsonText t;
        private final HashMap<String, PyStr> memo = new HashMap<>();
        private int depth;

        Run(JsonText t) {
            this.t = t;
        }

        /** The value at char offset i; its end goes to end[0]. NoValue when none starts there. */
        PyObject scan(int i, int[] end) {
            String s = t.s;
            int n = s.length();
            if (i >= n) throw new NoValue(i);
            char c = s.charAt(i);
            switch (c) {
                case '"' -> {
                    StringBuilder b = new StringBuilder();
                    end[0] = scanString(t, i + 1, strict, b);
                    return PyStr.of(b.toString());
                }
                case '{' -> {
                    enter("object");
                    try {
                        return scanObject(i + 1, end);
                    } finally {
                        depth--;
                    }
                }
                case '[' -> {
                    enter("array");
                    try {
                        return scanArray(i + 1, end);
                    } finally {
                        depth--;
                    }
                }
                case 'n' -> {
                    if (s.startsWith("null", i)) {
                        end[0] = i + 4;
                        return PyNone.NONE;
                    }
                }
                case 't' -> {
                    if (s.startsWith("true", i)) {
                        end[0] = i + 4;
                        return PyBool.TRUE;
                    }
                }
                case 'f' -> {
                    if (s.startsWith("false", i)) {
                        end[0] = i + 5;
                        return PyBool.FALSE;
                    }
                }
                case 'N' -> {
                    if (s.startsWith("NaN", i)) {
                        end[0] = i + 3;
                        return Abstract.call(parseConstant, PyStr.of("NaN"));
                    }
                }
                case 'I' -> {
                    if (s.startsWith("Infinity", i)) {
                        end[0] = i + 8;
                        return Abstract.call(parseConstant, PyStr.of("Infinity"));
                    }
                }
                case '-' -> {
                    if (s.startsWith("-Infinity", i)) {
                        end[0] = i + 9;
                        return Abstract.call(parseConstant, PyStr.of("-Infinity"));
                    }
                }
                default -> { }
            }
            if (c == '-' || (c >= '0' && c <= '9')) return scanNumber(i, end);
            throw new NoValue(i);
        }

        private void enter(String what) {
            if (++depth > Interpreter.recursionLimit) {
                throw PyErr.format(PyExc.RecursionError,
                        "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", what);
            }
        }

        private static int skip(String s, int i) {
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
                i++;
            }
            return i;
        }

        private PyObject value(int i, int[] end) {
            try {
                return scan(i, end);
            } catch (NoValue e) {
                throw error("Expecting value", t, e.at);
            }
        }

        private PyObject scanObject(int i, int[] end) {
            String s = t.s;
            int n = s.length();
            PyDict dict = pairsHook == PyNone.NONE ? new PyDict() : null;
            PyList pairs = dict == null ? new PyList() : null;
            i = skip(s, i);
            if (i < n && s.charAt(i) == '}') {
                i++;
            } else {
                while (true) {
                    if (i >= n || s.charAt(i) != '"') {
                        throw error("Expecting property name enclosed in double quotes", t, i);
                    }
                    StringBuilder b = new StringBuilder();
                    i = scanString(t, i + 1, strict, b);
                    String k = b.toString();
                    PyStr key = memo.computeIfAbsent(k, PyStr::of);
                    i = skip(s, i);
                    if (i >= n || s.charAt(i) != ':') throw error("Expecting ':' delimiter", t, i);
                    i = skip(s, i + 1);
                    PyObject v = value(i, end);
                    if (dict != null) {
                        dict.put(key, v);
                    } else {
                        pairs.append(PyTuple.of(key, v));
                    }
                    i = skip(s, end[0]);
                    if (i < n && s.charAt(i) == '}') {
                        i++;
                        break;
                    }
                    if (i >= n || s.charAt(i) != ',') throw error("Expecting ',' delimiter", t, i);
                    i = skip(s, i + 1);
                }
            }
            end[0] = i;
            if (dict == null) return Abstract.call(pairsHook, pairs);
            if (objectHook != PyNone.NONE) return Abstract.call(objectHook, dict);
            return dict;
        }

        private PyObject scanArray(int i, int[] end) {
            String s = t.s;
            int n = s.length();
            PyList list = new PyList();
            i = skip(s, i);
            if (i < n && s.charAt(i) == ']') {
                end[0] = i + 1;
                return list;
            }
            while (true) {
                list.append(value(i, end));
                i = skip(s, end[0]);
                if (i < n && s.charAt(i) == ']') {
                    end[0] = i + 1;
                    return list;
                }
                if (i >= n || s.charAt(i) != ',') throw error("Expecting ',' delimiter", t, i);
                i = skip(s, i + 1);
            }
        }

        private static boolean digit(String s, int i) {
            return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
        }

        /** -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? at i. */
        private PyObject scanNumber(int start, int[] end) {
            String s = t.s;
            int i = start;
            if (s.charAt(i) == '-') i++;
            if (!digit(s, i)) throw new NoValue(start);
            if (s.charAt(i) == '0') {
                i++;
            } else {
                while (digit(s, i)) i++;
            }
            boolean isFloat = false;
            if (i + 1 < s.length() && s.charAt(i) == '.' && digit(s, i + 1)) {
                i += 2;
                while (digit(s, i)) i++;
                isFloat = true;
            }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int j = i + 1;
                if (j < s.length() && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
                if (digit(s, j)) {
                    while (digit(s, j)) j++;
                    i = j;
                    isFloat = true;
                }
            }
            end[0] = i;
            String text = s.substring(start, i);
            if (isFloat) {
                if (parseFloat == PyFloat.TYPE) return PyFloat.of(Double.parseDouble(text));
                return Abstract.call(parseFloat, PyStr.of(text));
            }
            if (parseInt == PyInt.TYPE) {
                if (text.length() <= 18) return PyInt.of(Long.parseLong(text));
                if (text.length() <= 4300) return PyInt.of(new BigInteger(text));
            }
            return Abstract.call(parseInt, PyStr.of(text));
        }
    }

    private static int hex4(JsonText t, int u) {
        String s = t.s;
        if (u + 5 > s.length()) throw error("Invalid \\uXXXX escape", t, u);
        int v = 0;
        for (int k = u + 1; k < u + 5; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0 || s.charAt(k) > 'f') throw error("Invalid \\uXXXX escape", t, u);
            v = v * 16 + d;
        }
        return v;
    }

    /** Decodes the string body starting at char offset i into out; returns the offset after the closing quote. */
    static int scanString(JsonText t, int i, boolean strict, StringBuilder out) {
        String s = t.s;
        int n = s.length();
        int begin = i - 1;
        int run = i;
        while (true) {
            if (i >= n) throw error("Unterminated string starting at", t, begin);
            char c = s.charAt(i);
            if (c == '"') {
                out.append(s, run, i);
                return i + 1;
            }
            if (c < ' ' && strict) throw error("Invalid control character at", t, i);
            if (c != '\\') {
                i++;
                continue;
            }
            out.append(s, run, i);
            if (i + 1 >= n) throw error("Unterminated string starting at", t, begin);
            char e = s.charAt(i + 1);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    int u = hex4(t, i + 1);
                    i += 6;
                    if (u >= 0xd800 && u <= 0xdbff && i + 1 < n && s.charAt(i) == '\\' && s.charAt(i + 1) == 'u') {
                        int low = hex4(t, i + 1);
                        if (low >= 0xdc00 && low <= 0xdfff) {
                            out.append((char) u).append((char) low);
                            i += 6;
                            run = i;
                            continue;
                        }
                    }
                    out.append((char) u);
                    run = i;
                    continue;
                }
                default -> throw error("Invalid \\escape", t, i);
            }
            i += 2;
            run = i;
        }
    }
}
