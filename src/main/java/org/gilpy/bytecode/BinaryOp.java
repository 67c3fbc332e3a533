package org.gilpy.bytecode;

/**
 * The operand of {@link Opcode#BINARY_OP}: which operator, plain or in-place. The
 * ordinal is the operand; each constant names the dunder methods the object model tries.
 */
public enum BinaryOp {
    ADD("+", "__add__", "__radd__"),
    SUB("-", "__sub__", "__rsub__"),
    MUL("*", "__mul__", "__rmul__"),
    MATMUL("@", "__matmul__", "__rmatmul__"),
    TRUEDIV("/", "__truediv__", "__rtruediv__"),
    FLOORDIV("//", "__floordiv__", "__rfloordiv__"),
    MOD("%", "__mod__", "__rmod__"),
    POW("**", "__pow__", "__rpow__"),
    LSHIFT("<<", "__lshift__", "__rlshift__"),
    RSHIFT(">>", "__rshift__", "__rrshift__"),
    AND("&", "__and__", "__rand__"),
    OR("|", "__or__", "__ror__"),
    XOR("^", "__xor__", "__rxor__"),
    INPLACE_ADD(ADD), INPLACE_SUB(SUB), INPLACE_MUL(MUL), INPLACE_MATMUL(MATMUL),
    INPLACE_TRUEDIV(TRUEDIV), INPLACE_FLOORDIV(FLOORDIV), INPLACE_MOD(MOD),
    INPLACE_POW(POW), INPLACE_LSHIFT(LSHIFT), INPLACE_RSHIFT(RSHIFT),
    INPLACE_AND(AND), INPLACE_OR(OR), INPLACE_XOR(XOR);

    /** As shown in error messages: "+" or "+=". */
    public final String symbol;
    /** {@code __add__}; for an in-place operator, the plain operator's method. */
    public final String method;
    /** {@code __radd__}. */
    public final String reflected;
    /** {@code __iadd__} for in-place operators, null for plain ones. */
    public final String inplace;
    /** The plain operator: ADD for both ADD and INPLACE_ADD. */
    public final BinaryOp plain;

    private static final BinaryOp[] VALUES = values();

    BinaryOp(String symbol, String method, String reflected) {
        this.symbol = symbol;
        this.method = method;
        this.reflected = reflected;
        this.inplace = null;
        this.plain = this;
    }

    BinaryOp(BinaryOp plain) {
        this.symbol = plain.symbol + "=";
        this.method = plain.method;
        this.reflected = plain.reflected;
        this.inplace = "__i" + plain.method.substring(2);
        this.plain = plain;
    }

    public boolean isInplace() { return inplace != null; }

    /** The in-place form of a plain operator. */
    public BinaryOp toInplace() { return VALUES[ordinal() + INPLACE_ADD.ordinal()]; }

    public static BinaryOp of(int operand) { return VALUES[operand]; }
}
