package org.gilpy.ast;

import java.util.List;

/** A whole compilation unit: a module, an interactive statement, or an eval expression. */
public sealed interface Mod extends Node {
    /** A file or {@code exec} source. */
    record Module(Pos pos, List<Stmt> body) implements Mod {}
    /** One statement typed at the interactive prompt (expression statements are echoed). */
    record Interactive(Pos pos, List<Stmt> body) implements Mod {}
    /** An {@code eval} source: one expression. */
    record Expression(Pos pos, Expr body) implements Mod {}
}
