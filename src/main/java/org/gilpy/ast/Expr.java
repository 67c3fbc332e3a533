package org.gilpy.ast;

import java.math.BigInteger;
import java.util.List;

/** Expressions, as CPython 3.11's {@code ast.expr} (no {@code Await}). */
public sealed interface Expr extends Node {

    /** {@code a and b and c}: two or more values. */
    record BoolOp(Pos pos, BoolOperator op, List<Expr> values) implements Expr {}
    /** {@code target := value}; target is a Name. */
    record NamedExpr(Pos pos, Expr target, Expr value) implements Expr {}
    record BinOp(Pos pos, Expr left, Operator op, Expr right) implements Expr {}
    record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {}
    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {}
    /** {@code body if test else orelse}. */
    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}
    /** A dict display; a null key means {@code **value}. */
    record Dict(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}
    record Set(Pos pos, List<Expr> elts) implements Expr {}
    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}
    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    /** {@code yield value}; value is null for a bare yield. */
    record Yield(Pos pos, Expr value) implements Expr {}
    record YieldFrom(Pos pos, Expr value) implements Expr {}
    /** {@code left op0 c0 op1 c1 ...}. */
    record Compare(Pos pos, Expr left, List<CmpOperator> ops, List<Expr> comparators) implements Expr {}
    /** A call; positional args may include {@link Starred}; keywords with null name are {@code **}. */
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}
    /**
     * One replacement field of an f-string. conversion is -1 (none) or 's', 'r', 'a';
     * formatSpec is null or a {@link JoinedStr}.
     */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr formatSpec) implements Expr {}
    /** An f-string: {@link Constant} str parts and {@link FormattedValue}s. */
    record JoinedStr(Pos pos, List<Expr> values) implements Expr {}
    /**
     * A literal. value is one of: {@link Long} or {@link BigInteger} (int), {@link Double}
     * (float), {@link Imaginary} (complex), {@link String} (str), {@link Bytes},
     * {@link Boolean}, {@link Singleton#NONE} or {@link Singleton#ELLIPSIS}.
     */
    record Constant(Pos pos, Object value) implements Expr {}
    record Attribute(Pos pos, Expr value, String attr, Ctx ctx) implements Expr {}
    /** {@code value[slice]}; slice may be a {@link Slice} or a {@link Tuple} containing slices. */
    record Subscript(Pos pos, Expr value, Expr slice, Ctx ctx) implements Expr {}
    record Starred(Pos pos, Expr value, Ctx ctx) implements Expr {}
    record Name(Pos pos, String id, Ctx ctx) implements Expr {}
    record List_(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {}
    record Tuple(Pos pos, List<Expr> elts, Ctx ctx) implements Expr {}
    /** {@code lower:upper:step}; each part may be null. */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}

    /** The imaginary literal {@code 3j}. */
    record Imaginary(double imag) {}

    /** A bytes literal; the array is never modified after parsing. */
    record Bytes(byte[] value) {}

    /** The literals that have no natural Java value. */
    enum Singleton { NONE, ELLIPSIS }
}
