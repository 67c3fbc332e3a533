package org.gilpy.ast;

import java.util.List;

/**
 * Statements, as CPython 3.11's {@code ast.stmt} (no async forms, no match, no
 * {@code try/except*}), plus the Python 2 {@link Print} statement.
 */
public sealed interface Stmt extends Node {

    record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body,
                       List<Expr> decorators, Expr returns) implements Stmt {}
    record ClassDef(Pos pos, String name, List<Expr> bases, List<Keyword> keywords,
                    List<Stmt> body, List<Expr> decorators) implements Stmt {}
    /** {@code return value}; value is null for a bare return. */
    record Return(Pos pos, Expr value) implements Stmt {}
    record Delete(Pos pos, List<Expr> targets) implements Stmt {}
    /** {@code t1 = t2 = value}. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}
    record AugAssign(Pos pos, Expr target, Operator op, Expr value) implements Stmt {}
    /** {@code target: annotation = value}; value may be null; simple is true for a plain unparenthesized name. */
    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {}
    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record With(Pos pos, List<WithItem> items, List<Stmt> body) implements Stmt {}
    /** {@code raise exc from cause}; both may be null. */
    record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {}
    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
               List<Stmt> finalbody) implements Stmt {}
    record Assert(Pos pos, Expr test, Expr msg) implements Stmt {}
    record Import(Pos pos, List<Alias> names) implements Stmt {}
    /** {@code from .module import names}; module is null for {@code from . import x}. */
    record ImportFrom(Pos pos, String module, List<Alias> names, int level) implements Stmt {}
    record Global(Pos pos, List<String> names) implements Stmt {}
    record Nonlocal(Pos pos, List<String> names) implements Stmt {}
    /** An expression statement. */
    record ExprStmt(Pos pos, Expr value) implements Stmt {}
    record Pass(Pos pos) implements Stmt {}
    record Break(Pos pos) implements Stmt {}
    record Continue(Pos pos) implements Stmt {}
    /**
     * Python 2's {@code print >>dest, v1, v2,}: dest is null for sys.stdout; newline is
     * false when the statement ends with a comma (the soft space is left pending).
     */
    record Print(Pos pos, Expr dest, List<Expr> values, boolean newline) implements Stmt {}
}
