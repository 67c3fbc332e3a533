package org.gilpy.ast;

/** Binary operators of {@link Expr.BinOp} and {@link Stmt.AugAssign}, with their symbols. */
public enum Operator {
    ADD("+"), SUB("-"), MULT("*"), MATMULT("@"), DIV("/"), MOD("%"), POW("**"),
    LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&"), FLOORDIV("//");

    public final String symbol;

    Operator(String symbol) { this.symbol = symbol; }
}
