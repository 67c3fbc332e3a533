package org.gilpy.compile;

import org.gilpy.ast.Pos;

/**
 * A warning the compiler found (CPython's {@code compiler_warn}): the category's name
 * ("SyntaxWarning"), the message and the span of the node. The VM issues it through
 * the warnings module once compiling succeeds; a filter that makes it an error turns it
 * into a SyntaxError at that span, as CPython does.
 */
public record CompileWarning(String category, String message, Pos pos) {}
