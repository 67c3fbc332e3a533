package org.gilpy.modules.io;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one place where the io package waits on the operating system or on another
 * thread (tag {@code BLOCKING-IO}): every read, write, seek, truncate, flush and close of
 * a file descriptor, pipe or console is a {@link #call}, and every wait for a stream's
 * lock is a {@link #lock}. Both release the GIL around the wait through
 * {@link org.gilpy.vm.Blocking}, the interpreter's one idiom for blocking calls. A
 * stream lock is always taken through {@link #lock} so that a thread
 * blocked on it never holds the GIL that the lock's owner needs to finish.
 */
final class Blocking {
    private Blocking() {}

    /** A system call that may block. */
    interface IoCall<T> {
        T run() throws IOException;
    }

    /** A system call that may block and returns nothing. */
    interface IoRun {
        void run() throws IOException;
    }

    /** Runs a blocking system call (the GIL will be released here). */
    static <T> T call(IoCall<T> action) throws IOException {
        return org.gilpy.vm.Blocking.call(action::run);
    }

    /** Runs a blocking system call that returns nothing. */
    static void run(IoRun action) throws IOException {
        org.gilpy.vm.Blocking.call(() -> {
            action.run();
            return null;
        });
    }

    /** Takes a stream's lock, waiting (without the GIL, later) only when it is contended. */
    static void lock(ReentrantLock lock) {
        if (!lock.tryLock()) {
            org.gilpy.vm.Blocking.call(() -> {
                lock.lock();
                return null;
            });
        }
    }
}
