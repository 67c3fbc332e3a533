package org.gilpy.objects;

/**
 * A bytes-like object whose contents a memoryview may write in place (bytearray, the
 * buffer of io.BytesIO). The object calls {@code exports().checkResizable()} before it
 * changes its size, and never replaces its backing array while an export is live.
 */
public interface WritableBytes extends BytesLike {
    /** The memoryviews exporting these bytes. */
    BufferExports exports();
}
