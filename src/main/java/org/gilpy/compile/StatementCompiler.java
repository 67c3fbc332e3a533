package org.gilpy.compile;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Alias;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.ExceptHandler;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Pos;
import org.gilpy.ast.Stmt;
import org.gilpy.bytecode.Constants;
import org.gilpy.bytecode.Opcode;

/**
 * Simple statements, and assignment targets for every construct that stores or deletes:
 * assignments (plain, augmented, annotated), del, imports, raise, assert, expression
 * statements (echoed with PRINT_EXPR at the top level of interactive input), pass and the
 * Python 2 print statement. Compound statements are dispatched to
 * {@link ControlFlowCompiler} and {@link FunctionCompiler}. Every statement leaves the
 * stack as it found it.
 */
final class StatementCompiler {
    private final CodeGenerator g;

    StatementCompiler(CodeGenerator g) {
        this.g = g;
    }

    /** Compiles s; {@code u.loc} is already s's span. */
    void compile(Stmt s) {
        CodeUnit u = g.u;
        switch (s) {
            case Stmt.FunctionDef f -> g.functions.functionDef(f);
            case Stmt.ClassDef c -> g.functions.classDef(c);
            case Stmt.Return r -> g.flow.returnStmt(r);
            case Stmt.Delete d -> {
                for (Expr t : d.targets()) delete(t);
            }
            case Stmt.Assign a -> assign(a);
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> g.flow.forStmt(f);
            case Stmt.While w -> g.flow.whileStmt(w);
            case Stmt.If i -> g.flow.ifStmt(i);
            case Stmt.With w -> g.flow.withStmt(w, 0);
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    g.expr(r.exc());
                    n++;
                    if (r.cause() != null) {
                        g.expr(r.cause());
                        n++;
                    }
                }
                u.emit(Opcode.RAISE_VARARGS, n);
            }
            case Stmt.Try t -> g.flow.tryStmt(t);
            case Stmt.Assert a -> assertStmt(a);
            case Stmt.Import i -> {
                for (Alias a : i.names()) importName(a);
            }
            case Stmt.ImportFrom i -> importFrom(i);
            case Stmt.Global _ -> { }
            case Stmt.Nonlocal _ -> { }
            case Stmt.ExprStmt e -> exprStmt(e);
            case Stmt.Pass _ -> u.emit(Opcode.NOP);
            case Stmt.Break b -> g.flow.breakStmt(b);
            case Stmt.Continue c -> g.flow.continueStmt(c);
            case Stmt.Print p -> print(p);
        }
    }

    private void exprStmt(Stmt.ExprStmt e) {
        CodeUnit u = g.u;
        if (g.interactive && u.scope.kind == Scope.Kind.MODULE) {
            g.expr(e.value());
            u.emit(Opcode.PRINT_EXPR);
        } else if (g.folder.isConstant(e.value())) {
            u.emit(Opcode.NOP); // a constant statement (a docstring-like string) only marks its line
        } else {
            g.expr(e.value());
            u.emit(Opcode.POP_TOP);
        }
    }

    private void print(Stmt.Print p) {
        CodeUnit u = g.u;
        if (p.dest() != null) g.expr(p.dest());
        else g.loadConst(Constants.Singleton.NONE);
        for (Expr v : p.values()) {
            u.emit(Opcode.COPY, 1);
            g.expr(v);
            u.emit(Opcode.PRINT_ITEM);
        }
        u.emit(p.newline() ? Opcode.PRINT_NEWLINE : Opcode.POP_TOP);
    }

    private void assertStmt(Stmt.Assert a) {
        CodeUnit u = g.u;
        Label end = new Label();
        g.expressions.jumpIf(a.test(), end, true);
        u.emit(Opcode.LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            u.emit(Opcode.PUSH_NULL);
            g.expr(a.msg());
            u.emit(Opcode.CALL, 1);
        }
        u.emit(Opcode.RAISE_VARARGS, 1);
        u.place(end);
    }

    // ---- imports ------------------------------------------------------------------

    private void importName(Alias a) {
        CodeUnit u = g.u;
        g.loadConst(0L);
        g.loadConst(Constants.Singleton.NONE);
        u.emit(Opcode.IMPORT_NAME, u.addName(a.name()));
        int dot = a.name().indexOf('.');
        if (a.asname() == null) {
            g.nameOp(dot < 0 ? a.name() : a.name().substring(0, dot), Ctx.STORE, u.loc);
            return;
        }
        if (dot < 0) {
            g.nameOp(a.asname(), Ctx.STORE, u.loc);
            return;
        }
        // import a.b.c as d: walk from the top-level package down to the submodule.
        String[] parts = a.name().split("\\.");
        for (int i = 1; i < parts.length; i++) {
            u.emit(Opcode.IMPORT_FROM, u.addName(parts[i]));
            if (i < parts.length - 1) {
                u.emit(Opcode.SWAP, 2);
                u.emit(Opcode.POP_TOP);
            }
        }
        g.nameOp(a.asname(), Ctx.STORE, u.loc);
        u.emit(Opcode.POP_TOP);
    }

    private void importFrom(Stmt.ImportFrom i) {
        CodeUnit u = g.u;
        if (FutureImports.isFuture(i) && i.pos().line() > g.futureLine) {
            throw g.error("from __future__ imports must occur at the beginning of the file", i.pos());
        }
        List<Object> names = new ArrayList<>();
        for (Alias a : i.names()) names.add(a.name());
        g.loadConst((long) i.level());
        g.loadConst(new Constants.Tuple(names));
        u.emit(Opcode.IMPORT_NAME, u.addName(i.module() == null ? "" : i.module()));
        for (Alias a : i.names()) {
            if (a.name().equals("*")) {
                u.emit(Opcode.IMPORT_STAR);
                return;
            }
            u.emit(Opcode.IMPORT_FROM, u.addName(a.name()));
            g.nameOp(a.asname() != null ? a.asname() : a.name(), Ctx.STORE, u.loc);
        }
        u.emit(Opcode.POP_TOP);
    }

    // ---- assignments --------------------------------------------------------------

    private void assign(Stmt.Assign a) {
        CodeUnit u = g.u;
        if (a.targets().size() == 1 && swapAssign(a.targets().get(0), a.value())) return;
        g.expr(a.value());
        for (int i = 0; i < a.targets().size(); i++) {
            if (i < a.targets().size() - 1) u.emit(Opcode.COPY, 1);
            store(a.targets().get(i));
        }
    }

    /**
     * {@code a, b = b, a} (a tuple display of two or three values into as many targets):
     * the values are swapped on the stack instead of packed and unpacked, as CPython's
     * peephole optimizer does; when every target is a distinct local variable the
     * stores themselves are reordered and no SWAP is needed.
     */
    private boolean swapAssign(Expr target, Expr value) {
        List<Expr> targets = elements(target);
        if (targets == null || !(value instanceof Expr.Tuple t) || targets.size() != t.elts().size()) return false;
        int n = targets.size();
        if (n < 2 || n > 3 || g.folder.isConstant(value)) return false;
        for (Expr e : targets) if (e instanceof Expr.Starred) return false;
        for (Expr e : t.elts()) if (e instanceof Expr.Starred) return false;
        for (Expr e : t.elts()) g.expr(e);
        if (distinctLocals(targets)) {
            for (int i = n - 1; i >= 0; i--) store(targets.get(i));
            return true;
        }
        Pos saved = g.u.loc;
        g.u.loc = target.pos();
        g.u.emit(Opcode.SWAP, n);
        g.u.loc = saved;
        for (Expr e : targets) store(e);
        return true;
    }

    /** Whether every target is a different name stored with STORE_FAST. */
    private boolean distinctLocals(List<Expr> targets) {
        Scope scope = g.u.scope;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Expr e : targets) {
            if (!(e instanceof Expr.Name n) || !scope.isFunctionLike()) return false;
            String mangled = scope.mangle(n.id());
            if (scope.binding(mangled) != Scope.Binding.LOCAL || !seen.add(mangled)) return false;
        }
        return true;
    }

    private static List<Expr> elements(Expr e) {
        return switch (e) {
            case Expr.Tuple t -> t.elts();
            case Expr.List_ l -> l.elts();
            default -> null;
        };
    }

    /** Stores the value on top of the stack into target (popping it). */
    void store(Expr target) {
        CodeUnit u = g.u;
        Pos saved = u.loc;
        u.loc = target.pos();
        switch (target) {
            case Expr.Name n -> g.nameOp(n.id(), Ctx.STORE, n.pos());
            case Expr.Attribute a -> {
                g.checkForbidden(a.attr(), Ctx.STORE, a.pos());
                g.expr(a.value());
                u.loc = CodeGenerator.attributeSpan(a.pos(), a);
                u.emit(Opcode.STORE_ATTR, u.addName(u.scope.mangle(a.attr())));
            }
            case Expr.Subscript s -> {
                g.expr(s.value());
                g.expr(s.slice());
                u.emit(Opcode.STORE_SUBSCR);
            }
            case Expr.Tuple t -> unpack(t.elts());
            case Expr.List_ l -> unpack(l.elts());
            case Expr.Starred s -> throw g.error("starred assignment target must be in a list or tuple", s.pos());
            default -> throw g.error("cannot assign to expression", target.pos());
        }
        u.loc = saved;
    }

    private void unpack(List<Expr> elts) {
        CodeUnit u = g.u;
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Expr.Starred) {
                if (star >= 0) throw g.error("multiple starred expressions in assignment", u.loc);
                star = i;
            }
        }
        if (star >= 0) {
            int after = elts.size() - star - 1;
            if (star >= 1 << 8 || after >= 1 << 16) {
                throw g.error("too many expressions in star-unpacking assignment", u.loc);
            }
            u.emit(Opcode.UNPACK_EX, star | after << 8);
        } else {
            u.emit(Opcode.UNPACK_SEQUENCE, elts.size());
        }
        for (Expr e : elts) store(e instanceof Expr.Starred s ? s.value() : e);
    }

    void delete(Expr target) {
        CodeUnit u = g.u;
        Pos saved = u.loc;
        u.loc = target.pos();
        switch (target) {
            case Expr.Name n -> g.nameOp(n.id(), Ctx.DEL, n.pos());
            case Expr.Attribute a -> {
                g.checkForbidden(a.attr(), Ctx.DEL, a.pos());
                g.expr(a.value());
                u.loc = CodeGenerator.attributeSpan(a.pos(), a);
                u.emit(Opcode.DELETE_ATTR, u.addName(u.scope.mangle(a.attr())));
            }
            case Expr.Subscript s -> {
                g.expr(s.value());
                g.expr(s.slice());
                u.emit(Opcode.DELETE_SUBSCR);
            }
            case Expr.Tuple t -> {
                for (Expr e : t.elts()) delete(e);
            }
            case Expr.List_ l -> {
                for (Expr e : l.elts()) delete(e);
            }
            default -> throw g.error("cannot delete expression", target.pos());
        }
        u.loc = saved;
    }

    private void augAssign(Stmt.AugAssign a) {
        CodeUnit u = g.u;
        Pos stmtPos = u.loc;
        Expr target = a.target();
        u.loc = target.pos();
        switch (target) {
            case Expr.Attribute at -> {
                g.expr(at.value());
                u.loc = CodeGenerator.attributeSpan(at.pos(), at);
                u.emit(Opcode.COPY, 1);
                u.emit(Opcode.LOAD_ATTR, u.addName(u.scope.mangle(at.attr())));
            }
            case Expr.Subscript s -> {
                g.expr(s.value());
                g.expr(s.slice());
                u.emit(Opcode.COPY, 2);
                u.emit(Opcode.COPY, 2);
                u.emit(Opcode.BINARY_SUBSCR);
            }
            case Expr.Name n -> g.nameOp(n.id(), Ctx.LOAD, n.pos());
            default -> throw g.error("illegal expression for augmented assignment", target.pos());
        }
        u.loc = stmtPos;
        g.expr(a.value());
        u.emit(Opcode.BINARY_OP, ExpressionCompiler.binaryOp(a.op()).toInplace().ordinal());
        u.loc = target.pos();
        switch (target) {
            case Expr.Attribute at -> {
                g.checkForbidden(at.attr(), Ctx.STORE, at.pos());
                u.loc = CodeGenerator.attributeSpan(at.pos(), at);
                u.emit(Opcode.SWAP, 2);
                u.emit(Opcode.STORE_ATTR, u.addName(u.scope.mangle(at.attr())));
            }
            case Expr.Subscript s -> {
                u.emit(Opcode.SWAP, 3);
                u.emit(Opcode.SWAP, 2);
                u.emit(Opcode.STORE_SUBSCR);
            }
            case Expr.Name n -> g.nameOp(n.id(), Ctx.STORE, n.pos());
            default -> throw new IllegalStateException();
        }
        u.loc = stmtPos;
    }

    /**
     * {@code target: annotation [= value]}. In a module or class body the annotation of a
     * simple name is evaluated into {@code __annotations__}, and that of another target
     * evaluated and discarded; in a function it is not evaluated. Without a value, the
     * parts of an attribute or subscript target are still evaluated.
     */
    private void annAssign(Stmt.AnnAssign a) {
        CodeUnit u = g.u;
        boolean moduleOrClass = u.scope.kind == Scope.Kind.MODULE || u.scope.kind == Scope.Kind.CLASS;
        if (a.value() != null) {
            g.expr(a.value());
            store(a.target());
        }
        switch (a.target()) {
            case Expr.Name n -> {
                g.checkForbidden(n.id(), Ctx.STORE, n.pos());
                if (a.simple() && moduleOrClass) {
                    g.expr(g.annotation(a.annotation()));
                    u.emit(Opcode.LOAD_NAME, u.addName("__annotations__"));
                    g.loadConst(u.scope.mangle(n.id()));
                    u.emit(Opcode.STORE_SUBSCR);
                }
            }
            case Expr.Attribute at -> {
                g.checkForbidden(at.attr(), Ctx.STORE, at.pos());
                if (a.value() == null) evaluateAndPop(at.value());
            }
            case Expr.Subscript s -> {
                if (a.value() == null) {
                    evaluateAndPop(s.value());
                    annotationSubscript(s.slice());
                }
            }
            default -> throw g.error("illegal target for annotation", a.target().pos());
        }
        if (!a.simple() && moduleOrClass && !g.stringAnnotations) evaluateAndPop(a.annotation());
    }

    private void annotationSubscript(Expr slice) {
        switch (slice) {
            case Expr.Slice s -> {
                if (s.lower() != null) evaluateAndPop(s.lower());
                if (s.upper() != null) evaluateAndPop(s.upper());
                if (s.step() != null) evaluateAndPop(s.step());
            }
            case Expr.Tuple t -> {
                for (Expr e : t.elts()) annotationSubscript(e);
            }
            default -> evaluateAndPop(slice);
        }
    }

    private void evaluateAndPop(Expr e) {
        g.expr(e);
        g.u.emit(Opcode.POP_TOP);
    }

    /** Whether a body holds an annotated assignment outside nested defs (so it needs __annotations__). */
    static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            boolean found = switch (s) {
                case Stmt.AnnAssign _ -> true;
                case Stmt.For f -> hasAnnotations(f.body()) || hasAnnotations(f.orelse());
                case Stmt.While w -> hasAnnotations(w.body()) || hasAnnotations(w.orelse());
                case Stmt.If i -> hasAnnotations(i.body()) || hasAnnotations(i.orelse());
                case Stmt.With w -> hasAnnotations(w.body());
                case Stmt.Try t -> {
                    boolean any = hasAnnotations(t.body()) || hasAnnotations(t.orelse())
                            || hasAnnotations(t.finalbody());
                    for (ExceptHandler h : t.handlers()) any |= hasAnnotations(h.body());
                    yield any;
                }
                default -> false;
            };
            if (found) return true;
        }
        return false;
    }
}
