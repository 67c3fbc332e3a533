package org.gilpy.modules.json;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.TypeBuilder;

/**
 * The {@code _json} module: {@code scanstring}, {@code encode_basestring},
 * {@code encode_basestring_ascii}, and the types {@code make_scanner}
 * ({@link JsonScanner}) and {@code make_encoder} ({@link JsonEncoder}).
 */
public final class JsonModule {
    private JsonModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_json");
        TypeBuilder.moduleFunctions(JsonModule.class, m).forEach(m::put);
        m.put("make_scanner", JsonScanner.TYPE);
        m.put("make_encoder", JsonEncoder.TYPE);
        return m;
    }

    /** scanstring(string, end, strict=True) -> (str, end): decodes the JSON string whose
     * opening quote is just before index end. */
    @PyMethod(optional = 1)
    public static PyObject scanstring(PyObject string, PyObject end, PyObject strict) {
        if (!(string instanceof PyStr s)) {
            throw PyErr.typeError("first argument must be a string, not %s", string.type.tpName());
        }
        JsonText text = new JsonText(s);
        long idx = PyInt.asLong(Abstract.index(end));
        if (idx < 0 || idx > text.length()) throw PyErr.valueError("end is out of bounds");
        boolean st = strict == null || Abstract.isTrue(strict);
        StringBuilder out = new StringBuilder();
        int stop = JsonScanner.scanString(text, text.toChar((int) idx), st, out);
        return PyTuple.of(PyStr.of(out.toString()), PyInt.of(text.toIndex(stop)));
    }

    /** encode_basestring_ascii(string) -> str: a JSON string with every non-ASCII character escaped. */
    @PyMethod
    public static PyObject encode_basestring_ascii(PyObject string) {
        if (!(string instanceof PyStr s)) {
            throw PyErr.typeError("first argument must be a string, not %s", string.type.tpName());
        }
        StringBuilder b = new StringBuilder(s.value.length() + 2);
        escape(s.value, true, b);
        return PyStr.of(b.toString());
    }

    /** encode_basestring(string) -> str: a JSON string, non-ASCII characters kept. */
    @PyMethod
    public static PyObject encode_basestring(PyObject string) {
        if (!(string instanceof PyStr s)) {
            throw PyErr.typeError("first argument must be a string, not %s", string.type.tpName());
        }
        StringBuilder b = new StringBuilder(s.value.length() + 2);
        escape(s.value, false, b);
        return PyStr.of(b.toString());
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Appends s as a quoted JSON string; ascii escapes everything outside ' '..'~'. */
    static void escape(String s, boolean ascii, StringBuilder b) {
        b.append('"');
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean plain = c >= ' ' && c != '"' && c != '\\' && (!ascii || c <= '~');
            if (plain) continue;
            b.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> b.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15])
                        .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
            }
        }
        b.append(s, start, n).append('"');
    }
}
