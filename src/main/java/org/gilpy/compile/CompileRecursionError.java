package org.gilpy.compile;

/**
 * Thrown by {@link Compiler} when the source nests too deeply to compile (CPython's
 * {@code RecursionError: maximum recursion depth exceeded during compilation}); the VM
 * turns it into that RecursionError. Like CPython, the limit is on nesting depth
 * ({@link SymbolTable#MAX_NESTING} statements and expressions), and a Java stack overflow
 * while compiling is reported the same way.
 */
public final class CompileRecursionError extends RuntimeException {
    public CompileRecursionError() {
        super("maximum recursion depth exceeded during compilation", null, false, false);
    }
}
