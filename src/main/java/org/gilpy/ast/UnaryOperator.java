package org.gilpy.ast;

/** Unary operators of {@link Expr.UnaryOp}. */
public enum UnaryOperator { INVERT, NOT, UADD, USUB }
