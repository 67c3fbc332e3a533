package org.gilpy.modules.io;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads of a stream (the console, a pipe) that a signal can cut short, as a read(2) is
 * cut short with EINTR: Ctrl-C during {@code input()} raises KeyboardInterrupt at once.
 * A Java stream read cannot be interrupted, so one daemon thread per stream does the
 * reads, one request at a time, and the caller waits for its result in an interruptible
 * wait ({@link org.gilpy.vm.Blocking#interruptibly}). A request whose caller gave up keeps
 * its bytes for the next read, so nothing read is ever lost or reordered.
 */
final class InterruptibleInput {
    private final InputStream in;
    private Thread reader;
    /** Guarded by this: a request is being read (want > 0), and what the last read gave. */
    private int want;
    private byte[] data;
    private int dataPos, dataEnd;
    private boolean eof;
    private IOException error;

    InterruptibleInput(InputStream in) {
        this.in = in;
    }

    /** Reads at most n (> 0) bytes into b; returns the count, or -1 at end of file. */
    int read(byte[] b, int n) throws IOException {
        try {
            return org.gilpy.vm.Blocking.restartably(() -> {
                try {
                    return take(b, n);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private synchronized int take(byte[] b, int n) throws InterruptedException, IOException {
        while (true) {
            if (dataPos < dataEnd) {
                int k = Math.min(n, dataEnd - dataPos);
                System.arraycopy(data, dataPos, b, 0, k);
                dataPos += k;
                return k;
            }
            if (eof) {
                eof = false;   // a console can be read again after end of file (Ctrl-D)
                return -1;
            }
            if (error != null) {
                IOException e = error;
                error = null;
                throw e;
            }
            if (want == 0) {
                want = n;
                if (reader == null) {
                    reader = Thread.ofPlatform().daemon().name("gilpy-input").start(this::pump);
                }
                notifyAll();
            }
            wait();
        }
    }

    /** The reader thread: serves one request at a time, for ever. */
    private void pump() {
        while (true) {
            int n;
            synchronized (this) {
                while (want == 0) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                n = want;
            }
            byte[] buf = new byte[n];
            int r;
            IOException failed = null;
            try {
                r = in.read(buf, 0, n);
            } catch (IOException e) {
                r = 0;
                failed = e;
            }
            synchronized (this) {
                if (failed != null) error = failed;
                else if (r < 0) eof = true;
                else {
                    data = buf;
                    dataPos = 0;
                    dataEnd = r;
                }
                want = 0;
                notifyAll();
            }
        }
    }
}
