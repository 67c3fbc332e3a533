package org.gilpy.objects;

/**
 * An instance of a class defined in Python whose layout is plain {@code object}: a
 * {@code __dict__} (absent when {@code __slots__} leave it out) and the slot values.
 */
public final class PyInstance extends PyObject {
    PyDict dict;
    /** Values of {@code __slots__} members, by the type's slot index; null entries are unset. */
    final PyObject[] slots;

    public PyInstance(PyType type) {
        super(type);
        this.slots = type.slotNames == null ? null : new PyObject[type.slotNames.length];
        if (type.hasInstanceDict) {
            this.dict = new PyDict();
        }
    }

    /** The slot values that are set, in layout order (what gc.get_referents reports). */
    public java.util.List<PyObject> slotValues() {
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        if (slots != null) {
            for (PyObject v : slots) {
                if (v != null) out.add(v);
            }
        }
        return out;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @Override
    public boolean setDict(PyDict d) {
        if (dict == null) return false;
        dict = d;
        return true;
    }
}
