package org.gilpy.objects;

import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;

/**
 * Python's {@code weakref.ProxyType} and {@code weakref.CallableProxyType} (one Java class,
 * the type chosen by whether the object is callable): a weak reference that stands for its
 * object, forwarding attribute access, operators, item access, iteration and calls, and
 * raising {@code ReferenceError} once the object is gone. Not subclassable, not hashable.
 * Operands that are proxies themselves are unwrapped, as CPython does.
 *
 * <p>Invariant: {@link #callback} is null once called (or when there was none).
 */
public final class PyWeakProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("ProxyType", PyWeakProxy.class, PyType.OBJECT, null);
    public static final PyType CALLABLE_TYPE =
            PyType.builtin("CallableProxyType", PyWeakProxy.class, PyType.OBJECT, null);

    static {
        for (PyType t : new PyType[] {TYPE, CALLABLE_TYPE}) {
            t.dict().put(PyStr.of("__module__"), PyStr.of("weakref"));
            t.baseType = false;
        }
        // a plain proxy is not callable: only CallableProxyType shows __call__
        TYPE.dict().remove(PyStr.of("__call__"));
    }

    final WeakRefs.Anchor anchor;
    private PyObject callback;

    private PyWeakProxy(PyType type, WeakRefs.Anchor anchor, PyObject callback) {
        super(type);
        this.anchor = anchor;
        this.callback = callback;
    }

    /** {@code weakref.proxy(obj[, callback])}: without a callback, the existing basic proxy when there is one. */
    public static PyObject of(PyObject obj, PyObject callback) {
        PyObject cb = callback == null || callback == PyNone.NONE ? null : callback;
        if (cb == null) {
            PyObject existing = WeakRefs.basic(obj, true);
            if (existing != null) return existing;
        }
        WeakRefs.Anchor a = WeakRefs.anchor(obj);
        PyWeakProxy p = new PyWeakProxy(Abstract.isCallable(obj) ? CALLABLE_TYPE : TYPE, a, cb);
        a.add(p, cb == null);
        return p;
    }

    PyObject takeCallback() {
        PyObject cb = callback;
        callback = null;
        return cb;
    }

    /** The object; ReferenceError once it is gone. */
    PyObject obj() {
        PyObject o = anchor.get();
        if (o == null) throw PyErr.format(PyExc.ReferenceError, "weakly-referenced object no longer exists");
        return o;
    }

    private static PyObject unwrap(PyObject o) {
        return o instanceof PyWeakProxy p ? p.obj() : o;
    }

    /** A type's name as CPython's tp_name shows it: module-qualified for built-ins outside builtins. */
    static String qualifiedTypeName(PyObject o) {
        PyType t = o.type;
        String mod = t.moduleName();
        return t.isBuiltin() && !mod.equals("builtins") ? mod + "." + t.name : t.name;
    }

    @Override
    public PyObject getAttribute(String name) {
        return Abstract.getAttr(obj(), name);
    }

    /** setattr/delattr (value null) on the object. */
    public void setAttr(String name, PyObject value) {
        Abstract.setAttr(obj(), name, value);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (type != CALLABLE_TYPE) throw PyErr.typeError("'weakref.%s' object is not callable", type.name);
        return Abstract.call(obj(), args, kwnames);
    }

    @PyMethod
    public PyObject __repr__() {
        PyObject o = anchor.get();
        String to = o == null ? "NoneType at 0x" + Integer.toHexString(System.identityHashCode(PyNone.NONE))
                : qualifiedTypeName(o) + " at 0x" + Integer.toHexString(System.identityHashCode(o));
        return PyStr.of("<weakproxy at 0x" + Integer.toHexString(System.identityHashCode(this)) + " to " + to + ">");
    }

    @PyMethod public PyObject __dir__() { return Abstract.callMethod(obj(), "__dir__"); }
    @PyMethod public PyObject __str__() { return Abstract.str(obj()); }
    @PyMethod public PyObject __bytes__() { return Abstract.callMethod(obj(), "__bytes__"); }
    @PyMethod public long __hash__() { throw PyErr.typeError("unhashable type: 'weakref.%s'", type.name); }
    @PyMethod public boolean __bool__() { return Abstract.isTrue(obj()); }
    @PyMethod public int __len__() { return Abstract.len(obj()); }
    @PyMethod public PyObject __iter__() { return Abstract.iter(obj()); }
    @PyMethod public PyObject __reversed__() { return Abstract.callMethod(obj(), "__reversed__"); }

    @PyMethod
    public PyObject __next__() {
        PyObject o = obj();
        if (o.type.lookup("__next__") == null) {
            throw PyErr.typeError("Weakref proxy referenced a non-iterator '%s' object", o.type.tpName());
        }
        return Abstract.next(o);
    }

    @PyMethod public boolean __contains__(PyObject x) { return Abstract.contains(obj(), unwrap(x)); }
    @PyMethod public PyObject __getitem__(PyObject k) { return Abstract.getItem(obj(), unwrap(k)); }
    @PyMethod public void __setitem__(PyObject k, PyObject v) { Abstract.setItem(obj(), unwrap(k), unwrap(v)); }
    @PyMethod public void __delitem__(PyObject k) { Abstract.delItem(obj(), unwrap(k)); }

    @PyMethod public PyObject __lt__(PyObject o) { return Abstract.compare(obj(), unwrap(o), CompareOp.LT); }
    @PyMethod public PyObject __le__(PyObject o) { return Abstract.compare(obj(), unwrap(o), CompareOp.LE); }
    @PyMethod public PyObject __eq__(PyObject o) { return Abstract.compare(obj(), unwrap(o), CompareOp.EQ); }
    @PyMethod public PyObject __ne__(PyObject o) { return Abstract.compare(obj(), unwrap(o), CompareOp.NE); }
    @PyMethod public PyObject __gt__(PyObject o) { return Abstract.compare(obj(), unwrap(o), CompareOp.GT); }
    @PyMethod public PyObject __ge__(PyObject o) { return Abstract.compare(obj(), unwrap(o), CompareOp.GE); }

    @PyMethod public PyObject __neg__() { return Abstract.negative(obj()); }
    @PyMethod public PyObject __pos__() { return Abstract.positive(obj()); }
    @PyMethod public PyObject __invert__() { return Abstract.invert(obj()); }
    @PyMethod public PyObject __abs__() { return Abstract.unary(obj(), "__abs__", "abs()"); }
    @PyMethod public PyObject __int__() { return Abstract.callMethod(obj(), "__int__"); }
    @PyMethod public PyObject __float__() { return Abstract.callMethod(obj(), "__float__"); }
    @PyMethod public PyObject __index__() { return Abstract.index(obj()); }

    @PyMethod public PyObject __add__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.ADD); }
    @PyMethod public PyObject __radd__(PyObject o) { return Abstract.binaryOp(unwrap(o), obj(), BinaryOp.ADD); }
    @PyMethod public PyObject __iadd__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.INPLACE_ADD); }
    @PyMethod public PyObject __sub__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.SUB); }
    @PyMethod public PyObject __rsub__(PyObject o) { return Abstract.binaryOp(unwrap(o), obj(), BinaryOp.SUB); }
    @PyMethod public PyObject __isub__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.INPLACE_SUB); }
    @PyMethod public PyObject __mul__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.MUL); }
    @PyMethod public PyObject __rmul__(PyObject o) { return Abstract.binaryOp(unwrap(o), obj(), BinaryOp.MUL); }
    @PyMethod public PyObject __imul__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.INPLACE_MUL); }
    @PyMethod public PyObject __matmul__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.MATMUL); }
    @PyMethod public PyObject __rmatmul__(PyObject o) { return Abstract.binaryOp(unwrap(o), obj(), BinaryOp.MATMUL); }
    @PyMethod public PyObject __imatmul__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.INPLACE_MATMUL); }
    @PyMethod public PyObject __truediv__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.TRUEDIV); }
    @PyMethod public PyObject __rtruediv__(PyObject o) { return Abstract.binaryOp(unwrap(o), obj(), BinaryOp.TRUEDIV); }
    @PyMethod public PyObject __itruediv__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.INPLACE_TRUEDIV); }
    @PyMethod public PyObject __floordiv__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.FLOORDIV); }
    @PyMethod public PyObject __rfloordiv__(PyObject o) { return Abstract.binaryOp(unwrap(o), obj(), BinaryOp.FLOORDIV); }
    @PyMethod public PyObject __ifloordiv__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.INPLACE_FLOORDIV); }
    @PyMethod public PyObject __divmod__(PyObject o) { return divmod(obj(), unwrap(o)); }
    @PyMethod public PyObject __rdivmod__(PyObject o) { return divmod(unwrap(o), obj()); }

    private static PyObject divmod(PyObject a, PyObject b) {
        PyObject r = Abstract.binaryOp1(a, b, "__divmod__", "__rdivmod__");
        if (r != null) return r;
        throw PyErr.typeError("unsupported operand type(s) for divmod(): '%s' and '%s'", a.type.tpName(), b.type.tpName());
    }

    @PyMethod public PyObject __mod__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.MOD); }
    @PyMethod public PyObject __rmod__(PyObject o) { return Abstract.binaryOp(unwrap(o), obj(), BinaryOp.MOD); }
    @PyMethod public PyObject __imod__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.INPLACE_MOD); }
    @PyMethod public PyObject __pow__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.POW); }
    @PyMethod public PyObject __rpow__(PyObject o) { return Abstract.binaryOp(unwrap(o), obj(), BinaryOp.POW); }
    @PyMethod public PyObject __ipow__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.INPLACE_POW); }
    @PyMethod public PyObject __lshift__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.LSHIFT); }
    @PyMethod public PyObject __rlshift__(PyObject o) { return Abstract.binaryOp(unwrap(o), obj(), BinaryOp.LSHIFT); }
    @PyMethod public PyObject __ilshift__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.INPLACE_LSHIFT); }
    @PyMethod public PyObject __rshift__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.RSHIFT); }
    @PyMethod public PyObject __rrshift__(PyObject o) { return Abstract.binaryOp(unwrap(o), obj(), BinaryOp.RSHIFT); }
    @PyMethod public PyObject __irshift__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.INPLACE_RSHIFT); }
    @PyMethod public PyObject __and__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.AND); }
    @PyMethod public PyObject __rand__(PyObject o) { return Abstract.binaryOp(unwrap(o), obj(), BinaryOp.AND); }
    @PyMethod public PyObject __iand__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.INPLACE_AND); }
    @PyMethod public PyObject __or__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.OR); }
    @PyMethod public PyObject __ror__(PyObject o) { return Abstract.binaryOp(unwrap(o), obj(), BinaryOp.OR); }
    @PyMethod public PyObject __ior__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.INPLACE_OR); }
    @PyMethod public PyObject __xor__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.XOR); }
    @PyMethod public PyObject __rxor__(PyObject o) { return Abstract.binaryOp(unwrap(o), obj(), BinaryOp.XOR); }
    @PyMethod public PyObject __ixor__(PyObject o) { return Abstract.binaryOp(obj(), unwrap(o), BinaryOp.INPLACE_XOR); }
}
