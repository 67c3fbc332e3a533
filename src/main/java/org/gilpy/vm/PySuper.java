package org.gilpy.vm;

import org.gilpy.objects.Descriptor;
import org.gilpy.objects.PyCell;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * Python's {@code super}: attribute lookup that starts after {@code thisType} in the MRO
 * of {@code obj}'s type. The zero-argument form reads the caller frame's {@code __class__}
 * cell and first argument.
 */
public final class PySuper extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("super", PySuper.class, PyType.OBJECT,
            t -> new PySuper(t));

    PyType thisType;
    PyObject obj;
    PyType objType;

    private PySuper(PyType t) {
        super(t);
    }

    @PyMethod(optional = 2)
    public void __init__(PyObject type, PyObject obj) {
        if (type == null) {
            Frame f = ThreadState.current().frame;
            if (f == null) throw PyErr.runtimeError("super(): no current frame");
            var co = f.code;
            if (co.argCount == 0 && (co.flags & org.gilpy.bytecode.Code.VARARGS) == 0) {
                throw PyErr.runtimeError("super(): no arguments");
            }
            PyObject first = f.fast[0];
            if (co.cellvars.length > 0 && co.cellToArg[0] == 0 && first instanceof PyCell c0) {
                first = c0.value;
            }
            for (int i = 0; i < co.cellvars.length; i++) {
                if (co.cellToArg[i] == 0) first = ((PyCell) f.fast[co.varnames.length + i]).value;
            }
            if (first == null) throw PyErr.runtimeError("super(): arg[0] deleted");
            int idx = -1;
            for (int i = 0; i < co.freevars.length; i++) if (co.freevars[i].equals("__class__")) idx = i;
            if (idx < 0) throw PyErr.runtimeError("super(): __class__ cell not found");
            PyObject cls = ((PyCell) f.fast[co.varnames.length + co.cellvars.length + idx]).value;
            if (cls == null) throw PyErr.runtimeError("super(): empty __class__ cell");
            if (!(cls instanceof PyType)) throw PyErr.runtimeError("super(): __class__ is not a type (%s)", cls.type.tpName());
            type = cls;
            obj = first;
        }
        if (!(type instanceof PyType t)) {
            throw PyErr.typeError("super() argument 1 must be a type, not %s", type.type.tpName());
        }
        thisType = t;
        if (obj != null && obj != PyNone.NONE) {
            this.obj = obj;
            if (obj instanceof PyType ot && ot.isSubtypeOf(t)) {
                objType = ot;
            } else if (obj.type.isSubtypeOf(t)) {
                objType = obj.type;
            } else {
                throw PyErr.typeError("super(type, obj): obj must be an instance or subtype of type");
            }
        }
    }

    @Override
    public PyObject getAttribute(String name) {
        if (objType != null && !name.equals("__class__")) {
            PyType[] mro = objType.mro;
            int i = 0;
            while (i < mro.length && mro[i] != thisType) i++;
            for (i++; i < mro.length; i++) {
                PyObject v = mro[i].dict().get(PyStr.of(name));
                if (v != null) {
                    return Descriptor.get(v, obj == objType ? null : obj, objType);
                }
            }
        }
        return org.gilpy.objects.Abstract.genericGetAttr(this, name);
    }

    @Override
    public PyObject descrGet(PyObject o, PyType type) {
        if (o == null || this.obj != null) return this;
        PySuper s = new PySuper(TYPE);
        s.__init__(thisType, o);
        return s;
    }

    @PyGetter("__thisclass__")
    public PyObject thisclass() { return thisType; }

    @PyGetter("__self__")
    public PyObject self() { return obj == null ? PyNone.NONE : obj; }

    @PyGetter("__self_class__")
    public PyObject selfClass() { return objType == null ? PyNone.NONE : objType; }

    @PyMethod
    public String __repr__() {
        return objType == null ? "<super: <class '" + thisType.name + "'>, NULL>"
                : "<super: <class '" + thisType.name + "'>, <" + objType.name + " object>>";
    }
}
