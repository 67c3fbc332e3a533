package org.gilpy.objects;

/**
 * An object that lends another object's buffer ({@code pickle.PickleBuffer}):
 * {@code memoryview(proxy)} is a view of {@link #bufferView()}, readonly exactly when
 * that view is.
 */
public interface BufferProxy {
    /** The view whose bytes this object exports; raises when the proxy is released. */
    PyMemoryView bufferView();
}
