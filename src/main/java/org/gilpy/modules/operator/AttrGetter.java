package org.gilpy.modules.operator;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * {@code operator.attrgetter(attr, *attrs)}: a callable fetching one attribute (or a
 * tuple of several) from its argument; a dotted name walks a chain of attributes.
 * Invariant: {@link #paths} holds each name split at its dots, interned.
 */
public final class AttrGetter extends PyObject {
    public static final PyType TYPE = PyType.builtin("attrgetter", AttrGetter.class, PyType.OBJECT, null);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("operator"));
        TYPE.baseType = false;
    }

    private final PyObject[] names;
    private final PyStr[][] paths;

    private AttrGetter(PyObject[] names) {
        super(TYPE);
        this.names = names;
        this.paths = new PyStr[names.length][];
        for (int i = 0; i < names.length; i++) {
            if (!(names[i] instanceof PyStr s)) throw PyErr.typeError("attribute name must be a string");
            String[] parts = s.value.split("\\.", -1);
            paths[i] = new PyStr[parts.length];
            for (int j = 0; j < parts.length; j++) paths[i][j] = PyStr.of(parts[j].intern());
        }
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("attrgetter() takes no keyword arguments");
        if (args.length == 0) throw PyErr.typeError("attrgetter expected 1 argument, got 0");
        return new AttrGetter(args.clone());
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("attrgetter() takes no keyword arguments");
        if (args.length != 1) throw PyErr.typeError("attrgetter expected 1 argument, got %d", args.length);
        PyObject obj = args[0];
        if (paths.length == 1) return fetch(obj, paths[0]);
        PyObject[] out = new PyObject[paths.length];
        for (int i = 0; i < paths.length; i++) out[i] = fetch(obj, paths[i]);
        return PyTuple.of(out);
    }

    private static PyObject fetch(PyObject obj, PyStr[] path) {
        for (PyStr p : path) obj = Abstract.getAttr(obj, p);
        return obj;
    }

    @PyMethod
    public String __repr__() {
        return "operator.attrgetter(" + OperatorModule.reprList(names) + ")";
    }
}
