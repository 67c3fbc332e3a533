package org.gilpy.vm;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.gilpy.bytecode.Code;
import org.gilpy.bytecode.CodeFile;
import org.gilpy.compile.Precompiler;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyCode;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.parse.SourceDecoder;

/**
 * The import system: resolves relative names, imports parent packages first, and finds
 * a module in sys.modules, among the built-in (Java) modules, on sys.path (folders with
 * {@code name.py} or {@code name/__init__.py}), or among the {@code .py} modules shipped
 * in the jar under {@code org/gilpy/lib/}.
 */
public final class Importer {
    private Importer() {}

    private static final String LIB = "org/gilpy/lib/";

    static PyObject importName(Frame f, String name, PyObject fromlist, PyObject levelObj) {
        int level = PyInt.asInt(levelObj);
        return importModule(name, f.globals, fromlist, level);
    }

    /** {@code __import__(name, globals, None, fromlist, level)}. */
    public static PyObject importModule(String name, PyDict globals, PyObject fromlist, int level) {
        String abs = level > 0 ? resolve(name, globals, level) : name;
        if (abs.isEmpty()) throw PyErr.valueError("Empty module name");
        PyObject m = importAbsolute(abs);
        boolean hasFrom = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFrom) {
            if (level > 0 && name.isEmpty()) return m;
            String top = abs.substring(0, abs.indexOf('.') < 0 ? abs.length() : abs.indexOf('.'));
            if (level > 0) {
                int cut = abs.length() - name.length();
                top = abs.substring(0, cut + (name.indexOf('.') < 0 ? name.length() : name.indexOf('.')));
            }
            return modules().get(PyStr.of(top));
        }
        if (Abstract.lookupAttr(m, "__path__") != null) {
            for (PyObject item : Abstract.toArray(fromlist)) {
                String n = Abstract.str(item).value;
                if (!n.equals("*") && Abstract.lookupAttr(m, n) == null) {
                    try {
                        importAbsolute(abs + "." + n);
                    } catch (PyException e) {
                        if (!e.matches(PyExc.ModuleNotFoundError)) throw e;
                    }
                }
            }
        }
        return m;
    }

    private static PyDict modules() {
        return Interpreter.modules;
    }

    private static String resolve(String name, PyDict globals, int level) {
        PyObject pkg = globals.get(PyStr.of("__package__"));
        String base;
        if (pkg instanceof PyStr s) {
            base = s.value;
        } else {
            PyObject n = globals.get(PyStr.of("__name__"));
            String mod = n instanceof PyStr s ? s.value : "";
            base = globals.get(PyStr.of("__path__")) != null ? mod
                    : (mod.lastIndexOf('.') >= 0 ? mod.substring(0, mod.lastIndexOf('.')) : "");
        }
        if (base.isEmpty()) {
            throw PyErr.format(PyExc.ImportError, "attempted relative import with no known parent package");
        }
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) throw PyErr.format(PyExc.ImportError, "attempted relative import beyond top-level package");
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /**
     * Imports a dotted absolute name, parents first; returns what sys.modules holds for
     * it (usually a module, but any object placed there counts).
     */
    public static PyObject importAbsolute(String abs) {
        PyObject cached = cached(abs);
        if (cached != null) return cached;
        int dot = abs.lastIndexOf('.');
        PyObject parent = null;
        if (dot >= 0) {
            parent = importAbsolute(abs.substring(0, dot));
            cached = cached(abs);
            if (cached != null) return cached;
        }
        PyObject m = load(abs, parent);
        if (parent != null) Abstract.setAttr(parent, abs.substring(dot + 1), m);
        return m;
    }

    /** The sys.modules entry for name; null when absent; None there stops the import. */
    private static PyObject cached(String name) {
        PyObject cached = modules().get(PyStr.of(name));
        if (cached == PyNone.NONE) throw notFound(name, "import of " + name + " halted; None in sys.modules");
        return cached;
    }

    /** Modules whose code is running right now (their import has not finished). */
    private static final java.util.Set<String> INITIALIZING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private static PyObject load(String abs, PyObject parent) {
        if (parent == null) {
            Supplier<PyModule> builtin = Interpreter.BUILTIN_MODULES.get(abs);
            if (builtin != null) {
                PyModule m = builtin.get();
                setSpec(m, abs, null, null);
                modules().put(PyStr.of(abs), m);
                return m;
            }
        }
        Found found = find(abs, parent);
        if (found == null) throw notFound(abs, "No module named '" + abs + "'");
        return exec(abs, found, found.file(), found.pkgPath());
    }

    /** A module's source found on a search path: its text, its file name, its
     * {@code __path__} entry when it is a package, and for a module of the jar its code
     * compiled at build time ({@link CodeFile}), or null. */
    public record Found(String source, String file, String pkgPath, Code compiled) {
        Found(String source, String file, String pkgPath) {
            this(source, file, pkgPath, null);
        }
    }

    /** Looks for module abs (whose parent package, when dotted, is parent) on its search path. */
    static Found find(String abs, PyObject parent) {
        PyObject searchPath = null;
        if (parent != null) {
            searchPath = Abstract.lookupAttr(parent, "__path__");
            if (searchPath == null) {
                String pn = abs.substring(0, abs.lastIndexOf('.'));
                throw notFound(abs, "No module named '" + abs + "'; '" + pn + "' is not a package");
            }
        }
        return findOn(abs, searchPath);
    }

    /**
     * Looks for module abs on searchPath (a package's {@code __path__}; sys.path when null)
     * without importing anything: how the import statement would find it. importlib's
     * find_spec and reload ask through {@code modules/ImportlibModule}.
     */
    public static Found findOn(String abs, PyObject searchPath) {
        String last = abs.substring(abs.lastIndexOf('.') + 1);
        if (searchPath == null) searchPath = Interpreter.sysAttr("path");
        PyObject[] entries = searchPath == null ? new PyObject[0] : Abstract.toArray(searchPath);
        for (PyObject entry : entries) {
            Found f = findIn(Abstract.str(entry).value, abs, last);
            if (f != null) return f;
        }
        return null;
    }

    /** True when name is a module implemented in Java (a built-in module). */
    public static boolean isBuiltin(String name) {
        return Interpreter.BUILTIN_MODULES.containsKey(name);
    }

    /**
     * importlib's spec maker, {@code (name, file, pkgPath) -> ModuleSpec} (file None for a
     * built-in module); null until importlib is imported, and until then modules keep
     * {@code __spec__ = None} and {@code __loader__ = None}.
     */
    private static volatile PyObject specHook;

    public static void setSpecHook(PyObject hook) {
        specHook = hook == PyNone.NONE ? null : hook;
    }

    /** Sets {@code __spec__} and {@code __loader__} of a module being created, once importlib is there. */
    private static void setSpec(PyModule m, String name, String file, String pkgPath) {
        PyObject hook = specHook;
        if (hook == null) return;
        PyObject spec = Abstract.call(hook, PyStr.of(name), file == null ? PyNone.NONE : PyStr.of(file),
                pkgPath == null ? PyNone.NONE : PyStr.of(pkgPath));
        m.put("__spec__", spec);
        PyObject loader = Abstract.lookupAttr(spec, "loader");
        m.put("__loader__", loader == null ? PyNone.NONE : loader);
    }

    private static Found findIn(String dir, String abs, String last) {
        if (dir.startsWith("<jar>")) {
            String base = LIB + abs.replace('.', '/');
            if (resource(base + "/__init__.py") != null) {
                return fromJar(base + "/__init__.py", "<frozen " + abs + ">", "<jar>/" + abs.replace('.', '/'));
            }
            if (resource(base + ".py") != null) return fromJar(base + ".py", "<frozen " + abs + ">", null);
            return null;
        }
        Path d = Path.of(dir.isEmpty() ? "." : dir);
        Path pkgInit = d.resolve(last).resolve("__init__.py");
        if (Files.isRegularFile(pkgInit)) return new Found(readFile(pkgInit), display(pkgInit), display(d.resolve(last)));
        Path file = d.resolve(last + ".py");
        if (Files.isRegularFile(file)) return new Found(readFile(file), display(file), null);
        return null;
    }

    /**
     * {@code python -m name}: finds the module (a package runs its {@code __main__}
     * submodule), sets {@code sys.argv[0]} to its file, and runs it as {@code __main__}.
     * False when there is no such module.
     */
    public static boolean runModuleAsMain(String name) {
        int dot = name.lastIndexOf('.');
        PyObject parent = dot < 0 ? null : importAbsolute(name.substring(0, dot));
        Found found = find(name, parent);
        if (found == null) return false;
        if (found.pkgPath() != null) {
            importAbsolute(name);
            return runModuleAsMain(name + ".__main__");
        }
        String file = Path.of(found.file()).toAbsolutePath().normalize().toString();
        PyObject argv = Interpreter.sysAttr("argv");
        if (argv instanceof PyList l && Abstract.len(l) > 0) Abstract.setItem(l, PyInt.ZERO, PyStr.of(file));
        PyModule main = new PyModule("__main__");
        main.put("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        Interpreter.runMain(main, Interpreter.compile(found.source(), file, "exec"), file);
        return true;
    }

    private static String display(Path p) {
        return p.normalize().toString();
    }

    private static PyException notFound(String name, String msg) {
        PyException e = PyErr.format(PyExc.ModuleNotFoundError, msg);
        e.value.setAttr("name", PyStr.of(name));
        return e;
    }

    private static PyObject exec(String name, Found found, String file, String pkgPath) {
        PyModule m = new PyModule(name);
        m.put("__file__", PyStr.of(file));
        m.put("__builtins__", Interpreter.builtins);
        if (pkgPath != null) {
            m.put("__path__", PyList.wrap(new PyObject[] {PyStr.of(pkgPath)}));
            m.put("__package__", PyStr.of(name));
        } else {
            int dot = name.lastIndexOf('.');
            m.put("__package__", PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        setSpec(m, name, file, pkgPath);
        PyStr key = PyStr.of(name);
        modules().put(key, m);
        INITIALIZING.add(name);
        try {
            PyCode code = found.compiled() != null ? new PyCode(found.compiled())
                    : Interpreter.compile(found.source(), file, "exec");
            Eval.runCode(code, m.dict, m.dict);
        } catch (RuntimeException e) {
            modules().remove(key);
            throw e;
        } finally {
            INITIALIZING.remove(name);
        }
        PyObject fin = modules().get(key);
        if (fin == null) throw PyErr.format(PyExc.KeyError, "%s", Abstract.repr(key).value);
        return fin;
    }

    private static String readFile(Path p) {
        try {
            return SourceDecoder.decode(Files.readAllBytes(p), p.toString());
        } catch (IOException e) {
            throw PyErr.format(PyExc.ImportError, "cannot read %s: %s", p, e.getMessage());
        }
    }

    private static java.net.URL resource(String path) {
        return Importer.class.getClassLoader().getResource(path);
    }

    /** A module of the jar, with its precompiled code when the build made it from this source. */
    private static Found fromJar(String path, String file, String pkgPath) {
        byte[] raw = readResourceBytes(path);
        return new Found(SourceDecoder.decode(raw, path), file, pkgPath, precompiled(path, raw));
    }

    /** The code the build compiled from resource path, whose bytes are raw; null when there
     * is none or it was compiled from another source or by another format version. */
    static Code precompiled(String path, byte[] raw) {
        try (InputStream in = Importer.class.getClassLoader().getResourceAsStream(CodeFile.resourceFor(path))) {
            return in == null ? null
                    : CodeFile.read(new DataInputStream(new BufferedInputStream(in)), Precompiler.crc(raw));
        } catch (IOException e) {
            return null;  // unreadable: the source is compiled instead
        }
    }

    private static byte[] readResourceBytes(String path) {
        try (InputStream in = Importer.class.getClassLoader().getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw PyErr.format(PyExc.ImportError, "cannot read %s", path);
        }
    }

    static PyObject importFrom(PyObject module, String name) {
        PyObject v = Abstract.lookupAttr(module, name);
        if (v != null) return v;
        PyObject modName = Abstract.lookupAttr(module, "__name__");
        String mn = modName instanceof PyStr s ? s.value : "<unknown module name>";
        PyObject sub = modules().get(PyStr.of(mn + "." + name));
        if (sub != null) return sub;
        PyObject file = Abstract.lookupAttr(module, "__file__");
        String where = file instanceof PyStr s ? s.value : "unknown location";
        PyException e = INITIALIZING.contains(mn)
                ? PyErr.format(PyExc.ImportError, "cannot import name '%s' from partially initialized module '%s' "
                        + "(most likely due to a circular import) (%s)", name, mn, where)
                : PyErr.format(PyExc.ImportError, "cannot import name '%s' from '%s' (%s)", name, mn, where);
        e.value.setAttr("name", PyStr.of(mn));
        e.value.setAttr("path", file instanceof PyStr ? file : PyNone.NONE);
        return throwIt(e);
    }

    private static PyObject throwIt(PyException e) {
        throw e;
    }

    static void importStar(Frame f, PyObject module) {
        PyObject all = Abstract.lookupAttr(module, "__all__");
        PyDict d = module.getDict();
        PyObject[] names = all != null ? Abstract.toArray(all)
                : d == null ? new PyObject[0] : d.keys().toArray(new PyObject[0]);
        for (PyObject n : names) {
            String s = Abstract.str(n).value;
            if (all == null && s.startsWith("_")) continue;
            EvalOps.storeName(f, PyStr.intern(s), Abstract.getAttr(module, s));
        }
    }

    static PyTuple none() { return PyTuple.EMPTY; }
}
