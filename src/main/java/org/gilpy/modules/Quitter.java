package org.gilpy.modules;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyType;
import org.gilpy.vm.Interpreter;

/** The {@code exit} and {@code quit} objects CPython's site module adds to builtins. */
public final class Quitter extends PyObject {
    public static final PyType TYPE = PyType.builtin("Quitter", Quitter.class, PyType.OBJECT, null);

    static {
        TYPE.dict().put(PyStr.of("__module__"), PyStr.of("_sitebuiltins"));
    }

    private final String name;

    Quitter(String name) {
        super(TYPE);
        this.name = name;
    }

    @PyMethod
    public String __repr__() {
        return "Use " + name + "() or Ctrl-D (i.e. EOF) to exit";
    }

    /** Closes sys.stdin, as CPython does, then raises SystemExit(code). */
    @PyMethod(optional = 1)
    public PyObject __call__(PyObject code) {
        PyObject stdin = Interpreter.sysAttr("stdin");
        if (stdin != null && stdin != PyNone.NONE && Abstract.lookupAttr(stdin, "close") != null) {
            try {
                Abstract.callMethod(stdin, "close");
            } catch (org.gilpy.objects.PyException e) {
                // CPython ignores a stdin that cannot be closed
            }
        }
        throw PyErr.systemExit(code == null ? PyNone.NONE : code);
    }
}
