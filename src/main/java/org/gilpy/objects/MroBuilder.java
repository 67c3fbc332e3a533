package org.gilpy.objects;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** C3 linearization of a class's bases, as Python 2.3+ computes {@code __mro__}. */
final class MroBuilder {
    private MroBuilder() {}

    static PyType[] compute(PyType t, PyType[] bases) {
        List<List<PyType>> seqs = new ArrayList<>();
        for (PyType b : bases) {
            seqs.add(new ArrayList<>(List.of(b.mro)));
        }
        seqs.add(new ArrayList<>(List.of(bases)));
        List<PyType> out = new ArrayList<>();
        out.add(t);
        while (true) {
            seqs.removeIf(List::isEmpty);
            if (seqs.isEmpty()) {
                return out.toArray(new PyType[0]);
            }
            PyType next = null;
            for (List<PyType> s : seqs) {
                PyType head = s.get(0);
                if (!inTail(seqs, head)) {
                    next = head;
                    break;
                }
            }
            if (next == null) {
                throw inconsistent(seqs);
            }
            out.add(next);
            for (List<PyType> s : seqs) {
                if (s.get(0) == next) s.remove(0);
            }
        }
    }

    private static boolean inTail(List<List<PyType>> seqs, PyType t) {
        for (List<PyType> s : seqs) {
            for (int i = 1; i < s.size(); i++) {
                if (s.get(i) == t) return true;
            }
        }
        return false;
    }

    private static PyException inconsistent(List<List<PyType>> seqs) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (List<PyType> s : seqs) names.add(s.get(0).name);
        return PyErr.typeError("Cannot create a consistent method resolution\norder (MRO) for bases %s",
                String.join(", ", names));
    }
}
