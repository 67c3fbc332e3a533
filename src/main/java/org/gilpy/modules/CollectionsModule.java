package org.gilpy.modules;

import org.gilpy.objects.PyModule;

/** {@code _collections}: the deque type and its iterators, which {@code collections} re-exports. */
public final class CollectionsModule {
    private CollectionsModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_collections");
        m.put("deque", PyDeque.TYPE);
        m.put("_deque_iterator", PyDequeIterator.FORWARD);
        m.put("_deque_reverse_iterator", PyDequeIterator.REVERSE);
        return m;
    }
}
