package org.gilpy.ast;

/** Anything with a source position. */
public sealed interface Node permits Expr, Stmt, Mod, Arg, Arguments, Keyword, Alias,
        WithItem, ExceptHandler, Comprehension {
    Pos pos();
}
