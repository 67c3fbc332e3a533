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

    /**
     * PEP 560: a base that is not a class but has {@code __mro_entries__} (such as
     * {@code list[int]}) is replaced by the classes that method returns. Returns the
     * same array when no base was replaced.
     */
    static PyObject[] resolveBases(PyObject[] bases) {
        java.util.List<PyObject> out = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject b = bases[i];
            PyObject me = b instanceof PyType ? null : Abstract.lookupAttr(b, "__mro_entries__");
            if (me == null) {
                if (out != null) out.add(b);
                continue;
            }
            if (out == null) out = new java.util.ArrayList<>(java.util.Arrays.asList(bases).subList(0, i));
            PyObject entries = Abstract.call(me, PyTuple.of(bases));
            if (!(entries instanceof PyTuple t)) throw PyErr.typeError("__mro_entries__ must return a tuple");
            java.util.Collections.addAll(out, t.array());
        }
        return out == null ? bases : out.toArray(new PyObject[0]);
    }

    public static PyObject build(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos < 2) throw PyErr.typeError("__build_class__: not enough arguments");
        if (!(args[0] instanceof PyFunction body)) throw PyErr.typeError("__build_class__: func must be a function");
        if (!(args[1] instanceof PyStr name)) throw PyErr.typeError("__build_class__: name is not a string");
        PyObject[] origBases = new PyObject[npos - 2];
        System.arraycopy(args, 2, origBases, 0, origBases.length);
        PyObject[] bases = resolveBases(origBases);
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
        if (bases != origBases) Abstract.setItem(ns, PyStr.of("__orig_bases__"), PyTuple.of(origBases));
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
