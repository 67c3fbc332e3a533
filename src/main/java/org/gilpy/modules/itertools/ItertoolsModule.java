package org.gilpy.modules.itertools;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyGenericAlias;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.TypeBuilder;

/** CPython 3.11's {@code itertools}: the iterator types and {@code tee}. */
public final class ItertoolsModule {
    private ItertoolsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("itertools");
        TypeBuilder.moduleFunctions(ItertoolsModule.class, m).forEach(m::put);
        m.put("accumulate", Accumulate.TYPE);
        m.put("chain", Chain.TYPE);
        m.put("combinations", Combinations.TYPE);
        m.put("combinations_with_replacement", CombinationsWithReplacement.TYPE);
        m.put("compress", Compress.TYPE);
        m.put("count", Count.TYPE);
        m.put("cycle", Cycle.TYPE);
        m.put("dropwhile", Predicated.DROPWHILE);
        m.put("filterfalse", Predicated.FILTERFALSE);
        m.put("groupby", GroupBy.TYPE);
        m.put("_grouper", GroupBy.Grouper.TYPE);
        m.put("islice", ISlice.TYPE);
        m.put("pairwise", Pairwise.TYPE);
        m.put("permutations", Permutations.TYPE);
        m.put("product", Product.TYPE);
        m.put("repeat", Repeat.TYPE);
        m.put("starmap", StarMap.TYPE);
        m.put("takewhile", Predicated.TAKEWHILE);
        m.put("_tee", Tee.TYPE);
        m.put("zip_longest", ZipLongest.TYPE);
        PyGenericAlias.installClassGetItem(Chain.TYPE);
        return m;
    }

    /**
     * tee(iterable, n=2, /): n independent iterators over one iterable. An iterator that
     * can copy itself ({@code __copy__}, as {@code _tee} objects do) is copied; any
     * other is wrapped in a {@code _tee} first.
     */
    @PyMethod(optional = 1)
    public static PyObject tee(PyObject iterable, PyObject n) {
        int count = n == null ? 2 : Abstract.asSize(n);
        if (count < 0) throw PyErr.valueError("n must be >= 0");
        PyObject[] out = new PyObject[count];
        if (count == 0) return PyTuple.EMPTY;
        PyObject it = Abstract.iter(iterable);
        PyObject copyable = it.type.lookup("__copy__") != null ? it : Tee.fromIterator(it);
        out[0] = copyable;
        for (int i = 1; i < count; i++) out[i] = Abstract.callMethod(copyable, "__copy__");
        return PyTuple.of(out);
    }

    /** An index argument as a long, with OverflowError beyond 64 bits. */
    static long asLong(PyObject o) {
        return PyInt.asLong(Abstract.index(o));
    }
}
