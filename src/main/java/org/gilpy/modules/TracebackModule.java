package org.gilpy.modules;

import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.TypeBuilder;
import org.gilpy.vm.TracebackPrinter;

/**
 * {@code _traceback}: what lib/traceback.py needs from the interpreter's own traceback
 * display, so that both draw the same caret lines. CPython's traceback module finds the
 * operator of a span by parsing its text with {@code ast}; gilpy asks the parser through
 * {@link TracebackPrinter#caretAnchors}.
 */
public final class TracebackModule {
    private TracebackModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_traceback");
        TypeBuilder.moduleFunctions(TracebackModule.class, m).forEach(m::put);
        return m;
    }

    /** The terminal columns of {@code text}: East Asian wide and fullwidth characters count 2. */
    @PyMethod
    public static PyObject display_width(PyObject text) {
        if (!(text instanceof PyStr s)) {
            throw PyErr.typeError("display_width() argument must be str, not %s", text.type.tpName());
        }
        return PyInt.of(TracebackPrinter.displayWidth(s.value));
    }

    /** (left, right) of the operator or subscript of {@code segment}, or None. */
    @PyMethod
    public static PyObject caret_anchors(PyObject segment) {
        if (!(segment instanceof PyStr s)) {
            throw PyErr.typeError("caret_anchors() argument must be str, not %s", segment.type.tpName());
        }
        int[] a = TracebackPrinter.caretAnchors(s.value);
        return a == null ? PyNone.NONE : PyTuple.of(PyInt.of(a[0]), PyInt.of(a[1]));
    }
}
