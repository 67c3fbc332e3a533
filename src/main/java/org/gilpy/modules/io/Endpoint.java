package org.gilpy.modules.io;

import java.io.IOException;
import java.nio.channels.SelectableChannel;

/**
 * What owns a descriptor that is neither a file nor a pipe (a socket): {@code os.read},
 * {@code os.write} and {@code os.close} on the descriptor reach it through here, and
 * {@code select} waits on its {@link #channel} (with {@link #interest} telling which
 * selector operations stand for POLLIN and POLLOUT). Registered with
 * {@link Descriptors#register}.
 */
public interface Endpoint extends Readiness {
    /** Reads at most n bytes into b, blocking; 0 at end of stream. */
    int read(byte[] b, int n) throws IOException;

    /** Writes all of b[0..n), blocking. */
    void write(byte[] b, int n) throws IOException;

    /** The descriptor is closed (the endpoint may live on under another descriptor). */
    void close() throws IOException;

    /** The non-blocking channel a selector can wait on now, or null (then {@link #poll} and {@link #watch} are used). */
    SelectableChannel channel();

    /** True when data was read ahead (MSG_PEEK): readable although the channel may have nothing. */
    boolean readAhead();

    /** The selector operations (SelectionKey.OP_*) that mean POLLIN (readIn) or POLLOUT for the channel. */
    int interest(boolean readIn);
}
