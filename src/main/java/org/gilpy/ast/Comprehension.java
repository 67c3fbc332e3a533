package org.gilpy.ast;

import java.util.List;

/** One {@code for target in iter if cond...} clause of a comprehension. */
public record Comprehension(Pos pos, Expr target, Expr iter, List<Expr> ifs) implements Node {}
