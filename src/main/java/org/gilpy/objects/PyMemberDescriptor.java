package org.gilpy.objects;

/** Python's {@code member_descriptor}: one {@code __slots__} entry of a class. */
public final class PyMemberDescriptor extends PyObject implements Descriptor {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescriptor.class,
            PyType.OBJECT, null);

    private final PyType owner;
    private final String name;
    private final int index;

    PyMemberDescriptor(PyType owner, String name, int index) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.index = index;
    }

    /** This member's position in the instance's slot values. */
    int index() { return index; }

    @Override
    public PyObject descrGet(PyObject obj, PyType type) {
        if (obj == null) return this;
        if (obj instanceof PyStructSeq s) return s.field(index);
        PyObject[] slots = obj instanceof PyInstance i ? i.slots : obj instanceof PyWeakRef w ? w.slots : null;
        PyObject v = slots == null || index >= slots.length ? null : slots[index];
        if (v == null) {
            throw PyErr.format(PyExc.AttributeError, "'%s' object has no attribute '%s'", obj.type.tpName(), name);
        }
        return v;
    }

    @Override public boolean isDataDescriptor() { return true; }

    @Override
    public void descrSet(PyObject obj, PyObject value) {
        if (obj instanceof PyStructSeq) throw PyErr.format(PyExc.AttributeError, "readonly attribute");
        PyObject[] slots = obj instanceof PyInstance i ? i.slots : obj instanceof PyWeakRef w ? w.slots : null;
        if (slots == null || index >= slots.length) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.name, obj.type.tpName());
        }
        if (value == null && slots[index] == null) {
            throw PyErr.withArgs(PyExc.AttributeError, PyStr.of(name));  // CPython 3.11 says just the name here
        }
        slots[index] = value;
    }

    @PyGetter("__name__")
    public String name() { return name; }

    @PyGetter("__qualname__")
    public String qualname() { return owner.qualname + "." + name; }

    @PyGetter("__objclass__")
    public PyObject objclass() { return owner; }

    @PyGetter("__doc__")
    public PyObject doc() { return PyNone.NONE; }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of("<member '" + name + "' of '" + owner.name + "' objects>");
    }
}
