package org.gilpy.modules.io;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyTuple;

/** The checks {@code __setstate__} of BytesIO and StringIO share, with CPython's messages. */
final class IoState {
    private IoState() {}

    /** The items of a state tuple of exactly n items. */
    static PyObject[] items(PyObject state, int n, String owner) {
        if (!(state instanceof PyTuple t) || t.size() != n) {
            throw PyErr.typeError("%s.__setstate__ argument should be %d-tuple, got %s", owner, n, state.type.tpName());
        }
        return t.array().clone();
    }

    /** A position: an integer (message says otherwise, %s the type), not negative. */
    static long position(PyObject o, String notInt) {
        if (!(o instanceof PyInt) && notInt != null) throw PyErr.typeError(notInt, o.type.tpName());
        long p = Abstract.index(o).value;
        if (p < 0) throw PyErr.valueError("position value cannot be negative");
        return p;
    }

    static void checkDict(PyObject d, String which) {
        if (d != PyNone.NONE && !(d instanceof PyDict)) {
            throw PyErr.typeError("%s item of state should be a dict, got a %s", which, d.type.tpName());
        }
    }

    /** The entries of d (a dict or None) go into the stream's instance dict. */
    static void restoreDict(PyIOBase io, PyObject d) {
        if (d instanceof PyDict dict) Abstract.callMethod(io.getDict(), "update", dict);
    }

    /** A copy of the instance dict, or None when it is empty. */
    static PyObject dictOrNone(PyIOBase io) {
        PyDict d = io.getDict();
        return Abstract.len(d) == 0 ? PyNone.NONE : Abstract.callMethod(d, "copy");
    }
}
