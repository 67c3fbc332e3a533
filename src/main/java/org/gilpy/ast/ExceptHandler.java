package org.gilpy.ast;

import java.util.List;

/** {@code except type as name: body}; type and name are null when absent. */
public record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) implements Node {}
