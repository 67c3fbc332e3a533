package org.gilpy.modules.itertools;

import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyIterator;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/**
 * Base of the itertools iterator types: instances of Python subclasses get a
 * {@code __dict__}, and the argument checks the constructors share live here, with
 * CPython's messages.
 */
abstract class ItIterator extends PyIterator {
    private PyDict dict;

    ItIterator(PyType type) {
        super(type);
    }

    @Override
    public PyDict getDict() {
        if (dict == null && !type.isBuiltin()) dict = new PyDict();
        return dict;
    }

    /** A type of this module: {@code <class 'itertools.name'>}. */
    static PyType newType(String name, Class<?> javaClass) {
        PyType t = PyType.builtin(name, javaClass, PyType.OBJECT, null);
        t.dict().put(PyStr.of("__module__"), PyStr.of("itertools"));
        return t;
    }

    /**
     * The positional arguments of a constructor that takes no keywords. As in CPython, a
     * subclass with an {@code __init__} of its own may be given keywords (for its
     * {@code __init__}); they are not the constructor's.
     */
    static PyObject[] positional(String name, PyType cls, PyType base, PyObject[] args, String[] kwnames) {
        if (kwnames == null || kwnames.length == 0) return args;
        if (cls == base || cls.lookup("__init__") == base.lookup("__init__")) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
        return ArgParser.positional(args, kwnames);
    }

    /** Exactly n positional arguments ("dropwhile expected 2 arguments, got 1"), no keywords. */
    static PyObject[] exactly(String name, PyType cls, PyType base, PyObject[] args, String[] kwnames, int n) {
        args = positional(name, cls, base, args, kwnames);
        if (args.length != n) {
            throw PyErr.typeError("%s expected %d argument%s, got %d", name, n, n == 1 ? "" : "s", args.length);
        }
        return args;
    }
}
