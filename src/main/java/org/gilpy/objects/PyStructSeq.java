package org.gilpy.objects;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * CPython's struct sequences ({@code sys.version_info}, {@code sys.flags},
 * {@code time.struct_time}, {@code os.stat_result}...): tuples whose items also have
 * names. The first {@code nVisible} fields are the tuple's items; any further ones are
 * attributes only. Each kind is its own type, made by {@link #newType}. A null field name
 * is an unnamed item ({@code os.stat_result}'s integer times): no attribute, not in
 * {@code __match_args__}, and the repr shows it under the next named field's name, as
 * CPython's does.
 */
public final class PyStructSeq extends PyTuple {
    /** What one struct sequence type knows: its dotted name and its field names. */
    private record Kind(String fullName, String[] fields, int nVisible) {}

    private static final Map<PyType, Kind> KINDS = new ConcurrentHashMap<>();

    /** All field values, the visible ones first. */
    private final PyObject[] values;

    private PyStructSeq(PyType type, PyObject[] values, int nVisible) {
        super(type, java.util.Arrays.copyOf(values, nVisible));
        this.values = values;
    }

    /** A new struct sequence type {@code module.name} with these fields, the first nVisible of them items. */
    public static PyType newType(String module, String name, String[] fields, int nVisible) {
        PyType t = PyType.builtin(name, PyStructSeq.class, PyTuple.TYPE, null);
        t.baseType = false;
        KINDS.put(t, new Kind(module + "." + name, fields.clone(), nVisible));
        PyDict d = t.dict();
        d.put(PyStr.of("__module__"), PyStr.of(module));
        int unnamed = 0;
        java.util.List<PyObject> match = new java.util.ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == null) {
                unnamed++;
                continue;
            }
            d.put(PyStr.of(fields[i]), new PyMemberDescriptor(t, fields[i], i));
            if (i < nVisible && unnamed == 0) match.add(PyStr.of(fields[i]));
        }
        d.put(PyStr.of("n_fields"), PyInt.of(fields.length));
        d.put(PyStr.of("n_sequence_fields"), PyInt.of(nVisible));
        d.put(PyStr.of("n_unnamed_fields"), PyInt.of(unnamed));
        d.put(PyStr.of("__match_args__"), PyTuple.of(match.toArray(new PyObject[0])));
        return t;
    }

    /** An instance of struct sequence type t; values holds every field (missing trailing ones become None). */
    public static PyStructSeq create(PyType t, PyObject... values) {
        Kind k = KINDS.get(t);
        PyObject[] all = java.util.Arrays.copyOf(values, k.fields.length);
        for (int i = values.length; i < all.length; i++) all[i] = PyNone.NONE;
        return new PyStructSeq(t, all, k.nVisible);
    }

    /** Field i (visible or not); the member descriptors read fields through this. */
    PyObject field(int i) {
        return values[i];
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("structseq", args, kwnames, new String[] {"sequence", "dict"}, 1);
        Kind k = KINDS.get(cls);
        if (k == null) throw PyErr.typeError("cannot create '%s' instances", cls.name);
        if (a[0].type.lookup("__iter__") == null && a[0].type.lookup("__getitem__") == null) {
            throw PyErr.typeError("constructor requires a sequence");
        }
        PyObject[] items = Abstract.toArray(a[0]);
        int n = items.length;
        if (n < k.nVisible) {
            throw PyErr.typeError("%s() takes %s %d-sequence (%d-sequence given)", k.fullName,
                    k.nVisible == k.fields.length ? "a" : "an at least", k.nVisible, n);
        }
        if (n > k.fields.length) {
            throw PyErr.typeError("%s() takes %s %d-sequence (%d-sequence given)", k.fullName,
                    k.nVisible == k.fields.length ? "a" : "an at most", k.fields.length, n);
        }
        PyObject[] all = java.util.Arrays.copyOf(items, k.fields.length);
        PyObject dict = a[1] == null ? PyNone.NONE : a[1];
        for (int i = n; i < all.length; i++) {
            PyObject v = dict instanceof PyDict d && k.fields[i] != null ? d.get(PyStr.of(k.fields[i])) : null;
            all[i] = v == null ? PyNone.NONE : v;
        }
        return new PyStructSeq(cls, all, k.nVisible);
    }

    @PyMethod
    public String __repr__() {
        Kind k = KINDS.get(type);
        StringBuilder b = new StringBuilder(k.fullName).append('(');
        String[] named = java.util.Arrays.stream(k.fields).filter(java.util.Objects::nonNull).toArray(String[]::new);
        for (int i = 0; i < k.nVisible; i++) {
            if (i > 0) b.append(", ");
            b.append(named[i]).append('=').append(Abstract.repr(values[i]).value);
        }
        return b.append(')').toString();
    }

    @PyMethod
    public PyObject __reduce__() {
        Kind k = KINDS.get(type);
        PyDict extra = new PyDict();
        for (int i = k.nVisible; i < k.fields.length; i++) {
            if (k.fields[i] != null) extra.put(PyStr.of(k.fields[i]), values[i]);
        }
        return PyTuple.of(type, PyTuple.of(PyTuple.of(java.util.Arrays.copyOf(values, k.nVisible)), extra));
    }
}
