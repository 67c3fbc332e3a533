package org.gilpy.modules;

import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyStr;

/** The {@code array} module: {@link PyArray} and the type codes it supports. */
public final class ArrayModule {
    private ArrayModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("array");
        m.put("array", PyArray.TYPE);
        m.put("ArrayType", PyArray.TYPE);
        m.put("typecodes", PyStr.of(PyArray.TYPECODES));
        return m;
    }
}
