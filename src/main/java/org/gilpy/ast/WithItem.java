package org.gilpy.ast;

/** {@code context as target} in a with statement; target is null when absent. */
public record WithItem(Pos pos, Expr context, Expr target) implements Node {}
