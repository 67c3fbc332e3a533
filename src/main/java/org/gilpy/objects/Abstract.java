package org.gilpy.objects;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;

/**
 * The generic operations on Python objects (CPython's "abstract object layer"): each
 * finds the special method through the operand's type, so Python overrides win, and
 * raises CPython's TypeError when there is none. The eval loop and built-ins call these,
 * never a type's Java dunder method directly.
 */
public final class Abstract {
    private Abstract() {}

    // ---- calling --------------------------------------------------------------

    public static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        return callable.call(args, kwnames);
    }

    public static PyObject call(PyObject callable, PyObject... args) {
        return callable.call(args, null);
    }

    /** Calls {@code f}, found on a type, as a method of {@code self} without binding it first. */
    public static PyObject callUnbound(PyObject f, PyObject self, PyObject[] args, String[] kwnames) {
        if (f instanceof PyMethodDescriptor d) {
            return d.callWithSelf(self, args, kwnames);
        }
        if (Runtime.get().isFunction(f)) {
            PyObject[] full = new PyObject[args.length + 1];
            full[0] = self;
            System.arraycopy(args, 0, full, 1, args.length);
            return f.call(full, kwnames);
        }
        return Descriptor.get(f, self, self.type).call(args, kwnames);
    }

    /** Calls the special method {@code name} of {@code self}'s type; null when the type has none. */
    public static PyObject callSpecial(PyObject self, String name, PyObject... args) {
        PyObject f = self.type.lookup(name);
        return f == null ? null : callUnbound(f, self, args, null);
    }

    /** {@code callable(o)}: its type has a {@code __call__}. */
    public static boolean isCallable(PyObject o) {
        return o.type.lookup("__call__") != null;
    }

    /** {@code getattr(obj, name)(*args)}. */
    public static PyObject callMethod(PyObject obj, String name, PyObject... args) {
        return getAttr(obj, name).call(args, null);
    }

    // ---- attributes -----------------------------------------------------------

    /** {@code object.__getattribute__} minus the AttributeError: null when missing. */
    public static PyObject genericGetAttr(PyObject obj, String name) {
        return genericGetAttr(obj, name, null);
    }

    /** As {@link #genericGetAttr(PyObject, String)}; key, when not null, is name as a str (saves making one). */
    static PyObject genericGetAttr(PyObject obj, String name, PyStr key) {
        PyType t = obj.type;
        PyObject descr = t.lookup(name);
        if (descr != null && Descriptor.isData(descr)
                && (descr instanceof Descriptor || descr.type.lookup("__get__") != null)) {
            return Descriptor.get(descr, obj, t);  // a data descriptor without __get__ yields to the dict
        }
        PyDict d = obj.getDict();
        if (d != null) {
            PyObject v = d.get(key != null ? key : PyStr.of(name));
            if (v != null) return v;
            if (name.equals("__dict__")) return d;
        }
        if (descr != null) {
            return Descriptor.get(descr, obj, t);
        }
        return null;
    }

    /**
     * LOAD_ATTR: {@code obj.name} where key is the interned name. An instance of a class
     * without attribute hooks takes the generic path directly, with no new str made.
     */
    public static PyObject getAttr(PyObject obj, PyStr key) {
        if (obj instanceof PyInstance && obj.type.hooks().plainGet()) {
            try {
                PyObject v = genericGetAttr(obj, key.value, key);
                if (v != null) return v;
            } catch (PyException e) {
                throw withAttributeContext(e, obj, key.value);
            }
        }
        return getAttr(obj, key.value);
    }

    /** STORE_ATTR and DELETE_ATTR (value null), as {@link #getAttr(PyObject, PyStr)} for getting. */
    public static void setAttr(PyObject obj, PyStr key, PyObject value) {
        if (obj instanceof PyInstance) {
            PyType.AttributeHooks h = obj.type.hooks();
            if ((value == null ? h.delattr() : h.setattr()) == null) {
                genericSetAttr(obj, key.value, key, value);
                return;
            }
        }
        setAttr(obj, key.value, value);
    }

    /** {@code getattr(obj, name)}: raises AttributeError when missing. */
    public static PyObject getAttr(PyObject obj, String name) {
        PyObject v;
        try {
            v = getAttrOrNull(obj, name);
        } catch (PyException e) {
            throw withAttributeContext(e, obj, name);
        }
        if (v == null) throw missingAttribute(obj, name);
        return v;
    }

    /** The AttributeError for a missing attribute, worded as CPython words it for obj's kind. */
    static PyException missingAttribute(PyObject obj, String name) {
        if (obj instanceof PyType t) {
            return attrErrorWith(PyErr.format(PyExc.AttributeError, "type object '%s' has no attribute '%s'",
                    t.name, name), obj, name);
        }
        if (obj instanceof PyModule m) {
            return attrErrorWith(PyErr.format(PyExc.AttributeError, "module '%s' has no attribute '%s'",
                    m.name(), name), obj, name);
        }
        return PyErr.noAttribute(obj, name);
    }

    private static PyException attrErrorWith(PyException e, PyObject obj, String name) {
        e.value.setAttr("name", PyStr.of(name));
        e.value.setAttr("obj", obj);
        return e;
    }

    /** An AttributeError escaping {@code getattr(obj, name)} names the attribute and object
     * (unless it already does), as CPython 3.11 records them for the "Did you mean" hint. */
    private static PyException withAttributeContext(PyException e, PyObject obj, String name) {
        if (e.value instanceof PyAttributeError a && a.name == null && a.obj == null) {
            a.name = PyStr.of(name);
            a.obj = obj;
        }
        return e;
    }

    /** {@code getattr(obj, name, None)} with null for missing: runs {@code __getattribute__}
     * overrides and the {@code __getattr__} fallback; AttributeError raised by them means missing. */
    public static PyObject lookupAttr(PyObject obj, String name) {
        try {
            return getAttrOrNull(obj, name);
        } catch (PyException e) {
            if (!e.matches(PyExc.AttributeError)) throw e;
            return null;
        }
    }

    /**
     * CPython's attribute protocol: {@code __getattribute__} (the generic one unless
     * overridden), then, when that fails with AttributeError or finds nothing, the
     * {@code __getattr__} fallback, whose errors propagate. Null when nothing was found
     * and no AttributeError was raised; else the AttributeError that was.
     */
    private static PyObject getAttrOrNull(PyObject obj, String name) {
        PyType t = obj.type;
        if (t.isBuiltin()) return obj.getAttribute(name);
        PyType.AttributeHooks h = t.hooks();
        if (h.plainGet()) return obj.getAttribute(name);  // the common case: no hooks at all
        PyObject v = null;
        PyException missing = null;
        try {
            if (h.getattribute() != null) {
                v = callUnbound(h.getattribute(), obj, new PyObject[] {PyStr.of(name)}, null);
            } else {
                v = obj.getAttribute(name);
            }
        } catch (PyException e) {
            if (!e.matches(PyExc.AttributeError)) throw e;
            missing = e;
        }
        if (v == null && h.getattr() != null) {
            return callUnbound(h.getattr(), obj, new PyObject[] {PyStr.of(name)}, null);
        }
        if (missing != null) throw missing;
        return v;
    }

    /** {@code setattr(obj, name, value)}, or {@code delattr} when value is null. */
    public static void setAttr(PyObject obj, String name, PyObject value) {
        PyType t = obj.type;
        if (!t.isBuiltin()) {
            PyType.AttributeHooks h = t.hooks();
            PyObject f = value == null ? h.delattr() : h.setattr();
            if (f != null) {
                PyObject[] args = value == null ? new PyObject[] {PyStr.of(name)}
                        : new PyObject[] {PyStr.of(name), value};
                callUnbound(f, obj, args, null);
                return;
            }
        }
        if (obj instanceof PyType type) {
            type.setTypeAttr(name, value);
            return;
        }
        if (obj instanceof PyWeakProxy p) {
            p.setAttr(name, value);
            return;
        }
        genericSetAttr(obj, name, value);
    }

    /** {@code object.__setattr__} / {@code object.__delattr__} (value null). */
    public static void genericSetAttr(PyObject obj, String name, PyObject value) {
        genericSetAttr(obj, name, null, value);
    }

    /** As {@link #genericSetAttr(PyObject, String, PyObject)}; key, when not null, is name as a str. */
    static void genericSetAttr(PyObject obj, String name, PyStr key, PyObject value) {
        PyType t = obj.type;
        PyObject descr = t.lookup(name);
        if (descr != null && Descriptor.isData(descr)) {
            Descriptor.set(descr, obj, value);
            return;
        }
        PyDict d = obj.getDict();
        if (d == null) {
            if (descr != null) {
                throw PyErr.format(PyExc.AttributeError, "'%s' object attribute '%s' is read-only", t.name, name);
            }
            throw PyErr.noAttribute(obj, name);
        }
        if (name.equals("__dict__")) {
            replaceDict(obj, value);
        } else if (value == null) {
            if (d.remove(key != null ? key : PyStr.of(name)) == null) throw PyErr.noAttribute(obj, name);
        } else {
            d.put(key != null ? key : PyStr.of(name), value);
        }
    }

    /** {@code obj.__dict__ = value} through a class's {@code __dict__} descriptor. */
    static void genericSetAttrDict(PyObject obj, PyObject value) {
        replaceDict(obj, value);
    }

    /** {@code obj.__dict__ = value} for an object with an instance dict. */
    private static void replaceDict(PyObject obj, PyObject value) {
        if (value == null) throw PyErr.typeError("cannot delete __dict__");
        if (!(value instanceof PyDict nd)) {
            throw PyErr.typeError("__dict__ must be set to a dictionary, not a '%s'", value.type.tpName());
        }
        if (!obj.setDict(nd)) throw PyErr.format(PyExc.AttributeError, "attribute '__dict__' of '%s' objects is not writable", obj.type.tpName());
    }

    // ---- conversion to str ----------------------------------------------------

    public static PyStr repr(PyObject o) {
        PyObject r = callSpecial(o, "__repr__");
        if (r instanceof PyStr s) return s;
        throw PyErr.typeError("__repr__ returned non-string (type %s)", r.type.tpName());
    }

    public static PyStr str(PyObject o) {
        if (o.type == PyStr.TYPE) return (PyStr) o;
        PyObject r = callSpecial(o, "__str__");
        if (r instanceof PyStr s) return s;
        throw PyErr.typeError("__str__ returned non-string (type %s)", r.type.tpName());
    }

    // ---- hashing, truth, comparison ---------------------------------------------

    public static long hash(PyObject o) {
        PyObject f = o.type.lookup("__hash__");
        if (f == null || f == PyNone.NONE) {
            throw PyErr.typeError("unhashable type: '%s'", o.type.tpName());
        }
        PyObject h = callUnbound(f, o, new PyObject[0], null);
        if (!(h instanceof PyInt i)) {
            throw PyErr.typeError("__hash__ method should return an integer");
        }
        if (i.big != null) {
            return PyInt.of(i.big).__hash__();
        }
        return i.value == -1 ? -2 : i.value;
    }

    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) return true;
        if (o == PyBool.FALSE || o == PyNone.NONE) return false;
        PyObject f = o.type.lookup("__bool__");
        if (f != null) {
            PyObject r = callUnbound(f, o, new PyObject[0], null);
            if (r instanceof PyBool b) return b == PyBool.TRUE;
            throw PyErr.typeError("__bool__ should return bool, returned %s", r.type.tpName());
        }
        return o.type.lookup("__len__") == null || len(o) != 0;
    }

    public static boolean richEqual(PyObject a, PyObject b) {
        return a == b || isTrue(compare(a, b, CompareOp.EQ));
    }

    /** {@code a op b} for a rich comparison, with reflection and the identity fallback of == and !=. */
    public static PyObject compare(PyObject a, PyObject b, CompareOp op) {
        PyType ta = a.type, tb = b.type;
        if (ta == tb) {  // exact built-in types: their Java comparison, no lookup
            if (ta == PyInt.TYPE) return PyBool.of(holds(op, PyInt.compare((PyInt) a, (PyInt) b)));
            if (ta == PyStr.TYPE) return PyBool.of(holds(op, PyStr.compare(((PyStr) a).value, ((PyStr) b).value)));
            if (ta == PyTuple.TYPE) return ((PyTuple) a).compareWith(b, op);
        }
        boolean reflectedFirst = ta != tb && tb.isSubtypeOf(ta) && tb.lookup(op.reflected) != ta.lookup(op.reflected);
        if (reflectedFirst) {
            PyObject r = callSpecial(b, op.reflected, a);
            if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        PyObject r = callSpecial(a, op.method, b);
        if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        if (!reflectedFirst) {
            r = callSpecial(b, op.reflected, a);
            if (r != null && r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        return switch (op) {
            case EQ -> PyBool.of(a == b);
            case NE -> PyBool.of(a != b);
            default -> throw PyErr.typeError("'%s' not supported between instances of '%s' and '%s'",
                    op.symbol, ta.name, tb.name);
        };
    }

    /** Whether a three-way comparison result c ({@code <0, 0, >0}) satisfies op. */
    public static boolean holds(CompareOp op, int c) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    // ---- arithmetic -----------------------------------------------------------

    /** A binary or in-place operator, with CPython's dispatch order and error message. */
    public static PyObject binaryOp(PyObject a, PyObject b, BinaryOp op) {
        if (op.isInplace()) {
            PyObject f = a.type.lookup(op.inplace);
            if (f != null) {
                PyObject r = callUnbound(f, a, new PyObject[] {b}, null);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
            }
        }
        PyObject r = binaryOp1(a, b, op.plain);
        if (r != null) return r;
        if (op.plain == BinaryOp.POW) {
            throw PyErr.typeError("unsupported operand type(s) for %s: '%s' and '%s'",
                    op.isInplace() ? "**=" : "** or pow()", a.type.tpName(), b.type.tpName());
        }
        if (op.plain == BinaryOp.MUL && (isSequence(a) || isSequence(b))) {
            PyObject other = isSequence(a) ? b : a;
            throw PyErr.typeError("can't multiply sequence by non-int of type '%s'", other.type.tpName());
        }
        if (op.plain == BinaryOp.ADD && isSequence(a)) {
            if (a instanceof PyBytes || a instanceof PyByteArray) {
                throw PyErr.typeError("can't concat %s to %s", b.type.tpName(), a.type.tpName());
            }
            String t = a instanceof PyStr ? "str" : a instanceof PyList ? "list" : "tuple";
            throw PyErr.typeError("can only concatenate %s (not \"%s\") to %s", t, b.type.tpName(), t);
        }
        throw PyErr.typeError("unsupported operand type(s) for %s: '%s' and '%s'",
                op.symbol, a.type.tpName(), b.type.tpName());
    }

    private static boolean isSequence(PyObject o) {
        return o instanceof PyStr || o instanceof PyList || o instanceof PyTuple
                || o instanceof PyBytes || o instanceof PyByteArray;
    }

    /** Tries {@code a.__op__(b)} and {@code b.__rop__(a)} in CPython's order; null if neither applies. */
    static PyObject binaryOp1(PyObject a, PyObject b, BinaryOp op) {
        return binaryOp1(a, b, op.method, op.reflected);
    }

    /**
     * Tries {@code a.method(b)} and {@code b.reflected(a)} in CPython's order (the
     * reflected one first when b's type is a subclass overriding it); null if neither
     * applies. Also serves operators outside BinaryOp, such as divmod().
     */
    public static PyObject binaryOp1(PyObject a, PyObject b, String method, String reflected) {
        PyType ta = a.type, tb = b.type;
        PyObject fa = ta.lookup(method);
        PyObject fb = ta == tb ? null : tb.lookup(reflected);
        if (fb != null && fb == ta.lookup(reflected)) {
            fb = null;
        }
        if (fa != null) {
            if (fb != null && tb.isSubtypeOf(ta)) {
                PyObject r = callUnbound(fb, b, new PyObject[] {a}, null);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
                fb = null;
            }
            PyObject r = callUnbound(fa, a, new PyObject[] {b}, null);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        if (fb != null) {
            PyObject r = callUnbound(fb, b, new PyObject[] {a}, null);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        return null;
    }

    public static PyObject unary(PyObject o, String method, String symbol) {
        PyObject r = callSpecial(o, method);
        if (r == null) {
            throw PyErr.typeError("bad operand type for %s: '%s'", symbol, o.type.tpName());
        }
        return r;
    }

    public static PyObject negative(PyObject o) { return unary(o, "__neg__", "unary -"); }

    public static PyObject positive(PyObject o) { return unary(o, "__pos__", "unary +"); }

    public static PyObject invert(PyObject o) { return unary(o, "__invert__", "unary ~"); }

    /** {@code operator.index(o)}: an exact int, or TypeError. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i && (i.type == PyInt.TYPE)) return i;
        PyObject r = callSpecial(o, "__index__");
        if (r == null) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", o.type.tpName());
        }
        if (!(r instanceof PyInt i)) {
            throw PyErr.typeError("__index__ returned non-int (type %s)", r.type.tpName());
        }
        return i;
    }

    /** An index that fits a Java int, for sizes and positions; IndexError/OverflowError beyond. */
    public static int asSize(PyObject o) {
        PyInt i = index(o);
        if (i.big != null || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw PyErr.overflowError("cannot fit '%s' into an index-sized integer", o.type.tpName());
        }
        return (int) i.value;
    }

    // ---- containers -----------------------------------------------------------

    public static int len(PyObject o) {
        PyType t = o.type;  // exact built-in types: their Java method, no lookup
        if (t == PyList.TYPE) return ((PyList) o).__len__();
        if (t == PyTuple.TYPE) return ((PyTuple) o).__len__();
        if (t == PyStr.TYPE) return ((PyStr) o).__len__();
        if (t == PyDict.TYPE) return ((PyDict) o).__len__();
        PyObject f = o.type.lookup("__len__");
        if (f == null) {
            throw PyErr.typeError("object of type '%s' has no len()", o.type.tpName());
        }
        PyObject r = callUnbound(f, o, new PyObject[0], null);
        if (!(r instanceof PyInt)) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", r.type.tpName());
        }
        int n = asSize(r);
        if (n < 0) throw PyErr.valueError("__len__() should return >= 0");
        return n;
    }

    public static PyObject getItem(PyObject o, PyObject key) {
        PyType t0 = o.type;  // exact built-in types: their Java method, no lookup
        if (t0 == PyList.TYPE) return PyList.getItem((PyList) o, key);
        if (t0 == PyDict.TYPE) return ((PyDict) o).__getitem__(key);
        if (t0 == PyTuple.TYPE) return ((PyTuple) o).__getitem__(key);
        if (t0 == PyStr.TYPE) return ((PyStr) o).__getitem__(key);
        PyObject f = o.type.lookup("__getitem__");
        if (f == null) {
            if (o instanceof PyType t) {
                if (t == PyType.TYPE) return new PyGenericAlias(t, key);  // type[int], as CPython special-cases it
                PyObject cg = t.getAttribute("__class_getitem__");
                if (cg != null) return call(cg, key);
                throw PyErr.typeError("type '%s' is not subscriptable", t.name);
            }
            throw PyErr.typeError("'%s' object is not subscriptable", o.type.tpName());
        }
        return callUnbound(f, o, new PyObject[] {key}, null);
    }

    public static void setItem(PyObject o, PyObject key, PyObject value) {
        if (o.type == PyList.TYPE) {
            PyList.setItem((PyList) o, key, value);
            return;
        }
        if (o.type == PyDict.TYPE) {
            ((PyDict) o).__setitem__(key, value);
            return;
        }
        PyObject f = o.type.lookup("__setitem__");
        if (f == null) {
            throw PyErr.typeError("'%s' object does not support item assignment", o.type.tpName());
        }
        callUnbound(f, o, new PyObject[] {key, value}, null);
    }

    public static void delItem(PyObject o, PyObject key) {
        PyObject f = o.type.lookup("__delitem__");
        if (f == null) {
            throw PyErr.typeError("'%s' object doesn't support item deletion", o.type.tpName());
        }
        callUnbound(f, o, new PyObject[] {key}, null);
    }

    /** {@code iter(o)}: {@code __iter__}, or the {@code __getitem__} sequence protocol. */
    public static PyObject iter(PyObject o) {
        PyType t = o.type;  // exact built-in types: their Java method, no lookup
        if (t == PyList.TYPE) return ((PyList) o).__iter__();
        if (t == PyTuple.TYPE) return ((PyTuple) o).__iter__();
        if (t == PyRange.TYPE) return ((PyRange) o).__iter__();
        if (t == PyDict.TYPE) return ((PyDict) o).__iter__();
        if (o instanceof PyIterator && t.isBuiltin()) return o;
        PyObject f = o.type.lookup("__iter__");
        if (f == null || f == PyNone.NONE) {
            if (f == null && o.type.lookup("__getitem__") != null) {
                return new PySeqIterator(o);
            }
            throw PyErr.typeError("'%s' object is not iterable", o.type.tpName());
        }
        PyObject it = callUnbound(f, o, new PyObject[0], null);
        if (it.type.lookup("__next__") == null) {
            throw PyErr.typeError("iter() returned non-iterator of type '%s'", it.type.tpName());
        }
        return it;
    }

    /** {@code next(it)}, or null when the iterator is exhausted (StopIteration is swallowed). */
    public static PyObject next(PyObject it) {
        if (it instanceof PyIterator pi && it.type.isBuiltin()) {
            return pi.nextOrNull();
        }
        PyObject f = it.type.lookup("__next__");
        if (f == null) {
            throw PyErr.typeError("'%s' object is not an iterator", it.type.tpName());
        }
        try {
            return callUnbound(f, it, new PyObject[0], null);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) return null;
            throw e;
        }
    }

    /** {@code item in container}. */
    public static boolean contains(PyObject container, PyObject item) {
        PyType t = container.type;  // exact built-in types: their Java method, no lookup
        if (t == PyDict.TYPE) return ((PyDict) container).__contains__(item);
        if (t == PyList.TYPE) return ((PyList) container).__contains__(item);
        if (t == PyTuple.TYPE) return ((PyTuple) container).__contains__(item);
        if (t == PyStr.TYPE) return ((PyStr) container).__contains__(item);
        if (t == PySet.TYPE) return ((PySet) container).__contains__(item);
        PyObject f = container.type.lookup("__contains__");
        if (f != null) {
            return isTrue(callUnbound(f, container, new PyObject[] {item}, null));
        }
        PyObject it;
        try {
            it = iter(container);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw PyErr.typeError("argument of type '%s' is not iterable", container.type.tpName());
            }
            throw e;
        }
        for (PyObject x = next(it); x != null; x = next(it)) {
            if (x == item || richEqual(x, item)) return true;
        }
        return false;
    }

    /** The items of any iterable, as a new array. */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t && t.type == PyTuple.TYPE) return t.toArray();
        if (iterable instanceof PyList l && l.type == PyList.TYPE) return l.toArray();
        PyList out = new PyList();
        PyObject it = iter(iterable);
        for (PyObject x = next(it); x != null; x = next(it)) out.append(x);
        return out.toArray();
    }

    /** {@code format(value, spec)}. */
    public static PyStr format(PyObject value, PyObject spec) {
        PyObject r = callSpecial(value, "__format__", spec);
        if (!(r instanceof PyStr s)) {
            throw PyErr.typeError("__format__ must return a str, not %s", r.type.tpName());
        }
        return s;
    }

    /** {@code isinstance(o, cls)} honouring {@code __instancecheck__}. */
    /** isinstance for a class: the type, or else a {@code __class__} that claims another type. */
    public static boolean isInstanceOfType(PyObject o, PyType t) {
        if (o.type.isSubtypeOf(t)) return true;
        if (o.type.isBuiltin() && !(o instanceof PyWeakProxy)) return false;  // a proxy shows its object's __class__
        PyObject c = lookupAttr(o, "__class__");
        return c != o.type && c instanceof PyType ct && ct.isSubtypeOf(t);
    }

    public static boolean isInstance(PyObject o, PyObject cls) {
        if (o.type == cls) return true;
        if (cls instanceof PyType t && t.type == PyType.TYPE) return isInstanceOfType(o, t);
        if (cls instanceof PyTuple tup) {
            for (PyObject c : tup.items) if (isInstance(o, c)) return true;
            return false;
        }
        PyObject check = cls.type.lookup("__instancecheck__");
        if (check != null) return isTrue(callUnbound(check, cls, new PyObject[] {o}, null));
        throw PyErr.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    /** {@code issubclass(c, cls)} honouring {@code __subclasscheck__}. */
    public static boolean isSubclass(PyObject c, PyObject cls) {
        if (cls instanceof PyType t && t.type == PyType.TYPE) {
            if (!(c instanceof PyType ct)) throw PyErr.typeError("issubclass() arg 1 must be a class");
            return ct.isSubtypeOf(t);
        }
        if (cls instanceof PyTuple tup) {
            for (PyObject x : tup.items) if (isSubclass(c, x)) return true;
            return false;
        }
        PyObject check = cls.type.lookup("__subclasscheck__");
        if (check != null) return isTrue(callUnbound(check, cls, new PyObject[] {c}, null));
        throw PyErr.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }
}
