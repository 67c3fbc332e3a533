package org.gilpy.objects;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the dict of a built-in type (or the functions of a built-in module) from the
 * {@link PyMethod}, {@link PyGetter} and {@link PySetter} annotations of a Java class:
 * each declaration becomes a method descriptor, classmethod descriptor, staticmethod,
 * {@code __new__}, getset descriptor or module function, with a method handle adapted
 * to the one shape {@link JavaFunction} invokes.
 */
public final class TypeBuilder {
    private TypeBuilder() {}

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    static PyDict build(PyType type, Class<?> javaClass) {
        PyDict dict = new PyDict();
        if (javaClass != null) {
            Map<String, MethodHandle[]> getsets = new LinkedHashMap<>();
            for (Method m : sortedMethods(javaClass)) {
                PyMethod pm = m.getAnnotation(PyMethod.class);
                if (pm != null) {
                    declare(dict, type, m, pm);
                }
                PyGetter g = m.getAnnotation(PyGetter.class);
                if (g != null) {
                    getsets.computeIfAbsent(g.value(), k -> new MethodHandle[2])[0] = handle(m, true);
                }
                PySetter s = m.getAnnotation(PySetter.class);
                if (s != null) {
                    getsets.computeIfAbsent(s.value(), k -> new MethodHandle[2])[1] = setterHandle(m);
                }
            }
            for (Map.Entry<String, MethodHandle[]> e : getsets.entrySet()) {
                dict.put(PyStr.of(e.getKey()),
                        new PyGetSetDescriptor(type, e.getKey(), e.getValue()[0], e.getValue()[1]));
            }
            for (java.lang.reflect.Field f : javaClass.getDeclaredFields()) {
                PyAttribute a = f.getAnnotation(PyAttribute.class);
                if (a != null) dict.put(PyStr.of(a.value()), staticValue(f));
            }
        }
        if (javaClass != null) addProtocolSlots(dict, type, javaClass);
        if (dict.get(PyStr.of("__doc__")) == null) {
            dict.put(PyStr.of("__doc__"), PyNone.NONE);
        }
        return dict;
    }

    // ---- Java protocols shown to Python -------------------------------------------

    /**
     * Java classes that take part in calls or the descriptor protocol through Java
     * overrides ({@link PyObject#call}, {@link Descriptor}) show it to Python as
     * {@code __call__}, {@code __get__}, {@code __set__} and {@code __delete__}, unless
     * they declare those themselves.
     */
    private static void addProtocolSlots(PyDict dict, PyType type, Class<?> javaClass) {
        if (overrides(javaClass, PyObject.class, "call", PyObject[].class, String[].class)) {
            addSlot(dict, type, "__call__", -1, 0, "slotCall", PyObject[].class, String[].class);
        }
        if (Descriptor.class.isAssignableFrom(javaClass)) {
            addSlot(dict, type, "__get__", 2, 1, "slotGet", PyObject.class, PyObject.class);
            if (overrides(javaClass, Descriptor.class, "descrSet", PyObject.class, PyObject.class)) {
                addSlot(dict, type, "__set__", 2, 0, "slotSet", PyObject.class, PyObject.class);
                addSlot(dict, type, "__delete__", 1, 0, "slotDelete", PyObject.class);
            }
        }
    }

    private static boolean overrides(Class<?> c, Class<?> base, String name, Class<?>... params) {
        try {
            return c.getMethod(name, params).getDeclaringClass() != base;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static void addSlot(PyDict dict, PyType type, String name, int arity, int optional,
                                String impl, Class<?>... params) {
        if (dict.get(PyStr.of(name)) != null) return;
        try {
            Class<?>[] all = new Class<?>[params.length + 1];
            all[0] = PyObject.class;
            System.arraycopy(params, 0, all, 1, params.length);
            MethodHandle mh = LOOKUP.findStatic(TypeBuilder.class, impl, MethodType.methodType(PyObject.class, all));
            JavaFunction f = new JavaFunction(name, type.name + "." + name, "", arity, optional, mh);
            dict.put(PyStr.of(name), new PyMethodDescriptor(type, f));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PyObject slotCall(PyObject self, PyObject[] args, String[] kwnames) {
        return self.call(args, kwnames);
    }

    private static PyObject slotGet(PyObject self, PyObject obj, PyObject owner) {
        boolean noObj = obj == PyNone.NONE;
        if (owner == PyNone.NONE) owner = null;
        if (noObj && owner == null) throw PyErr.typeError("__get__(None, None) is invalid");
        if (owner != null && !(owner instanceof PyType)) {
            throw PyErr.typeError("__get__(obj, type): type must be a type, not %s", owner.type.tpName());
        }
        return ((Descriptor) self).descrGet(noObj ? null : obj, owner != null ? (PyType) owner : obj.type);
    }

    private static PyObject slotSet(PyObject self, PyObject obj, PyObject value) {
        ((Descriptor) self).descrSet(obj, value);
        return PyNone.NONE;
    }

    private static PyObject slotDelete(PyObject self, PyObject obj) {
        ((Descriptor) self).descrSet(obj, null);
        return PyNone.NONE;
    }

    private static PyObject staticValue(java.lang.reflect.Field f) {
        try {
            f.setAccessible(true);
            return (PyObject) f.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot access " + f, e);
        }
    }

    /** The functions a built-in module's Java class declares, by Python name. */
    public static Map<String, PyObject> moduleFunctions(Class<?> javaClass, PyObject module) {
        Map<String, PyObject> out = new LinkedHashMap<>();
        for (Method m : sortedMethods(javaClass)) {
            PyMethod pm = m.getAnnotation(PyMethod.class);
            if (pm == null) continue;
            String name = pm.value().isEmpty() ? m.getName() : pm.value();
            // messages name module functions "math.sqrt()", as CPython does (builtins stay bare)
            String display = module instanceof PyModule mod && !mod.name().equals("builtins")
                    ? mod.name() + "." + name : name;
            out.put(name, new PyBuiltinFunction(function(m, pm, name, display, false), module));
        }
        return out;
    }

    /**
     * The methods declared by c and by its abstract Java superclasses below PyObject
     * (such as PyIterator): those have no Python type of their own, so their
     * declarations belong to every concrete type built on them. A method c overrides
     * is taken from c.
     */
    private static Method[] sortedMethods(Class<?> c) {
        java.util.Map<String, Method> bySig = new java.util.LinkedHashMap<>();
        for (Class<?> k = c; k != null && k != PyObject.class; k = k.getSuperclass()) {
            if (k != c && !Modifier.isAbstract(k.getModifiers())) break;
            for (Method m : k.getDeclaredMethods()) {
                if (m.isSynthetic() || m.isBridge()) continue;
                bySig.putIfAbsent(m.getName() + Arrays.toString(m.getParameterTypes()), m);
            }
        }
        if (c == PyObject.class) {
            for (Method m : c.getDeclaredMethods()) bySig.putIfAbsent(m.getName() + Arrays.toString(m.getParameterTypes()), m);
        }
        Method[] ms = bySig.values().toArray(new Method[0]);
        Arrays.sort(ms, Comparator.comparing(Method::getName).thenComparing(m -> m.getParameterCount()));
        return ms;
    }

    private static void declare(PyDict dict, PyType type, Method m, PyMethod pm) {
        String name = pm.value().isEmpty() ? m.getName() : pm.value();
        String display = type.name + "." + name;
        PyObject entry = switch (pm.kind()) {
            case METHOD -> new PyMethodDescriptor(type, function(m, pm, name, display, true));
            case CLASSMETHOD -> new PyClassMethodDescriptor(type, function(m, pm, name, display, true));
            case STATICMETHOD -> new PyStaticMethod(new PyBuiltinFunction(function(m, pm, name, display, false), null));
            case NEW -> new PyBuiltinFunction(PyBuiltinFunction.newWrapper(type, function(m, pm, name, display, true)), type);
        };
        dict.put(PyStr.of(name), entry);
    }

    /**
     * Adapts m to (PyObject self, ...) -> PyObject. {@code selfFirst}: m's first Java
     * parameter (or receiver) is the Python self; otherwise a leading self is dropped.
     */
    private static JavaFunction function(Method m, PyMethod pm, String name, String display, boolean selfFirst) {
        MethodHandle mh = handle(m, false);
        Class<?>[] params = m.getParameterTypes();
        boolean receiver = !Modifier.isStatic(m.getModifiers());
        int pyParams = params.length - (receiver ? 0 : (selfFirst ? 1 : 0));
        if (!selfFirst) {
            mh = MethodHandles.dropArguments(mh, 0, PyObject.class);
        }
        boolean general = params.length >= 2 && params[params.length - 2] == PyObject[].class
                && params[params.length - 1] == String[].class;
        int arity = general ? -1 : pyParams;
        if (arity > 4) throw new IllegalStateException("too many parameters: " + m);
        mh = mh.asType(general
                ? MethodType.methodType(PyObject.class, PyObject.class, PyObject[].class, String[].class)
                : MethodType.methodType(PyObject.class, java.util.Collections.nCopies(arity + 1, PyObject.class)));
        return new JavaFunction(name, display, pm.doc(), arity, pm.optional(), mh);
    }

    /** An unreflected handle whose return value is converted to a PyObject. */
    static MethodHandle handle(Method m, boolean getter) {
        try {
            MethodHandle mh = MethodHandles.privateLookupIn(m.getDeclaringClass(), LOOKUP).unreflect(m);
            mh = convertReturn(mh);
            if (getter) {
                mh = mh.asType(MethodType.methodType(PyObject.class, PyObject.class));
            }
            return mh;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot access " + m, e);
        }
    }

    private static MethodHandle setterHandle(Method m) {
        try {
            MethodHandle mh = MethodHandles.privateLookupIn(m.getDeclaringClass(), LOOKUP).unreflect(m);
            return mh.asType(MethodType.methodType(void.class, PyObject.class, PyObject.class));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot access " + m, e);
        }
    }

    private static MethodHandle convertReturn(MethodHandle mh) {
        Class<?> r = mh.type().returnType();
        try {
            if (r == void.class) {
                return MethodHandles.collectArguments(MethodHandles.constant(PyObject.class, PyNone.NONE), 0, mh);
            }
            if (PyObject.class.isAssignableFrom(r)) {
                return mh.asType(mh.type().changeReturnType(PyObject.class));
            }
            MethodHandle conv;
            if (r == boolean.class) {
                conv = LOOKUP.findStatic(PyBool.class, "of", MethodType.methodType(PyBool.class, boolean.class));
            } else if (r == int.class || r == long.class) {
                conv = LOOKUP.findStatic(PyInt.class, "of", MethodType.methodType(PyInt.class, long.class));
                mh = mh.asType(mh.type().changeReturnType(long.class));
            } else if (r == double.class) {
                conv = LOOKUP.findStatic(PyFloat.class, "of", MethodType.methodType(PyFloat.class, double.class));
            } else if (r == String.class) {
                conv = LOOKUP.findStatic(PyStr.class, "of", MethodType.methodType(PyStr.class, String.class));
            } else {
                throw new IllegalStateException("unsupported return type " + r);
            }
            mh = MethodHandles.filterReturnValue(mh, conv);
            return mh.asType(mh.type().changeReturnType(PyObject.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
