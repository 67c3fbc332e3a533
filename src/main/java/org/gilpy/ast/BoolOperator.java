package org.gilpy.ast;

/** {@code and} / {@code or} of {@link Expr.BoolOp}. */
public enum BoolOperator { AND, OR }
