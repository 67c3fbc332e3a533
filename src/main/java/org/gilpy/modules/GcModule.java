package org.gilpy.modules;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;
import org.gilpy.objects.TypeBuilder;
import org.gilpy.objects.WeakRefs;
import org.gilpy.vm.Blocking;
import org.gilpy.vm.StackScrub;

/**
 * The {@code gc} module over the JVM's collector, which finds cycles by itself and cannot
 * be switched off. {@code collect()} asks the JVM for a collection
 * ({@link System#gc()}, without the GIL), runs the callbacks of the weak references it
 * cleared (repeating while callbacks free more, a few rounds at most), and returns 0: the JVM does not say how many
 * objects it freed. {@code disable()}/{@code enable()}/{@code isenabled()} keep a flag
 * and nothing more (the JVM collector keeps running); thresholds, debug flags and
 * {@code freeze} are recorded as given but have no effect; {@code get_count()} is always
 * (0, 0, 0) and {@code get_freeze_count()} 0. {@code callbacks} are called around each
 * {@code collect()} as CPython calls them. {@code is_tracked} answers as CPython would
 * for a new object: false for atoms (numbers, strings, bytes, None) and for tuples and
 * dicts that hold only untracked objects. {@code get_referents} lists what an object
 * refers to (see {@link #referents}); gilpy never runs {@code __del__}, so
 * {@code is_finalized} is always false. Not available: {@code get_objects} and
 * {@code get_referrers}, which would need a scan of the whole JVM heap.
 */
public final class GcModule {
    private GcModule() {}

    private static volatile boolean enabled = true;
    private static long threshold0 = 700, threshold1 = 10, threshold2 = 10;
    private static long debugFlags;
    private static final long[] COLLECTIONS = new long[3];
    private static PyList callbacks;

    public static synchronized PyModule create() {
        PyModule m = new PyModule("gc");
        m.put("__doc__", PyStr.of("This module provides access to the garbage collector for reference cycles.\n"));
        TypeBuilder.moduleFunctions(GcModule.class, m).forEach(m::put);
        m.put("garbage", new PyList());
        if (callbacks == null) callbacks = new PyList();
        m.put("callbacks", callbacks);
        m.put("DEBUG_STATS", PyInt.of(1));
        m.put("DEBUG_COLLECTABLE", PyInt.of(2));
        m.put("DEBUG_UNCOLLECTABLE", PyInt.of(4));
        m.put("DEBUG_SAVEALL", PyInt.of(32));
        m.put("DEBUG_LEAK", PyInt.of(38));
        return m;
    }

    @PyMethod(doc = """
            Run the garbage collector.

            With no arguments, run a full collection.  The optional argument
            may be an integer specifying which generation to collect.  A ValueError
            is raised if the generation number is invalid.

            The number of unreachable objects is returned.""")
    public static long collect(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("collect", args, kwnames, new String[] {"generation"}, 0);
        int gen = a[0] == null ? 2 : (int) Abstract.index(a[0]).value;
        if (gen < 0 || gen > 2) throw PyErr.valueError("invalid generation");
        notifyCallbacks("start", gen);
        // [weakref-delivery] callbacks and finalizers of what died run before collect() returns;
        // they may free more, so collect again (a few rounds at most) while anything died
        StackScrub.runningFrames();
        for (int round = 0; round < 4; round++) {
            Blocking.call(() -> {
                System.gc();
                return null;
            });
            if (WeakRefs.deliverCleared() == 0) break;
        }
        synchronized (COLLECTIONS) {
            COLLECTIONS[gen]++;
        }
        notifyCallbacks("stop", gen);
        return 0;
    }

    /** Calls each of gc.callbacks with (phase, info), as CPython does around a collection. */
    private static void notifyCallbacks(String phase, int gen) {
        PyList cbs = callbacks;
        if (cbs == null || cbs.size() == 0) return;
        PyDict info = new PyDict();
        info.put(PyStr.of("generation"), PyInt.of(gen));
        info.put(PyStr.of("collected"), PyInt.ZERO);
        info.put(PyStr.of("uncollectable"), PyInt.ZERO);
        for (PyObject cb : PyList.wrap(java.util.Arrays.copyOf(cbs.array(), cbs.size())).array()) {
            try {
                Abstract.call(cb, PyStr.of(phase), info);
            } catch (PyException e) {
                // CPython reports it as unraisable and goes on
                org.gilpy.objects.PyObject err = org.gilpy.vm.Interpreter.sysAttr("stderr");
                if (err != null && err != PyNone.NONE) {
                    Abstract.callMethod(err, "write", PyStr.of("Exception ignored in garbage collector callback: "
                            + Abstract.repr(cb).value + "\n" + org.gilpy.vm.TracebackPrinter.format(e.value)));
                }
            }
        }
    }

    @PyMethod(doc = "Enable automatic garbage collection.")
    public static void enable() { enabled = true; }

    @PyMethod(doc = "Disable automatic garbage collection.")
    public static void disable() { enabled = false; }

    @PyMethod(doc = "Returns true if automatic garbage collection is enabled.")
    public static boolean isenabled() { return enabled; }

    @PyMethod(doc = "Return the current collection counts as a tuple.")
    public static PyObject get_count() { return PyTuple.of(PyInt.ZERO, PyInt.ZERO, PyInt.ZERO); }

    @PyMethod(doc = "Return the current collection thresholds.")
    public static synchronized PyObject get_threshold() {
        return PyTuple.of(PyInt.of(threshold0), PyInt.of(threshold1), PyInt.of(threshold2));
    }

    @PyMethod(doc = "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\n"
            + "Sets the collection thresholds.  Setting threshold0 to zero disables\ncollection.\n")
    public static synchronized void set_threshold(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("set_threshold() takes no keyword arguments");
        if (args.length < 1) throw PyErr.typeError("set_threshold() takes at least 1 argument (0 given)");
        if (args.length > 3) throw PyErr.typeError("set_threshold() takes at most 3 arguments (%d given)", args.length);
        long[] t = {threshold0, threshold1, threshold2};
        for (int i = 0; i < args.length; i++) t[i] = intArg(args[i]);
        threshold0 = t[0];
        threshold1 = t[1];
        threshold2 = t[2];
    }

    private static long intArg(PyObject o) {
        if (o instanceof PyFloat) throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        return Abstract.index(o).value;
    }

    @PyMethod(doc = "Set the garbage collection debugging flags.")
    public static void set_debug(PyObject flags) { debugFlags = intArg(flags); }

    @PyMethod(doc = "Get the garbage collection debugging flags.")
    public static long get_debug() { return debugFlags; }

    @PyMethod(doc = "Return a list of dictionaries containing per-generation statistics.")
    public static PyObject get_stats() {
        PyList l = new PyList();
        synchronized (COLLECTIONS) {
            for (long n : COLLECTIONS) {
                PyDict d = new PyDict();
                d.put(PyStr.of("collections"), PyInt.of(n));
                d.put(PyStr.of("collected"), PyInt.ZERO);
                d.put(PyStr.of("uncollectable"), PyInt.ZERO);
                l.append(d);
            }
        }
        return l;
    }

    @PyMethod(doc = "Freeze all current tracked objects and ignore them for future collections.")
    public static void freeze() { }

    @PyMethod(doc = "Unfreeze all objects in the permanent generation.")
    public static void unfreeze() { }

    @PyMethod(doc = "Return the number of objects in the permanent generation.")
    public static long get_freeze_count() { return 0; }

    @PyMethod(doc = "Returns true if the object has been already finalized by the GC.")
    public static boolean is_finalized(PyObject o) {
        return false;   // gilpy's collector runs no finalizers (__del__ is never called)
    }

    @PyMethod(doc = """
            get_referents(*objs) -> list
            Return the list of objects that are directly referred to by objs.""")
    public static PyObject get_referents(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) throw PyErr.typeError("get_referents() takes no keyword arguments");
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        for (PyObject o : args) referents(o, out);
        return PyList.wrap(out.toArray(new PyObject[0]));
    }

    /**
     * What o refers to, in the order CPython's traversal visits it where the layouts agree:
     * an instance of a Python class gives its slot values, its __dict__ and its class, then
     * what its built-in base holds; lists and tuples give their items last to first; a dict
     * with only str keys its values, another dict each value then its key; sets their items;
     * numbers, strings and bytes nothing. Other built-in objects give the Python objects
     * their Java fields hold, in declaration order (CPython's order and choice differ there).
     * A gilpy instance always has its __dict__ object, where CPython may list the values of
     * a dict it has not made yet.
     */
    private static void referents(PyObject o, java.util.List<PyObject> out) {
        PyType t = o.type;
        if (!t.isBuiltin()) {
            if (o instanceof org.gilpy.objects.PyInstance inst) out.addAll(inst.slotValues());
            PyDict d = o.getDict();
            if (d != null) out.add(d);
            out.add(t);
            if (o instanceof org.gilpy.objects.PyInstance) return;
        }
        switch (o) {
            case PyList l -> {
                for (int i = l.size() - 1; i >= 0; i--) out.add(l.get(i));
            }
            case PyTuple tu -> {
                PyObject[] a = tu.array();
                for (int i = a.length - 1; i >= 0; i--) out.add(a[i]);
            }
            case PyDict d -> {
                boolean strKeys = true;
                for (var e : d.entries()) {
                    if (e.getKey().type != PyStr.TYPE) strKeys = false;
                }
                for (var e : d.entries()) {
                    out.add(e.getValue());
                    if (!strKeys) out.add(e.getKey());
                }
            }
            case org.gilpy.objects.SetBase set -> out.addAll(java.util.Arrays.asList(set.toArray()));
            case org.gilpy.objects.PyModule m -> out.add(m.getDict());
            case PyInt i -> { }
            case PyFloat f -> { }
            case PyStr str -> { }
            case PyBytes b -> { }
            case org.gilpy.objects.PyComplex c -> { }
            case org.gilpy.objects.PyByteArray b -> { }
            default -> {
                if (o == PyNone.NONE || !t.isBuiltin()) return;
                fieldReferents(o, out);
            }
        }
    }

    /** The non-null Python objects held by o's instance fields (and arrays of them), below PyObject's own. */
    private static void fieldReferents(PyObject o, java.util.List<PyObject> out) {
        java.util.ArrayDeque<Class<?>> chain = new java.util.ArrayDeque<>();
        for (Class<?> c = o.getClass(); c != PyObject.class && c != null; c = c.getSuperclass()) chain.push(c);
        for (Class<?> c : chain) {
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (java.lang.reflect.Modifier.isStatic(f.getModifiers())) continue;
                boolean one = PyObject.class.isAssignableFrom(f.getType());
                boolean many = f.getType().isArray() && PyObject.class.isAssignableFrom(f.getType().getComponentType());
                if (!one && !many) continue;
                Object v;
                try {
                    f.setAccessible(true);
                    v = f.get(o);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    continue;
                }
                if (v instanceof PyObject p) {
                    out.add(p);
                } else if (v instanceof PyObject[] arr) {
                    for (PyObject p : arr) {
                        if (p != null) out.add(p);
                    }
                }
            }
        }
    }

    @PyMethod(doc = "Returns true if the object is tracked by the garbage collector.")
    public static boolean is_tracked(PyObject o) { return tracked(o, 0); }

    /** CPython's rule for a new object: atoms are not tracked; tuples and dicts only when they hold tracked things. */
    private static boolean tracked(PyObject o, int depth) {
        if (depth > 50) return true;
        PyType t = o.type;
        if (o == PyNone.NONE || t == PyInt.TYPE || t == PyFloat.TYPE || t == PyStr.TYPE || t == PyBytes.TYPE) return false;
        String n = t.name;
        if (t.moduleName().equals("builtins") && (n.equals("bool") || n.equals("complex") || n.equals("bytearray")
                || n.equals("object") || n.equals("range") || n.equals("NotImplementedType") || n.equals("ellipsis"))) {
            return false;
        }
        if (t == PyTuple.TYPE) {
            for (PyObject x : ((PyTuple) o).array()) {
                if (tracked(x, depth + 1)) return true;
            }
            return false;
        }
        if (t == PyDict.TYPE) {
            for (var e : ((PyDict) o).entries()) {
                if (tracked(e.getKey(), depth + 1) || tracked(e.getValue(), depth + 1)) return true;
            }
            return false;
        }
        return true;
    }
}
