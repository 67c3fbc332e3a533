package org.gilpy.modules;

import java.util.List;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyWeakProxy;
import org.gilpy.objects.PyWeakRef;
import org.gilpy.objects.TypeBuilder;
import org.gilpy.objects.WeakRefs;

/**
 * The {@code _weakref} module under {@code lib/weakref.py}: the reference and proxy types
 * ({@link PyWeakRef}, {@link PyWeakProxy}) and the counting functions, over the registry
 * in {@link WeakRefs}. Objects die when the JVM's collector finds them unreachable;
 * {@code gc.collect()} runs the callbacks of everything it freed before returning.
 */
public final class WeakrefModule {
    private WeakrefModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_weakref");
        m.put("__doc__", PyStr.of("Weak-reference support module."));
        TypeBuilder.moduleFunctions(WeakrefModule.class, m).forEach(m::put);
        m.put("ref", PyWeakRef.TYPE);
        m.put("ReferenceType", PyWeakRef.TYPE);
        m.put("ProxyType", PyWeakProxy.TYPE);
        m.put("CallableProxyType", PyWeakProxy.CALLABLE_TYPE);
        return m;
    }

    @PyMethod(doc = "Return the number of weak references to 'object'.")
    public static long getweakrefcount(PyObject[] args, String[] kwnames) {
        return WeakRefs.refsTo(one("getweakrefcount", args, kwnames)).size();
    }

    @PyMethod(doc = "Return a list of all weak reference objects pointing to 'object'.")
    public static PyObject getweakrefs(PyObject[] args, String[] kwnames) {
        List<PyObject> l = WeakRefs.refsTo(one("getweakrefs", args, kwnames));
        return PyList.of(l);
    }

    private static PyObject one(String name, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("_weakref.%s() takes no keyword arguments", name);
        if (args.length != 1) {
            throw PyErr.typeError("_weakref.%s() takes exactly one argument (%d given)", name, args.length);
        }
        return args[0];
    }

    @PyMethod(doc = """
            Create a proxy object that weakly references 'object'.

            'callback', if given, is called with a reference to the
            proxy when 'object' is about to be finalized.""")
    public static PyObject proxy(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("proxy() takes no keyword arguments");
        if (args.length < 1) throw PyErr.typeError("proxy expected at least 1 argument, got %d", args.length);
        if (args.length > 2) throw PyErr.typeError("proxy expected at most 2 arguments, got %d", args.length);
        return PyWeakProxy.of(args[0], args.length == 2 ? args[1] : null);
    }

    @PyMethod(doc = "Atomically remove key from dict if it points to a dead weakref.")
    public static void _remove_dead_weakref(PyObject d, PyObject key) {
        if (!(d instanceof org.gilpy.objects.PyDict dict)) throw PyErr.typeError("_remove_dead_weakref() argument 1 must be dict, not %s", d.type.tpName());
        PyObject v = dict.get(key);
        if (v instanceof PyWeakRef r && r.get() == null) dict.remove(key);
    }
}
