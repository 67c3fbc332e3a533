package org.gilpy.modules.itertools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyType;

/** {@code repeat(object[, times])}: the object, times times or forever (times < 0 is 0). */
final class Repeat extends ItIterator {
    static final PyType TYPE = newType("repeat", Repeat.class);

    private final PyObject object;
    /** How many are left; -1 for forever. */
    private long remaining;

    private Repeat(PyType type, PyObject object, long remaining) {
        super(type);
        this.object = object;
        this.remaining = remaining;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("repeat", args, kwnames, new String[] {"object", "times"}, 1);
        long n = a[1] == null ? -1 : Math.max(0, ItertoolsModule.asLong(a[1]));
        return new Repeat(cls, a[0], n);
    }

    @Override
    public PyObject nextOrNull() {
        if (remaining == 0) return null;
        if (remaining > 0) remaining--;
        return object;
    }

    @PyMethod
    public long __length_hint__() {
        if (remaining < 0) throw PyErr.typeError("len() of unsized object");
        return remaining;
    }

    @PyMethod
    public String __repr__() {
        String r = Abstract.repr(object).value;
        return type.name + "(" + r + (remaining < 0 ? "" : ", " + remaining) + ")";
    }
}
