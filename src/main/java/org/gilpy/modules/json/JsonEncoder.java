package org.gilpy.modules.json;

import java.util.IdentityHashMap;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBool;
import org.gilpy.objects.PyBuiltinFunction;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Interpreter;

/**
 * {@code _json.make_encoder(markers, default, encoder, indent, key_separator,
 * item_separator, sort_keys, skipkeys, allow_nan)}: the one-shot encoder behind
 * JSONEncoder.encode (indent is None or a str, as in CPython 3.13's). Calling it with
 * {@code (obj, current_indent_level)} returns a one-element tuple holding all the JSON
 * text. The checks and their order are those of json.encoder's Python encoder.
 */
public final class JsonEncoder extends PyObject {
    public static final PyType TYPE = PyType.builtin("Encoder", JsonEncoder.class, PyType.OBJECT, null);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("_json"));
    }

    private final boolean checkCircular, sortKeys, skipKeys, allowNan;
    private final PyObject defaultFn, encoder;
    /** 0: Python encoder function; 1: encode_basestring_ascii; 2: encode_basestring. */
    private final int fastStrings;
    private final String keySeparator, itemSeparator;
    /** The indent unit; null for the compact form. */
    private final String indent;
    private IdentityHashMap<PyObject, Boolean> markers;
    private int depth;

    private JsonEncoder(PyObject[] a) {
        super(TYPE);
        checkCircular = a[0] != PyNone.NONE;
        defaultFn = a[1];
        encoder = a[2];
        indent = a[3] == PyNone.NONE ? null : text(a[3], "indent");
        keySeparator = text(a[4], "key_separator");
        itemSeparator = text(a[5], "item_separator");
        sortKeys = Abstract.isTrue(a[6]);
        skipKeys = Abstract.isTrue(a[7]);
        allowNan = Abstract.isTrue(a[8]);
        String fname = encoder instanceof PyBuiltinFunction f ? f.name() : "";
        fastStrings = fname.equals("encode_basestring_ascii") ? 1 : fname.equals("encode_basestring") ? 2 : 0;
    }

    private static String text(PyObject o, String what) {
        if (o instanceof PyStr s) return s.value;
        throw PyErr.typeError("make_encoder() argument %s must be str, not %s", what, o.type.tpName());
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("make_encoder", args, kwnames, new String[] {"markers", "default", "encoder",
            "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"}, 9);
        return new JsonEncoder(a);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("_iterencode", args, kwnames, new String[] {"obj", "_current_indent_level"}, 2);
        StringBuilder b = new StringBuilder();
        markers = checkCircular ? new IdentityHashMap<>() : null;
        depth = 0;
        try {
            encode(a[0], Abstract.asSize(a[1]), b);
        } finally {
            markers = null;
        }
        return PyTuple.of(PyStr.of(b.toString()));
    }

    private void string(PyStr s, StringBuilder b) {
        if (fastStrings != 0) {
            JsonModule.escape(s.value, fastStrings == 1, b);
            return;
        }
        PyObject r = Abstract.call(encoder, s);
        if (!(r instanceof PyStr rs)) {
            throw PyErr.typeError("encoder() must return a string, not %s", r.type.tpName());
        }
        b.append(rs.value);
    }

    private String floatText(PyFloat f) {
        double v = f.value;
        String text;
        if (Double.isNaN(v)) {
            text = "NaN";
        } else if (v == Double.POSITIVE_INFINITY) {
            text = "Infinity";
        } else if (v == Double.NEGATIVE_INFINITY) {
            text = "-Infinity";
        } else {
            return f.__repr__();
        }
        if (!allowNan) throw PyErr.valueError("Out of range float values are not JSON compliant");
        return text;
    }

    /** Appends the text of a str, None, bool, int or float (str quoted); false for anything else. */
    private boolean scalar(PyObject o, StringBuilder b) {
        if (o instanceof PyStr s) {
            string(s, b);
        } else if (o == PyNone.NONE) {
            b.append("null");
        } else if (o == PyBool.TRUE) {
            b.append("true");
        } else if (o == PyBool.FALSE) {
            b.append("false");
        } else if (o instanceof PyInt i) {
            b.append(PyInt.int__repr__(i));
        } else if (o instanceof PyFloat f) {
            b.append(floatText(f));
        } else {
            return false;
        }
        return true;
    }

    private void encode(PyObject o, int level, StringBuilder b) {
        if (scalar(o, b)) return;
        enter();
        try {
            if (o instanceof PyList || o instanceof PyTuple) {
                encodeList(o, level, b);
            } else if (o instanceof PyDict d) {
                encodeDict(d, level, b);
            } else {
                mark(o);
                PyObject replacement = Abstract.call(defaultFn, o);
                encode(replacement, level, b);
                unmark(o);
            }
        } finally {
            depth--;
        }
    }

    private void enter() {
        if (++depth > Interpreter.recursionLimit) {
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
        }
    }

    private void mark(PyObject o) {
        if (markers == null) return;
        if (markers.put(o, Boolean.TRUE) != null) throw PyErr.valueError("Circular reference detected");
    }

    private void unmark(PyObject o) {
        if (markers != null) markers.remove(o);
    }

    /** '\n' and the indent for level; null in the compact form. */
    private String newline(int level) {
        return indent == null ? null : "\n" + indent.repeat(level);
    }

    private void encodeList(PyObject seq, int level, StringBuilder b) {
        PyObject[] items = seq instanceof PyList l ? l.toArray() : ((PyTuple) seq).toArray();
        if (items.length == 0) {
            b.append("[]");
            return;
        }
        mark(seq);
        b.append('[');
        String nl = newline(level + 1);
        if (nl != null) b.append(nl);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                b.append(itemSeparator);
                if (nl != null) b.append(nl);
            }
            encode(items[i], level + 1, b);
        }
        if (nl != null) b.append(newline(level));
        b.append(']');
        unmark(seq);
    }

    private void encodeDict(PyDict d, int level, StringBuilder b) {
        if (d.size() == 0) {
            b.append("{}");
            return;
        }
        mark(d);
        PyObject items = d.type == PyDict.TYPE ? null : Abstract.callMethod(d, "items");
        PyList pairs;
        if (items == null) {
            pairs = new PyList();
            for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) pairs.append(PyTuple.of(d.keyAt(i), d.valueAt(i)));
        } else {
            pairs = PyList.fromIterable(items);
        }
        if (sortKeys) Abstract.callMethod(pairs, "sort");
        b.append('{');
        String nl = newline(level + 1);
        if (nl != null) b.append(nl);
        boolean first = true;
        for (PyObject item : pairs.toArray()) {
            PyTuple kv = (PyTuple) item;
            String key = keyText(kv.get(0));
            if (key == null) continue;
            if (!first) {
                b.append(itemSeparator);
                if (nl != null) b.append(nl);
            }
            first = false;
            if (fastStrings != 0) {
                JsonModule.escape(key, fastStrings == 1, b);
            } else {
                string(PyStr.of(key), b);
            }
            b.append(keySeparator);
            encode(kv.get(1), level + 1, b);
        }
        if (nl != null) b.append(newline(level));
        b.append('}');
        unmark(d);
    }

    /** A dict key as text; null when skipkeys drops it. */
    private String keyText(PyObject k) {
        if (k instanceof PyStr s) return s.value;
        if (k instanceof PyFloat f) return floatText(f);
        if (k == PyBool.TRUE) return "true";
        if (k == PyBool.FALSE) return "false";
        if (k == PyNone.NONE) return "null";
        if (k instanceof PyInt i) return PyInt.int__repr__(i);
        if (skipKeys) return null;
        throw PyErr.typeError("keys must be str, int, float, bool or None, not %s", k.type.tpName());
    }
}
