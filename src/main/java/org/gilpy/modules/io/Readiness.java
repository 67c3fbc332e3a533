package org.gilpy.modules.io;

/**
 * What {@code select.select} and {@code select.poll} ask of a gilpy file descriptor:
 * which of the poll(2) events hold now, and a way to be told when that may change, so
 * that a wait over several descriptors needs no polling loop. Pipes implement it
 * ({@link PipeBuffer}); a socket is an {@link Endpoint} and adds its NIO channel, which
 * the selector waits on directly. {@link Descriptors#readiness} finds it for a descriptor.
 */
public interface Readiness {
    /** The poll(2) event bits (Linux values). */
    int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32;

    /** The events among POLLIN, POLLOUT, POLLERR and POLLHUP that hold now (never blocks). */
    int poll();

    /**
     * Calls wake (from any thread, possibly at once) whenever {@link #poll} may have
     * changed, until the returned handle is closed.
     */
    Watch watch(Runnable wake);

    /** A registration made by {@link #watch}. */
    interface Watch extends AutoCloseable {
        @Override
        void close();
    }

    /** The readiness of a descriptor that is always ready (a regular file, as poll(2) says). */
    Readiness ALWAYS = new Readiness() {
        @Override
        public int poll() { return POLLIN | POLLOUT; }

        @Override
        public Watch watch(Runnable wake) { return () -> { }; }
    };
}
