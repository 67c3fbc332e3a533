package org.gilpy.ast;

/** One parameter: its name and optional annotation. */
public record Arg(Pos pos, String name, Expr annotation) implements Node {}
