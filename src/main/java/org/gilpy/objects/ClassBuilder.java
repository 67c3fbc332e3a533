package org.gilpy.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code type.__new__(meta, name, bases, namespace, **kwargs)}: creates a class. Picks
 * the most derived metaclass, checks the bases, chooses the instance layout, lays out
 * {@code __slots__}, wraps {@code __new__}/{@code __init_subclass__}/
 * {@code __class_getitem__}, fills {@code __classcell__}, then calls
 * {@code __set_name__} on the attributes and the parent's {@code __init_subclass__}.
 */
final class ClassBuilder {
    private ClassBuilder() {}

    /** The most derived metaclass of meta and the bases' types (TypeError on conflict). */
    static PyType winner(PyType meta, PyObject[] bases) {
        PyType w = meta;
        for (PyObject b : bases) {
            PyType bt = b.type;
            if (w.isSubtypeOf(bt)) continue;
            if (bt.isSubtypeOf(w)) {
                w = bt;
                continue;
            }
            throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a "
                    + "(non-strict) subclass of the metaclasses of all its bases");
        }
        return w;
    }

    static PyObject typeNew(PyType meta, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos != 1 && npos != 3) {
            throw PyErr.typeError("type() takes 1 or 3 arguments");
        }
        if (npos == 1) {
            return args[0].type;
        }
        if (!(args[0] instanceof PyStr nameStr)) {
            throw PyErr.typeError("type.__new__() argument 1 must be str, not %s", args[0].type.tpName());
        }
        if (!(args[1] instanceof PyTuple basesTuple)) {
            throw PyErr.typeError("type.__new__() argument 2 must be tuple, not %s", args[1].type.tpName());
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw PyErr.typeError("type.__new__() argument 3 must be dict, not %s", args[2].type.tpName());
        }
        PyObject[] baseObjs = basesTuple.toArray();
        PyType w = winner(meta, baseObjs);
        if (w != meta) {
            PyObject wnew = w.lookup("__new__");
            if (wnew != PyType.TYPE.lookup("__new__")) {
                return TypeCall.callNew(wnew, w, args, kwnames);
            }
            meta = w;
        }
        PyType[] bases = checkBases(baseObjs);
        PyType t = create(meta, nameStr.value, bases, ns);
        PyObject[] kwValues = new PyObject[nkw];
        System.arraycopy(args, npos, kwValues, 0, nkw);
        initSubclass(t, kwValues, kwnames);
        return t;
    }

    private static PyType[] checkBases(PyObject[] baseObjs) {
        if (baseObjs.length == 0) {
            return new PyType[] {PyType.OBJECT};
        }
        PyType[] bases = new PyType[baseObjs.length];
        for (int i = 0; i < baseObjs.length; i++) {
            if (!(baseObjs[i] instanceof PyType b)) {
                throw PyErr.typeError("bases must be types");
            }
            if (!b.baseType) {
                throw PyErr.typeError("type '%s' is not an acceptable base type",
                        b.moduleName().equals("builtins") ? b.name : b.moduleName() + "." + b.name);
            }
            for (int j = 0; j < i; j++) {
                if (bases[j] == b) throw PyErr.typeError("duplicate base class %s", b.name);
            }
            bases[i] = b;
        }
        return bases;
    }

    /** The built-in type whose Java layout instances of a class with these bases need. */
    private static PyType solidBase(PyType[] bases) {
        PyType solid = PyType.OBJECT;
        for (PyType b : bases) {
            PyType s = layoutOf(b);
            if (solid.isSubtypeOf(s)) continue;
            if (s.isSubtypeOf(solid)) {
                solid = s;
                continue;
            }
            throw PyErr.typeError("multiple bases have instance lay-out conflict");
        }
        return solid;
    }

    private static PyType layoutOf(PyType t) {
        for (PyType m : t.mro) {
            if (m.isBuiltin() && (m.javaClass != null || m == PyType.OBJECT)
                    && (m.base == null || m.factory != m.base.factory)) {
                return m;
            }
        }
        return PyType.OBJECT;
    }

    static PyType create(PyType meta, String name, PyType[] bases, PyDict ns) {
        PyDict dict = new PyDict();
        for (Map.Entry<PyObject, PyObject> e : ns.entries()) {
            dict.put(e.getKey(), e.getValue());
        }
        PyType solid = solidBase(bases);
        PyType t = PyType.heap(meta, name, bases, dict);
        t.factory = solid == PyType.OBJECT ? PyInstance::new : solid.factory;

        PyObject qn = dict.remove(PyStr.of("__qualname__"));
        if (qn != null) {
            if (!(qn instanceof PyStr s)) {
                throw PyErr.typeError("type __qualname__ must be a str, not %s", qn.type.tpName());
            }
            t.qualname = s.value;
        }
        if (dict.get(PyStr.of("__module__")) == null) {
            PyObject g = Runtime.get().currentGlobals();
            PyObject modName = g instanceof PyDict gd ? gd.get(PyStr.of("__name__")) : null;
            if (modName != null) dict.put(PyStr.of("__module__"), modName);
        }
        if (dict.get(PyStr.of("__eq__")) != null && dict.get(PyStr.of("__hash__")) == null) {
            dict.put(PyStr.of("__hash__"), PyNone.NONE);  // defining __eq__ alone makes instances unhashable
        }
        layoutSlots(t, bases, dict, solid);
        if (dict.get(PyStr.of("__doc__")) == null) {
            dict.put(PyStr.of("__doc__"), PyNone.NONE);  // after __dict__/__weakref__, in CPython's order
        }
        wrapImplicit(dict, "__new__", false);
        wrapImplicit(dict, "__init_subclass__", true);
        wrapImplicit(dict, "__class_getitem__", true);
        PyObject cell = dict.remove(PyStr.of("__classcell__"));
        if (cell instanceof PyCell c) {
            c.set(t);
        } else if (cell != null) {
            throw PyErr.typeError("__classcell__ must be a nonlocal cell, not %s", cell.type);
        }
        t.modified();
        setNames(t, dict);
        return t;
    }

    private static void wrapImplicit(PyDict dict, String name, boolean classmethod) {
        PyStr key = PyStr.of(name);
        PyObject f = dict.get(key);
        if (f != null && Runtime.get().isFunction(f)) {
            dict.put(key, classmethod ? new PyClassMethod(f) : new PyStaticMethod(f));
        }
    }

    private static void layoutSlots(PyType t, PyType[] bases, PyDict dict, PyType solid) {
        boolean baseHasDict = false;
        List<String> inherited = new ArrayList<>();
        for (PyType b : t.mro) {
            if (b == t) continue;
            if (!b.isBuiltin() && b.hasInstanceDict) baseHasDict = true;
        }
        for (PyType b : bases) {
            if (b.slotNames != null && inherited.isEmpty()) inherited.addAll(List.of(b.slotNames));
        }
        PyObject slots = dict.get(PyStr.of("__slots__"));
        if (slots == null) {
            t.hasInstanceDict = true;
            if (!baseHasDict && !baseDefines(t, "__dict__")) addDictDescriptor(t, dict);
            if (weakrefSolid(solid) && !baseDefines(t, "__weakref__")) addWeakrefDescriptor(t, dict);
            t.slotNames = inherited.isEmpty() ? null : inherited.toArray(new String[0]);
            return;
        }
        List<String> names = new ArrayList<>(inherited);
        boolean wantDict = baseHasDict;
        PyObject[] items = slots instanceof PyStr ? new PyObject[] {slots} : Abstract.toArray(slots);
        for (PyObject item : items) {
            if (!(item instanceof PyStr s)) {
                throw PyErr.typeError("__slots__ items must be strings, not '%s'", item.type.tpName());
            }
            if (s.value.equals("__dict__")) {
                if (wantDict && !baseHasDict) throw PyErr.typeError("__dict__ slot disallowed: we already got one");
                wantDict = true;
                continue;
            }
            if (s.value.equals("__weakref__")) {
                if (baseDefines(t, "__weakref__")) throw PyErr.typeError("__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
                addWeakrefDescriptor(t, dict);
                continue;
            }
            String mangled = mangle(t.name, s.value);
            if (dict.get(PyStr.of(mangled)) != null) {
                throw PyErr.valueError("'%s' in __slots__ conflicts with class variable", s.value);
            }
            dict.put(PyStr.of(mangled), new PyMemberDescriptor(t, mangled, names.size()));
            names.add(mangled);
        }
        // a built-in base keeps slots in the instance dict, so only `__slots__ = ()` goes without one
        t.hasInstanceDict = wantDict || (solid != PyType.OBJECT && !names.isEmpty());
        t.slotNames = names.toArray(new String[0]);
    }

    /** The class that introduces instance dicts gets a {@code __dict__} descriptor in its own dict, as CPython's do. */
    private static void addDictDescriptor(PyType t, PyDict dict) {
        try {
            var lookup = java.lang.invoke.MethodHandles.lookup();
            var get = java.lang.invoke.MethodType.methodType(PyObject.class, PyObject.class);
            var set = java.lang.invoke.MethodType.methodType(void.class, PyObject.class, PyObject.class);
            // a __dict__ the class body defines (a property, say) wins, as in CPython
            if (dict.get(PyStr.of("__dict__")) == null) {
                dict.put(PyStr.of("__dict__"), new PyGetSetDescriptor(t, "__dict__",
                        lookup.findStatic(ClassBuilder.class, "instanceDict", get),
                        lookup.findStatic(ClassBuilder.class, "setInstanceDict", set)));
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first class that allows weak references gets a {@code __weakref__} descriptor
     * (the object's first weak reference, or None), as CPython's do. */
    private static void addWeakrefDescriptor(PyType t, PyDict dict) {
        if (dict.get(PyStr.of("__weakref__")) != null) return;  // the class body's own wins
        try {
            var get = java.lang.invoke.MethodType.methodType(PyObject.class, PyObject.class);
            dict.put(PyStr.of("__weakref__"), new PyGetSetDescriptor(t, "__weakref__",
                    java.lang.invoke.MethodHandles.lookup().findStatic(WeakRefs.class, "first", get), null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CPython gives no weak reference slot to subclasses of its variable-size types. */
    private static boolean weakrefSolid(PyType solid) {
        return solid != PyInt.TYPE && solid != PyTuple.TYPE && solid != PyBytes.TYPE;
    }

    /** Whether a class after t in its MRO (a metaclass's type, say) already defines name. */
    private static boolean baseDefines(PyType t, String name) {
        for (PyType b : t.mro) {
            if (b != t && b.dict().get(PyStr.of(name)) != null) return true;
        }
        return false;
    }

    private static PyObject instanceDict(PyObject obj) {
        PyDict d = obj.getDict();
        if (d == null) throw PyErr.noAttribute(obj, "__dict__");
        return d;
    }

    private static void setInstanceDict(PyObject obj, PyObject value) {
        Abstract.genericSetAttrDict(obj, value);
    }

    /** Private name mangling: {@code __x} in class C is {@code _C__x}. */
    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.contains(".")) return name;
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    private static void setNames(PyType t, PyDict dict) {
        for (Map.Entry<PyObject, PyObject> e : new ArrayList<>(dict.entries())) {
            PyObject v = e.getValue();
            PyObject setName = v.type.lookup("__set_name__");
            if (setName != null) {
                try {
                    Abstract.callUnbound(setName, v, new PyObject[] {t, e.getKey()}, null);
                } catch (PyException err) {  // CPython 3.11 chains the error to a RuntimeError
                    PyException wrapped = PyErr.runtimeError("Error calling __set_name__ on '%s' instance %s in '%s'",
                            v.type.tpName(), Abstract.repr(e.getKey()).value, t.name);
                    wrapped.value.setContext(err.value);
                    wrapped.value.setCause(err.value);
                    throw wrapped;
                }
            }
        }
    }

    private static void initSubclass(PyType t, PyObject[] kwValues, String[] kwnames) {
        // super(t, t).__init_subclass__(**kwargs)
        for (int i = 1; i < t.mro.length; i++) {
            PyObject f = t.mro[i].dict().get(PyStr.of("__init_subclass__"));
            if (f != null) {
                PyObject bound = Descriptor.get(f, null, t);
                Abstract.call(bound, kwValues, kwnames);
                return;
            }
        }
    }
}
