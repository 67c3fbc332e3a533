package org.gilpy.modules.functools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.objects.TypeBuilder;

/** CPython 3.11's {@code _functools}: what {@code functools} takes from C. */
public final class FunctoolsModule {
    private FunctoolsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_functools");
        TypeBuilder.moduleFunctions(FunctoolsModule.class, m).forEach(m::put);
        m.put("partial", Partial.TYPE);
        m.put("KeyWrapper", KeyWrapper.TYPE);
        m.put("_lru_cache_wrapper", LruCacheWrapper.TYPE);
        return m;
    }

    /** A type that Python sees in the functools module. */
    static PyType newType(String name, Class<?> javaClass) {
        PyType t = PyType.builtin(name, javaClass, PyType.OBJECT, null);
        t.dict().put(PyStr.of("__module__"), PyStr.of("functools"));
        return t;
    }

    /** reduce(function, iterable[, initial], /): folds the items from the left. */
    @PyMethod
    public static PyObject reduce(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("reduce() takes no keyword arguments");
        if (args.length < 2) throw PyErr.typeError("reduce expected at least 2 arguments, got %d", args.length);
        if (args.length > 3) throw PyErr.typeError("reduce expected at most 3 arguments, got %d", args.length);
        PyObject func = args[0];
        PyObject it;
        try {
            it = Abstract.iter(args[1]);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) throw PyErr.typeError("reduce() arg 2 must support iteration");
            throw e;
        }
        PyObject value = args.length == 3 ? args[2] : Abstract.next(it);
        if (value == null) throw PyErr.typeError("reduce() of empty iterable with no initial value");
        PyObject[] pair = new PyObject[2];
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            pair[0] = value;
            pair[1] = x;
            value = Abstract.call(func, pair, null);
            pair = new PyObject[2];  // the callee may have kept the array (as *args)
        }
        return value;
    }

    /** cmp_to_key(mycmp): a key function whose keys compare by calling mycmp. */
    @PyMethod
    public static PyObject cmp_to_key(PyObject mycmp) {
        return new KeyWrapper(mycmp, null);
    }
}
