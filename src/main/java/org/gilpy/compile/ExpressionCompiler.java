package org.gilpy.compile;

import java.util.List;
import org.gilpy.ast.BoolOperator;
import org.gilpy.ast.CmpOperator;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Operator;
import org.gilpy.ast.Pos;
import org.gilpy.bytecode.BinaryOp;
import org.gilpy.bytecode.CompareOp;
import org.gilpy.bytecode.Constants;
import org.gilpy.bytecode.Opcode;

/**
 * Code for expressions evaluated for their value, and {@link #jumpIf} for expressions
 * evaluated only to branch (CPython's compiler_jump_if: {@code not}, {@code and},
 * {@code or}, conditional expressions and comparison chains become jumps without
 * materializing booleans). Each method leaves exactly one value on the stack. Constant
 * subexpressions are folded by the {@link ConstantFolder} first. Displays and f-strings
 * ({@link DisplayCompiler}), calls, comprehensions and lambdas are delegated.
 */
final class ExpressionCompiler {
    private final CodeGenerator g;

    ExpressionCompiler(CodeGenerator g) {
        this.g = g;
    }

    /** Compiles e; {@code u.loc} is already e's span. */
    void compile(Expr e) {
        CodeUnit u = g.u;
        Object constant = g.folder.fold(e);
        if (constant != null) {
            g.loadConst(constant);
            return;
        }
        switch (e) {
            case Expr.BoolOp b -> boolOp(b);
            case Expr.NamedExpr n -> {
                g.expr(n.value());
                u.emit(Opcode.COPY, 1);
                g.statements.store(n.target());
            }
            case Expr.BinOp b -> {
                g.expr(b.left());
                g.expr(b.right());
                u.emit(Opcode.BINARY_OP, binaryOp(b.op()).ordinal());
            }
            case Expr.UnaryOp un -> unaryOp(un);
            case Expr.Lambda l -> g.functions.lambda(l);
            case Expr.IfExp i -> {
                Label orelse = new Label(), end = new Label();
                jumpIf(i.test(), orelse, false);
                g.expr(i.body());
                g.jumpTo(end);
                u.place(orelse);
                g.expr(i.orelse());
                u.place(end);
            }
            case Expr.Dict d -> g.displays.dict(d);
            case Expr.Set s -> g.displays.starUnpack(s.elts(), 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false);
            case Expr.ListComp _ -> g.comprehensions.compile(e);
            case Expr.SetComp _ -> g.comprehensions.compile(e);
            case Expr.DictComp _ -> g.comprehensions.compile(e);
            case Expr.GeneratorExp _ -> g.comprehensions.compile(e);
            case Expr.Yield y -> {
                checkInFunction(e);
                if (y.value() != null) g.expr(y.value());
                else g.loadConst(Constants.Singleton.NONE);
                u.emit(Opcode.YIELD_VALUE);
            }
            case Expr.YieldFrom y -> {
                checkInFunction(e);
                g.expr(y.value());
                u.emit(Opcode.GET_YIELD_FROM_ITER);
                g.loadConst(Constants.Singleton.NONE);
                u.emit(Opcode.YIELD_FROM);
            }
            case Expr.Compare c -> compare(c);
            case Expr.Call c -> g.calls.call(c);
            case Expr.FormattedValue f -> g.displays.formattedValue(f);
            case Expr.JoinedStr j -> g.displays.joinedStr(j);
            case Expr.Constant c -> g.loadConst(ConstantFolder.literal(c.value()));
            case Expr.Attribute a -> {
                if (a.ctx() != Ctx.LOAD) {
                    target(e, a.ctx());
                    return;
                }
                g.expr(a.value());
                u.loc = CodeGenerator.attributeSpan(a.pos(), a);
                u.emit(Opcode.LOAD_ATTR, u.addName(u.scope.mangle(a.attr())));
            }
            case Expr.Subscript s -> {
                if (s.ctx() != Ctx.LOAD) {
                    target(e, s.ctx());
                    return;
                }
                g.expr(s.value());
                g.expr(s.slice());
                u.emit(Opcode.BINARY_SUBSCR);
            }
            case Expr.Starred s -> {
                if (s.ctx() == Ctx.STORE) throw g.error("starred assignment target must be in a list or tuple", s.pos());
                throw g.error("can't use starred expression here", s.pos());
            }
            case Expr.Name n -> g.nameOp(n.id(), n.ctx(), n.pos());
            case Expr.List_ l -> {
                if (l.ctx() != Ctx.LOAD) {
                    target(e, l.ctx());
                    return;
                }
                g.displays.starUnpack(l.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, false);
            }
            case Expr.Tuple t -> {
                if (t.ctx() != Ctx.LOAD) {
                    target(e, t.ctx());
                    return;
                }
                g.displays.starUnpack(t.elts(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
            }
            case Expr.Slice s -> {
                loadOrNone(s.lower());
                loadOrNone(s.upper());
                if (s.step() != null) g.expr(s.step());
                u.emit(Opcode.BUILD_SLICE, s.step() != null ? 3 : 2);
            }
        }
    }

    private void target(Expr e, Ctx ctx) {
        if (ctx == Ctx.STORE) g.statements.store(e);
        else g.statements.delete(e);
    }

    private void loadOrNone(Expr e) {
        if (e != null) g.expr(e);
        else g.loadConst(Constants.Singleton.NONE);
    }

    private void checkInFunction(Expr e) {
        if (!g.u.scope.isFunctionLike()) throw g.error("'yield' outside function", e.pos());
    }

    static BinaryOp binaryOp(Operator op) {
        return switch (op) {
            case ADD -> BinaryOp.ADD;
            case SUB -> BinaryOp.SUB;
            case MULT -> BinaryOp.MUL;
            case MATMULT -> BinaryOp.MATMUL;
            case DIV -> BinaryOp.TRUEDIV;
            case MOD -> BinaryOp.MOD;
            case POW -> BinaryOp.POW;
            case LSHIFT -> BinaryOp.LSHIFT;
            case RSHIFT -> BinaryOp.RSHIFT;
            case BITOR -> BinaryOp.OR;
            case BITXOR -> BinaryOp.XOR;
            case BITAND -> BinaryOp.AND;
            case FLOORDIV -> BinaryOp.FLOORDIV;
        };
    }

    private void unaryOp(Expr.UnaryOp un) {
        // not (a is b), not (a in b): the negated comparison, as CPython's AST optimizer does.
        if (un.op() == org.gilpy.ast.UnaryOperator.NOT && un.operand() instanceof Expr.Compare c
                && c.ops().size() == 1) {
            CmpOperator inverted = switch (c.ops().get(0)) {
                case IS -> CmpOperator.IS_NOT;
                case IS_NOT -> CmpOperator.IS;
                case IN -> CmpOperator.NOT_IN;
                case NOT_IN -> CmpOperator.IN;
                default -> null;
            };
            if (inverted != null) {
                g.expr(new Expr.Compare(c.pos(), c.left(), List.of(inverted), c.comparators()));
                return;
            }
        }
        g.expr(un.operand());
        g.u.emit(switch (un.op()) {
            case INVERT -> Opcode.UNARY_INVERT;
            case NOT -> Opcode.UNARY_NOT;
            case UADD -> Opcode.UNARY_POSITIVE;
            case USUB -> Opcode.UNARY_NEGATIVE;
        });
    }

    private void boolOp(Expr.BoolOp b) {
        Opcode jump = b.op() == BoolOperator.AND ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
        Label end = new Label();
        List<Expr> values = b.values();
        for (int i = 0; i < values.size() - 1; i++) {
            g.expr(values.get(i));
            g.u.jump(jump, end);
        }
        g.expr(values.get(values.size() - 1));
        g.u.place(end);
    }

    // ---- comparisons --------------------------------------------------------------

    private void compare(Expr.Compare c) {
        CodeUnit u = g.u;
        g.expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            comparand(c, 0);
            compareOp(c.ops().get(0));
            return;
        }
        Label cleanup = new Label(), end = new Label();
        for (int i = 0; i < n - 1; i++) {
            comparand(c, i);
            u.emit(Opcode.SWAP, 2);
            u.emit(Opcode.COPY, 2);
            compareOp(c.ops().get(i));
            u.jump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        comparand(c, n - 1);
        compareOp(c.ops().get(n - 1));
        g.jumpTo(end);
        u.place(cleanup);
        u.emit(Opcode.SWAP, 2);
        u.emit(Opcode.POP_TOP);
        u.place(end);
    }

    /**
     * The i-th right operand. As CPython's AST optimizer does, a list display as the last
     * operand of {@code in}/{@code not in} is built as a tuple (a constant one when it can).
     */
    private void comparand(Expr.Compare c, int i) {
        Expr right = c.comparators().get(i);
        CmpOperator op = c.ops().get(i);
        if (i == c.ops().size() - 1 && (op == CmpOperator.IN || op == CmpOperator.NOT_IN)) {
            g.displays.listAsTuple(right);
        } else {
            g.expr(right);
        }
    }

    private void compareOp(CmpOperator op) {
        CodeUnit u = g.u;
        switch (op) {
            case EQ -> u.emit(Opcode.COMPARE_OP, CompareOp.EQ.ordinal());
            case NOT_EQ -> u.emit(Opcode.COMPARE_OP, CompareOp.NE.ordinal());
            case LT -> u.emit(Opcode.COMPARE_OP, CompareOp.LT.ordinal());
            case LT_E -> u.emit(Opcode.COMPARE_OP, CompareOp.LE.ordinal());
            case GT -> u.emit(Opcode.COMPARE_OP, CompareOp.GT.ordinal());
            case GT_E -> u.emit(Opcode.COMPARE_OP, CompareOp.GE.ordinal());
            case IS -> u.emit(Opcode.IS_OP, 0);
            case IS_NOT -> u.emit(Opcode.IS_OP, 1);
            case IN -> u.emit(Opcode.CONTAINS_OP, 0);
            case NOT_IN -> u.emit(Opcode.CONTAINS_OP, 1);
        }
    }

    // ---- branching ----------------------------------------------------------------

    /**
     * Evaluates e and jumps to target when its truth equals cond; falls through otherwise.
     * Tag [compare-loc]: as in CPython 3.11, a comparison tested here leaves its span as
     * the current location for the rest of the statement, so an assert's AssertionError
     * is reported at {@code x == 1} rather than at the whole statement.
     */
    void jumpIf(Expr e, Label target, boolean cond) {
        CodeUnit u = g.u;
        Object constant = g.folder.fold(e);
        if (constant != null) {
            Pos saved = u.loc;
            u.loc = e.pos();
            u.emit(Opcode.NOP);
            u.loc = saved;
            if (ConstantFolder.truth(constant) == cond) g.jumpTo(target);
            return;
        }
        switch (e) {
            case Expr.UnaryOp un when un.op() == org.gilpy.ast.UnaryOperator.NOT -> jumpIf(un.operand(), target, !cond);
            case Expr.BoolOp b -> {
                boolean isOr = b.op() == BoolOperator.OR;
                // Operands but the last jump to target when they decide the result as wanted,
                // else past the whole expression.
                Label next = isOr == cond ? target : new Label();
                List<Expr> values = b.values();
                for (int i = 0; i < values.size() - 1; i++) jumpIf(values.get(i), next, isOr);
                jumpIf(values.get(values.size() - 1), target, cond);
                if (next != target) u.place(next);
            }
            case Expr.IfExp i -> {
                Label orelse = new Label(), end = new Label();
                jumpIf(i.test(), orelse, false);
                jumpIf(i.body(), target, cond);
                Pos saved = u.loc;
                u.loc = null;
                g.jumpTo(end);
                u.loc = saved;
                u.place(orelse);
                jumpIf(i.orelse(), target, cond);
                u.place(end);
            }
            case Expr.Compare c when c.ops().size() > 1 -> compareJump(c, target, cond);
            case Expr.Compare c when isNoneTest(c) -> {
                // x is None / x is not None: one POP_JUMP_IF_NONE or POP_JUMP_IF_NOT_NONE.
                u.loc = c.pos();    // [compare-loc]
                g.expr(c.left());
                boolean jumpOnNone = (c.ops().get(0) == CmpOperator.IS) == cond;
                u.jump(jumpOnNone ? Opcode.POP_JUMP_IF_NONE : Opcode.POP_JUMP_IF_NOT_NONE, target);
            }
            default -> {
                if (e instanceof Expr.Compare) u.loc = e.pos();    // [compare-loc]
                g.expr(e);
                u.jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, target);
            }
        }
    }

    private boolean isNoneTest(Expr.Compare c) {
        CmpOperator op = c.ops().get(0);
        return c.ops().size() == 1 && (op == CmpOperator.IS || op == CmpOperator.IS_NOT)
                && g.folder.fold(c.comparators().get(0)) == Constants.Singleton.NONE;
    }

    private void compareJump(Expr.Compare c, Label target, boolean cond) {
        CodeUnit u = g.u;
        u.loc = c.pos();    // [compare-loc]
        Label cleanup = new Label(), end = new Label();
        g.expr(c.left());
        int n = c.ops().size();
        for (int i = 0; i < n - 1; i++) {
            comparand(c, i);
            u.emit(Opcode.SWAP, 2);
            u.emit(Opcode.COPY, 2);
            compareOp(c.ops().get(i));
            u.jump(Opcode.POP_JUMP_IF_FALSE, cleanup);
        }
        comparand(c, n - 1);
        compareOp(c.ops().get(n - 1));
        u.jump(cond ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, target);
        g.jumpTo(end);
        u.place(cleanup);
        u.emit(Opcode.POP_TOP);
        if (!cond) g.jumpTo(target);
        u.place(end);
    }
}
