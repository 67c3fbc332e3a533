package org.gilpy.compile;

import java.util.List;
import org.gilpy.ast.Comprehension;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Pos;
import org.gilpy.bytecode.Code;
import org.gilpy.bytecode.Opcode;

/**
 * List, set and dict comprehensions and generator expressions, each its own function
 * (as in CPython 3.11) taking the iterator of the outermost iterable as parameter
 * {@code .0}:
 * <pre>
 * outside:  MAKE_FUNCTION(code) PUSH_NULL outermost-iterable GET_ITER CALL 1
 * inside:   [BUILD_LIST/SET/MAP 0] LOAD_FAST .0
 *           L: FOR_ITER end; store target; (if not cond: goto L)...; inner loops...;
 *              element LIST_APPEND/SET_ADD/MAP_ADD depth+1 | element YIELD_VALUE POP_TOP;
 *              JUMP_BACKWARD L
 *           end: RETURN_VALUE (the collection) | return None (generator)
 * </pre>
 * An inner {@code for x in [e]} is the assignment idiom: e is stored once, without a loop.
 * Other list displays iterated over are built as tuples, as CPython's optimizer does.
 */
final class ComprehensionCompiler {
    private final CodeGenerator g;

    ComprehensionCompiler(CodeGenerator g) {
        this.g = g;
    }

    void compile(Expr e) {
        CodeUnit u = g.u;
        Pos pos = u.loc;
        List<Comprehension> gens;
        String name;
        Opcode build;
        switch (e) {
            case Expr.ListComp c -> { gens = c.generators(); name = "<listcomp>"; build = Opcode.BUILD_LIST; }
            case Expr.SetComp c -> { gens = c.generators(); name = "<setcomp>"; build = Opcode.BUILD_SET; }
            case Expr.DictComp c -> { gens = c.generators(); name = "<dictcomp>"; build = Opcode.BUILD_MAP; }
            case Expr.GeneratorExp c -> { gens = c.generators(); name = "<genexpr>"; build = null; }
            default -> throw new IllegalArgumentException("not a comprehension");
        }
        g.enterUnit(g.symbols.scopeOf(e), name, pos.line());
        CodeUnit inner = g.u;
        inner.argCount = 1;
        inner.loc = pos;
        if (build != null) inner.emit(build, 0);
        generator(e, gens, 0, 0);
        inner.loc = pos;
        if (build != null) inner.emit(Opcode.RETURN_VALUE);
        else g.implicitReturn();
        Code code = g.exitUnit();

        u.loc = pos;
        g.functions.makeClosure(code, 0);
        u.emit(Opcode.PUSH_NULL);
        g.displays.listAsTuple(gens.get(0).iter());
        u.emit(Opcode.GET_ITER);
        u.emit(Opcode.CALL, 1);
    }

    /** The loop of generator i, with {@code depth} iterators of outer loops on the stack. */
    private void generator(Expr e, List<Comprehension> gens, int i, int depth) {
        CodeUnit u = g.u;
        Pos pos = u.loc;
        Comprehension gen = gens.get(i);
        Label start = new Label(), skip = new Label(), end = new Label();
        boolean loop = true;
        if (i == 0) {
            u.emit(Opcode.LOAD_FAST, u.varIndex(".0"));
        } else if (singleElement(gen.iter()) instanceof Expr only) {
            g.expr(only);
            loop = false;
        } else {
            g.displays.listAsTuple(gen.iter());
            u.emit(Opcode.GET_ITER);
        }
        if (loop) {
            depth++;
            u.place(start);
            u.jump(Opcode.FOR_ITER, end);
        }
        g.statements.store(gen.target());
        for (Expr cond : gen.ifs()) g.expressions.jumpIf(cond, skip, false);
        if (i + 1 < gens.size()) {
            generator(e, gens, i + 1, depth);
        } else {
            switch (e) {
                case Expr.GeneratorExp c -> {
                    g.expr(c.elt());
                    u.emit(Opcode.YIELD_VALUE);
                    u.emit(Opcode.POP_TOP);
                }
                case Expr.ListComp c -> {
                    g.expr(c.elt());
                    u.emit(Opcode.LIST_APPEND, depth + 1);
                }
                case Expr.SetComp c -> {
                    g.expr(c.elt());
                    u.emit(Opcode.SET_ADD, depth + 1);
                }
                case Expr.DictComp c -> {
                    g.expr(c.key());
                    g.expr(c.value());
                    u.emit(Opcode.MAP_ADD, depth + 1);
                }
                default -> throw new IllegalArgumentException();
            }
        }
        u.place(skip);
        if (loop) {
            u.loc = pos;
            g.jumpTo(start);
            u.place(end);
        }
    }

    /** The element of a one-element list or tuple display without *, else null. */
    private static Expr singleElement(Expr iter) {
        List<Expr> elts = switch (iter) {
            case Expr.List_ l -> l.elts();
            case Expr.Tuple t -> t.elts();
            default -> null;
        };
        if (elts == null || elts.size() != 1 || elts.get(0) instanceof Expr.Starred) return null;
        return elts.get(0);
    }
}
