package org.gilpy.ast;

/** A keyword argument {@code name=value}, or {@code **value} when name is null. */
public record Keyword(Pos pos, String name, Expr value) implements Node {}
