package org.gilpy.objects;

/** Python's {@code cell}: a variable shared by a function and its closures; empty when null. */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyCell.class, PyType.OBJECT, null);

    public PyObject value;

    public PyCell(PyObject value) {
        super(TYPE);
        this.value = value;
    }

    public void set(PyObject v) { value = v; }

    @PyGetter("cell_contents")
    public PyObject cellContents() {
        if (value == null) throw PyErr.valueError("Cell is empty");
        return value;
    }

    @PySetter("cell_contents")
    public void setCellContents(PyObject v) { value = v; }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of(value == null ? "<cell at 0x" + Integer.toHexString(System.identityHashCode(this)) + ": empty>"
                : "<cell at 0x" + Integer.toHexString(System.identityHashCode(this)) + ": "
                  + value.type.name + " object at 0x" + Integer.toHexString(System.identityHashCode(value)) + ">");
    }
}
