package org.gilpy.bytecode;

/** The operand of {@link Opcode#COMPARE_OP}; each names its method and its reflection. */
public enum CompareOp {
    LT("<", "__lt__", "__gt__"),
    LE("<=", "__le__", "__ge__"),
    EQ("==", "__eq__", "__eq__"),
    NE("!=", "__ne__", "__ne__"),
    GT(">", "__gt__", "__lt__"),
    GE(">=", "__ge__", "__le__");

    public final String symbol;
    public final String method;
    /** The method tried on the right operand: {@code a < b} falls back to {@code b > a}. */
    public final String reflected;

    private static final CompareOp[] VALUES = values();

    CompareOp(String symbol, String method, String reflected) {
        this.symbol = symbol;
        this.method = method;
        this.reflected = reflected;
    }

    public static CompareOp of(int operand) { return VALUES[operand]; }
}
