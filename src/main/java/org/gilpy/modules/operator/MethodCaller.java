package org.gilpy.modules.operator;

import java.util.Arrays;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;

/** {@code operator.methodcaller(name, /, *args, **kwargs)}: a callable that calls
 * {@code obj.name(*args, **kwargs)}. Invariant: {@link #args} holds the positional then
 * the keyword values, as a call passes them, with {@link #kwnames} naming the latter. */
public final class MethodCaller extends PyObject {
    public static final PyType TYPE = PyType.builtin("methodcaller", MethodCaller.class, PyType.OBJECT, null);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("operator"));
        TYPE.baseType = false;
    }

    private final PyStr name;
    private final PyObject[] args;
    private final String[] kwnames;

    private MethodCaller(PyStr name, PyObject[] args, String[] kwnames) {
        super(TYPE);
        this.name = PyStr.of(name.value.intern());
        this.args = args;
        this.kwnames = kwnames;
    }

    @PyMethod(kind = PyMethod.Kind.NEW)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) throw PyErr.typeError("methodcaller needs at least one argument, the method name");
        if (!(args[0] instanceof PyStr s)) throw PyErr.typeError("method name must be a string");
        return new MethodCaller(s, Arrays.copyOfRange(args, 1, args.length),
                kwnames == null || kwnames.length == 0 ? null : kwnames.clone());
    }

    @Override
    public PyObject call(PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) throw PyErr.typeError("methodcaller() takes no keyword arguments");
        if (a.length != 1) throw PyErr.typeError("methodcaller expected 1 argument, got %d", a.length);
        return Abstract.call(Abstract.getAttr(a[0], name), args, kwnames);
    }

    @PyMethod
    public String __repr__() {
        StringBuilder sb = new StringBuilder("operator.methodcaller(").append(Abstract.repr(name).value);
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        for (int i = 0; i < args.length; i++) {
            sb.append(", ");
            if (i >= npos) sb.append(kwnames[i - npos]).append('=');
            sb.append(Abstract.repr(args[i]).value);
        }
        return sb.append(')').toString();
    }
}
