package org.gilpy.objects;

/**
 * {@code object.__reduce_ex__}, {@code object.__reduce__} and {@code object.__getstate__}:
 * how pickle and copy take an object apart. Protocol 2 and above build the
 * {@code copyreg.__newobj__} form here; protocols 0 and 1 defer to
 * {@code copyreg._reduce_ex}, as CPython does. {@code copyreg} is the Python module in
 * the jar.
 */
final class ObjectReduce {
    private ObjectReduce() {}

    /** {@code object.__reduce_ex__(protocol)}: a {@code __reduce__} overridden below object wins. */
    static PyObject reduceEx(PyObject self, PyObject protocol) {
        long proto = PyInt.asLong(protocol);
        PyObject own = self.type.lookup("__reduce__");
        if (own != null && own != PyType.OBJECT.dict().get(PyStr.of("__reduce__"))) {
            PyObject reduce = Abstract.lookupAttr(self, "__reduce__");
            if (reduce != null) return Abstract.call(reduce);
        }
        return commonReduce(self, proto);
    }

    static PyObject commonReduce(PyObject self, long proto) {
        if (proto >= 2) return reduceNewObj(self);
        return Abstract.call(copyreg("_reduce_ex"), self, PyInt.of(proto));
    }

    /** {@code (copyreg.__newobj__, (cls, *args), state, listitems, dictitems)}. */
    private static PyObject reduceNewObj(PyObject self) {
        PyType cls = self.type;
        if (cls.factory == null) throw PyErr.typeError("cannot pickle '%s' object", cls.name);
        PyObject[] argsAndKw = newArgs(self);
        PyObject args = argsAndKw[0];
        PyObject kwargs = argsAndKw[1];
        PyObject newobj;
        PyObject newargs;
        if (kwargs == null || Abstract.len(kwargs) == 0) {
            newobj = copyreg("__newobj__");
            PyObject[] rest = args == null ? new PyObject[0] : Abstract.toArray(args);
            PyObject[] all = new PyObject[rest.length + 1];
            all[0] = cls;
            System.arraycopy(rest, 0, all, 1, rest.length);
            newargs = PyTuple.of(all);
        } else {
            newobj = copyreg("__newobj_ex__");
            newargs = PyTuple.of(cls, args, kwargs);
        }
        boolean isList = self instanceof PyList;
        boolean isDict = self instanceof PyDict;
        PyObject state = getState(self, !(args != null || isList || isDict));
        PyObject listItems = isList ? Abstract.iter(self) : PyNone.NONE;
        PyObject dictItems = isDict ? Abstract.iter(Abstract.callMethod(self, "items")) : PyNone.NONE;
        return PyTuple.of(newobj, newargs, state, listItems, dictItems);
    }

    /** {@code [args, kwargs]} from {@code __getnewargs_ex__} or {@code __getnewargs__}; nulls when neither. */
    private static PyObject[] newArgs(PyObject self) {
        PyObject ex = Abstract.callSpecial(self, "__getnewargs_ex__");
        if (ex != null) return checkNewArgsEx(ex);
        PyObject args = Abstract.callSpecial(self, "__getnewargs__");
        if (args != null && !(args instanceof PyTuple)) {
            throw PyErr.typeError("__getnewargs__ should return a tuple, not '%s'", args.type.tpName());
        }
        return new PyObject[] {args, null};
    }

    private static PyObject[] checkNewArgsEx(PyObject ex) {
        if (!(ex instanceof PyTuple t)) {
            throw PyErr.typeError("__getnewargs_ex__ should return a tuple, not '%s'", ex.type.tpName());
        }
        int n = Abstract.len(t);
        if (n != 2) throw PyErr.valueError("__getnewargs_ex__ should return a tuple of length 2, not %d", n);
        PyObject args = Abstract.getItem(t, PyInt.ZERO);
        PyObject kwargs = Abstract.getItem(t, PyInt.ONE);
        if (!(args instanceof PyTuple)) {
            throw PyErr.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                    args.type.tpName());
        }
        if (!(kwargs instanceof PyDict)) {
            throw PyErr.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                    kwargs.type.tpName());
        }
        return new PyObject[] {args, kwargs};
    }

    /** The state to pickle: an overriding {@code __getstate__}, else the default one. */
    private static PyObject getState(PyObject self, boolean required) {
        PyObject own = self.type.lookup("__getstate__");
        if (own == PyType.OBJECT.dict().get(PyStr.of("__getstate__"))) return defaultState(self, required);
        return Abstract.callMethod(self, "__getstate__");
    }

    /**
     * {@code object.__getstate__}: the instance dict (None when empty), paired with a dict
     * of the filled {@code __slots__} when there are any. When the state is required (no
     * new-arguments describe the object), an instance with a built-in layout other than
     * object's cannot be pickled.
     */
    static PyObject defaultState(PyObject self, boolean required) {
        if (required && builtinLayout(self.type) != PyType.OBJECT) {
            throw PyErr.typeError("cannot pickle '%s' object", self.type.tpName());
        }
        PyDict d = self.getDict();
        PyObject state = d == null || d.size() == 0 ? PyNone.NONE : d;
        PyObject names = slotNames(self.type);
        if (names == PyNone.NONE || Abstract.len(names) == 0) return state;
        PyDict slots = new PyDict();
        for (PyObject name : Abstract.toArray(names)) {
            PyObject v = Abstract.lookupAttr(self, Abstract.str(name).value);
            if (v != null) slots.put(name, v);
        }
        return slots.size() == 0 ? state : PyTuple.of(state, slots);
    }

    private static PyType builtinLayout(PyType t) {
        for (PyType b : t.mro) if (b.isBuiltin()) return b;
        return PyType.OBJECT;
    }

    private static PyObject slotNames(PyType cls) {
        PyObject cached = cls.dict().get(PyStr.of("__slotnames__"));
        if (cached != null) return cached;
        return Abstract.call(copyreg("_slotnames"), cls);
    }

    /** {@code (getattr, (obj, name))}: how methods of built-in objects pickle. */
    static PyObject getattrReduction(PyObject obj, String name) {
        PyObject getattr = Abstract.getAttr(Runtime.get().importModule("builtins"), "getattr");
        return PyTuple.of(getattr, PyTuple.of(obj, PyStr.of(name)));
    }

    private static PyObject copyreg(String name) {
        return Abstract.getAttr(Runtime.get().importModule("copyreg"), name);
    }
}
