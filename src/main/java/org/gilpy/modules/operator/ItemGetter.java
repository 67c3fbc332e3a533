package org.gilpy.modules.operator;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/** {@code operator.itemgetter(item, *items)}: a callable returning {@code obj[item]}, or
 * the tuple of {@code obj[i]} for several items. */
public final class ItemGetter extends PyObject {
    public static final PyType TYPE = PyType.builtin("itemgetter", ItemGetter.class, PyType.OBJECT, null);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("operator"));
        TYPE.baseType = false;
    }

    private final PyObject[] items;

    private ItemGetter(PyObject[] items) {
        super(TYPE);
        this.items = items;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("itemgetter() takes no keyword arguments");
        if (args.length == 0) throw PyErr.typeError("itemgetter expected 1 argument, got 0");
        return new ItemGetter(args.clone());
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("itemgetter() takes no keyword arguments");
        if (args.length != 1) throw PyErr.typeError("itemgetter expected 1 argument, got %d", args.length);
        PyObject obj = args[0];
        if (items.length == 1) return Abstract.getItem(obj, items[0]);
        PyObject[] out = new PyObject[items.length];
        for (int i = 0; i < items.length; i++) out[i] = Abstract.getItem(obj, items[i]);
        return PyTuple.of(out);
    }

    @PyMethod
    public String __repr__() {
        return "operator.itemgetter(" + OperatorModule.reprList(items) + ")";
    }
}
