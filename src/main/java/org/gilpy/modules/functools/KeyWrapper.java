package org.gilpy.modules.functools;

import org.gilpy.bytecode.CompareOp;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySetter;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * {@code functools.KeyWrapper}: what {@code cmp_to_key(mycmp)} returns and, called with
 * an object, the key it makes. Two keys compare as {@code mycmp(a, b) <op> 0}. Unhashable.
 */
final class KeyWrapper extends PyObject {
    static final PyType TYPE = FunctoolsModule.newType("KeyWrapper", KeyWrapper.class);

    static {
        TYPE.dict().put(PyStr.of("__hash__"), PyNone.NONE);
        TYPE.baseType = false;
    }

    private static final PyInt ZERO = PyInt.of(0);

    private final PyObject cmp;
    /** The wrapped object; null in the key function itself. */
    private PyObject obj;

    KeyWrapper(PyObject cmp, PyObject obj) {
        super(TYPE);
        this.cmp = cmp;
        this.obj = obj;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("K", args, kwnames, new String[] {"obj"}, 1);
        return new KeyWrapper(cmp, a[0]);
    }

    /** The wrapped object (None in the key function itself); writable, as in CPython. */
    @PyGetter("obj")
    public PyObject obj() { return obj == null ? PyNone.NONE : obj; }

    @PySetter("obj")
    public void setObj(PyObject v) { obj = v; }

    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof KeyWrapper k)) throw PyErr.typeError("other argument must be K instance");
        PyObject res = Abstract.call(cmp, obj == null ? PyNone.NONE : obj, k.obj == null ? PyNone.NONE : k.obj);
        return Abstract.compare(res, ZERO, op);
    }

    @PyMethod public PyObject __lt__(PyObject o) { return compare(o, CompareOp.LT); }
    @PyMethod public PyObject __le__(PyObject o) { return compare(o, CompareOp.LE); }
    @PyMethod public PyObject __eq__(PyObject o) { return compare(o, CompareOp.EQ); }
    @PyMethod public PyObject __ne__(PyObject o) { return compare(o, CompareOp.NE); }
    @PyMethod public PyObject __gt__(PyObject o) { return compare(o, CompareOp.GT); }
    @PyMethod public PyObject __ge__(PyObject o) { return compare(o, CompareOp.GE); }
}
