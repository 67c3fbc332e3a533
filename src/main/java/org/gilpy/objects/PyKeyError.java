package org.gilpy.objects;

/** The methods of {@code KeyError} (its layout is BaseException's): with exactly one
 * argument, str() is the repr of the key, so {@code KeyError('')} prints {@code ''}. */
public final class PyKeyError {
    private PyKeyError() {}

    @PyMethod("__str__")
    static PyObject keyErrorStr(PyObject self) {
        PyTuple args = ((PyBaseException) self).args;
        if (args.size() == 1) return Abstract.repr(args.get(0));
        return PyBaseException.argsStr(args);
    }
}
