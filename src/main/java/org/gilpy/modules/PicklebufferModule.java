package org.gilpy.modules;

import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyPickleBuffer;

/** {@code _picklebuffer}: gilpy's home of {@code pickle.PickleBuffer}, which {@code lib/pickle.py} re-exports. */
public final class PicklebufferModule {
    private PicklebufferModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_picklebuffer");
        m.put("PickleBuffer", PyPickleBuffer.TYPE);
        return m;
    }
}
