/**
 * The {@code io} module (also importable as {@code _io}): CPython's layered file objects.
 * Raw I/O ({@link org.gilpy.modules.io.PyFileIO}) talks to the operating system, buffered
 * I/O ({@link org.gilpy.modules.io.PyBuffered}) batches it, text I/O
 * ({@link org.gilpy.modules.io.PyTextIOWrapper}) decodes and translates newlines;
 * {@link org.gilpy.modules.io.PyStringIO} and {@link org.gilpy.modules.io.PyBytesIO} live
 * in memory. {@link org.gilpy.modules.io.StdStreams} builds {@code sys.stdin/stdout/stderr}.
 *
 * <p>Every call that may block on a file, pipe or console goes through
 * {@link org.gilpy.modules.io.Blocking} (greppable tag: {@code BLOCKING-IO}), the one
 * place where the GIL will be released.
 *
 * <p>Imports: vm, objects (as the rest of {@code modules}).
 */
package org.gilpy.modules.io;
