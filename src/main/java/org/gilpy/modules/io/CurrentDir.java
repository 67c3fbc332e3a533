package org.gilpy.modules.io;

import java.nio.file.Path;

/**
 * gilpy's current working directory (tag {@code CWD}). A JVM cannot change the working
 * directory of its own process, so {@code os.chdir} changes this one instead, and every
 * relative path a Python program hands to the operating system is resolved against it:
 * {@code open()}/{@code FileIO}, the functions of {@code os} and the working directory
 * of child processes. It starts as the directory the process started in. (Imports and
 * tracebacks still read relative file names from the start directory, as CPython's
 * caches make them appear to.)
 */
public final class CurrentDir {
    private CurrentDir() {}

    private static volatile Path current = Path.of("").toAbsolutePath();

    /** The current directory, absolute. */
    public static Path get() { return current; }

    /** Makes dir (absolute, an existing directory: the caller checks) the current directory. */
    public static void set(Path dir) { current = dir.toAbsolutePath().normalize(); }

    /** A path as the OS would see it from the current directory: absolute paths unchanged. */
    public static Path resolve(String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : current.resolve(p);
    }
}
