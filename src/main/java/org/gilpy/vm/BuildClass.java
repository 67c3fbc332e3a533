package org.gilpy.vm;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyCell;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * {@code builtins.__build_class__(func, name, *bases, metaclass=None, **kw)}: what a
 * class statement calls. Resolves the metaclass and {@code __mro_entries__}, prepares
 * the namespace, runs the class body with it, calls the metaclass, and checks the
 * {@code __class__} cell.
 */
public final class BuildClass {
    private BuildClass() {}

    public static PyObject build(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 2) throw PyErr.typeError("__build_class__: not enough arguments");
        if (!(args[0] instanceof PyFunction body)) throw PyErr.typeError("__build_class__: func must be a function");
        if (!(args[1] instanceof PyStr name)) throw PyErr.typeError("__build_class__: name is not a string");
        PyObject[] bases = new PyObject[npos - 2];
        System.arraycopy(args, 2, bases, 0, bases.length);
        PyObject meta = null;
        java.util.List<String> kwn = new java.util.ArrayList<>();
        java.util.List<PyObject> kwv = new java.util.ArrayList<>();
        for (int i = 0; i < nkw; i++) {
            if (kwnames[i].equals("metaclass")) meta = args[npos + i];
            else {
                kwn.add(kwnames[i]);
                kwv.add(args[npos + i]);
            }
        }
        if (meta == null) {
            meta = bases.length == 0 ? PyType.TYPE : bases[0].type;
        }
        if (meta instanceof PyType mt) {
            PyType w = mt;
            for (PyObject b : bases) {
                PyType bt = b.type;
                if (w.isSubtypeOf(bt)) continue;
                if (bt.isSubtypeOf(w)) { w = bt; continue; }
                throw PyErr.typeError("metaclass conflict: the metaclass of a derived class must be a "
                        + "(non-strict) subclass of the metaclasses of all its bases");
            }
            meta = w;
        }
        PyObject[] kwValues = kwv.toArray(new PyObject[0]);
        String[] kwNames = kwn.toArray(new String[0]);
        PyObject prepare = Abstract.lookupAttr(meta, "__prepare__");
        PyObject ns;
        if (prepare != null) {
            PyObject[] pa = new PyObject[2 + kwValues.length];
            pa[0] = name;
            pa[1] = PyTuple.of(bases.clone());
            System.arraycopy(kwValues, 0, pa, 2, kwValues.length);
            ns = Abstract.call(prepare, pa, kwNames.length == 0 ? null : kwNames);
        } else {
            ns = new PyDict();
        }
        Frame f = new Frame(body.code, body.globals, body.builtins, ns);
        EvalOps.initCells(f, body);
        PyObject cell = Eval.run(f);
        PyObject[] ma = new PyObject[3 + kwValues.length];
        ma[0] = name;
        ma[1] = PyTuple.of(bases);
        ma[2] = ns;
        System.arraycopy(kwValues, 0, ma, 3, kwValues.length);
        PyObject cls = Abstract.call(meta, ma, kwNames.length == 0 ? null : kwNames);
        if (cell instanceof PyCell c && c.value != cls) {
            if (c.value == null) {
                throw PyErr.runtimeError("__class__ not set defining '%s' as %s. Was __classcell__ propagated to type.__new__?",
                        name.value, Abstract.repr(cls).value);
            }
        }
        return cls;
    }
}
