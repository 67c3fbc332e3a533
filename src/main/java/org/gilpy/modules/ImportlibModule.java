package org.gilpy.modules;

import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.TypeBuilder;
import org.gilpy.objects.Abstract;
import org.gilpy.vm.Importer;

/**
 * {@code _importlib}: what the Python package {@code importlib} needs from gilpy's import
 * system ({@code vm/Importer}), which does not go through sys.meta_path: finding a
 * module's source the way the import statement would, without importing it, and the
 * hook through which importlib gives every module imported after it a {@code __spec__}
 * and {@code __loader__}.
 */
public final class ImportlibModule {
    private ImportlibModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_importlib");
        m.put("__doc__", PyStr.of("The import system's side of importlib (gilpy)."));
        TypeBuilder.moduleFunctions(ImportlibModule.class, m).forEach(m::put);
        return m;
    }

    @PyMethod(optional = 1, doc = """
            find(name, path=None) -> (origin, source, package_path) or None

            Where the import statement would find module name (a dotted name): on path,
            a package's __path__, or on sys.path when path is None. origin is the file
            ('<frozen name>' for a module shipped with gilpy), source its text,
            package_path the package's __path__ entry or None for a plain module.""")
    public static PyObject find(PyObject name, PyObject path) {
        Importer.Found f = Importer.findOn(Abstract.str(name).value, path == null || path == PyNone.NONE ? null : path);
        if (f == null) return PyNone.NONE;
        return PyTuple.of(PyStr.of(f.file()), PyStr.of(f.source()),
                f.pkgPath() == null ? PyNone.NONE : PyStr.of(f.pkgPath()));
    }

    @PyMethod(doc = "Whether name is a built-in module (implemented in Java, imported without a search).")
    public static boolean is_builtin(PyObject name) {
        return Importer.isBuiltin(Abstract.str(name).value);
    }

    @PyMethod(doc = "Sets the function (name, origin, package_path) -> ModuleSpec the importer calls for each new module; None removes it.")
    public static PyObject set_spec_hook(PyObject hook) {
        Importer.setSpecHook(hook);
        return PyNone.NONE;
    }
}
