package org.gilpy.objects;

/**
 * The descriptor protocol ({@code __get__}, {@code __set__}, {@code __delete__}).
 * Built-in descriptor classes (functions, method descriptors, properties, getsets,
 * staticmethod, classmethod) implement this interface so attribute lookup calls them
 * directly; any other object is a descriptor when its type defines {@code __get__}.
 */
public interface Descriptor {
    /** {@code __get__(obj, type)}; obj is null for access through the class. */
    PyObject descrGet(PyObject obj, PyType type);

    /** True when the descriptor defines {@code __set__} or {@code __delete__}. */
    default boolean isDataDescriptor() { return false; }

    /** {@code __set__(obj, value)}, or {@code __delete__(obj)} when value is null. */
    default void descrSet(PyObject obj, PyObject value) {
        throw PyErr.format(PyExc.AttributeError, "attribute is read-only");
    }

    // ---- the protocol for any object -----------------------------------------

    /** Binds {@code attr} found on a type: calls its {@code __get__} if it has one. */
    static PyObject get(PyObject attr, PyObject obj, PyType type) {
        if (attr instanceof Descriptor d) {
            return d.descrGet(obj, type);
        }
        if (attr.type.isBuiltin()) {
            return attr;
        }
        PyObject g = attr.type.lookup("__get__");
        if (g == null) {
            return attr;
        }
        return Abstract.callUnbound(g, attr,
                new PyObject[] {obj == null ? PyNone.NONE : obj, type}, null);
    }

    static boolean isData(PyObject attr) {
        if (attr instanceof Descriptor d) {
            return d.isDataDescriptor();
        }
        if (attr.type.isBuiltin()) {
            return false;
        }
        return attr.type.lookup("__set__") != null || attr.type.lookup("__delete__") != null;
    }

    /** Calls {@code __set__} (or {@code __delete__} when value is null) of a data descriptor. */
    static void set(PyObject attr, PyObject obj, PyObject value) {
        if (attr instanceof Descriptor d) {
            d.descrSet(obj, value);
            return;
        }
        String m = value == null ? "__delete__" : "__set__";
        PyObject f = attr.type.lookup(m);
        if (f == null) {
            throw PyErr.format(PyExc.AttributeError, value == null ? "__delete__" : "__set__");
        }
        PyObject[] args = value == null ? new PyObject[] {obj} : new PyObject[] {obj, value};
        Abstract.callUnbound(f, attr, args, null);
    }
}
