package org.gilpy.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gilpy.ast.Alias;
import org.gilpy.ast.Arg;
import org.gilpy.ast.Arguments;
import org.gilpy.ast.CmpOperator;
import org.gilpy.ast.Comprehension;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.ExceptHandler;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Keyword;
import org.gilpy.ast.Mod;
import org.gilpy.ast.Node;
import org.gilpy.ast.Pos;
import org.gilpy.ast.Stmt;
import org.gilpy.ast.WithItem;
import org.gilpy.bytecode.Constants;

/**
 * The first compiler pass: walks the AST once and builds the tree of {@link Scope}s, one
 * per module, class, function, lambda and comprehension, recording how each block uses
 * each name; then {@link ScopeAnalyzer} decides what every name is (local, global, free,
 * cell). Raises the SyntaxErrors CPython 3.11's symtable raises, with its messages and
 * positions: conflicting global/nonlocal declarations, duplicate parameters, yield in a
 * comprehension, misplaced assignment expressions, {@code import *} in a function.
 *
 * <p>As in CPython 3.11, each comprehension is its own function block whose only
 * parameter is {@code .0}, the iterator of its outermost iterable, and that iterable is
 * evaluated (and so walked) in the enclosing block. Annotations, defaults and decorators
 * of a def are walked in the enclosing block. Looking up {@code super} in a function counts
 * as a use of {@code __class__}, which gives the enclosing class its {@code __class__} cell.
 */
final class SymbolTable {
    /**
     * How deeply statements and expressions may nest: CPython 3.11 allows three times the
     * recursion limit (1000) before "maximum recursion depth exceeded during compilation".
     */
    static final int MAX_NESTING = 3000;

    private final Map<Node, Scope> scopes = new IdentityHashMap<>();
    /** Warnings found on the way, in source order. */
    final List<CompileWarning> warnings = new ArrayList<>();
    private final ConstantFolder folder = new ConstantFolder();
    private int depth;
    final Scope top;
    private Scope cur;
    /** Under {@code from __future__ import annotations} annotations are never evaluated, so
     * the names in them are not uses (they make no cells or free variables). */
    private final boolean stringAnnotations;

    private SymbolTable(Mod mod) {
        stringAnnotations = FutureImports.annotations(mod);
        top = new Scope(Scope.Kind.MODULE, "top", mod, null, null, null);
        scopes.put(mod, top);
        cur = top;
        switch (mod) {
            case Mod.Module m -> stmts(m.body());
            case Mod.Interactive m -> stmts(m.body());
            case Mod.Expression m -> expr(m.body());
        }
        new ScopeAnalyzer().analyze(top);
    }

    /** Builds and analyzes the symbol table of a compilation unit; throws CompileError. */
    static SymbolTable build(Mod mod) {
        return new SymbolTable(mod);
    }

    /** The block opened by a Mod, FunctionDef, ClassDef, Lambda or comprehension node. */
    Scope scopeOf(Node node) {
        Scope s = scopes.get(node);
        if (s == null) throw new IllegalStateException("no scope for " + node.getClass().getSimpleName());
        return s;
    }

    // ---- blocks -------------------------------------------------------------------

    private Scope enter(Scope.Kind kind, String name, Node node, String privateName, String compWord) {
        Scope s = new Scope(kind, name, node, cur, privateName, compWord);
        scopes.put(node, s);
        cur = s;
        return s;
    }

    private void exit() {
        cur = cur.parent;
    }

    // ---- recording names ----------------------------------------------------------

    private void addDef(String name, int flag, Pos pos) {
        addDef(cur, cur.mangle(name), name, flag, pos);
    }

    private void addDef(Scope scope, String mangled, String name, int flag, Pos pos) {
        Integer old = scope.symbols.get(mangled);
        int val = flag;
        if (old != null) {
            if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
                throw new CompileError("duplicate argument '" + name + "' in function definition", pos);
            }
            val |= old;
        }
        if (scope.compIterTarget) {
            if ((val & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0) {
                throw new CompileError("comprehension inner loop cannot rebind assignment expression target '"
                        + name + "'", pos);
            }
            val |= Scope.DEF_COMP_ITER;
        }
        scope.symbols.put(mangled, val);
        if ((flag & Scope.DEF_PARAM) != 0) {
            scope.params.add(mangled);
        } else if ((flag & Scope.DEF_GLOBAL) != 0) {
            // A global declaration anywhere makes the name explicitly global in the module too.
            top.symbols.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    // ---- statements ---------------------------------------------------------------

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void stmt(Stmt s) {
        enterNode();
        stmtBody(s);
        depth--;
    }

    private void enterNode() {
        if (++depth > MAX_NESTING) throw new CompileRecursionError();
    }

    private void stmtBody(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> {
                addDef(f.name(), Scope.DEF_LOCAL, f.pos());
                defaults(f.args());
                annotations(f.args(), f.returns());
                exprs(f.decorators());
                enter(Scope.Kind.FUNCTION, f.name(), f, cur.privateName, null);
                params(f.args());
                stmts(f.body());
                exit();
            }
            case Stmt.ClassDef c -> {
                addDef(c.name(), Scope.DEF_LOCAL, c.pos());
                exprs(c.bases());
                keywords(c.keywords());
                exprs(c.decorators());
                enter(Scope.Kind.CLASS, c.name(), c, c.name(), null);
                stmts(c.body());
                exit();
            }
            case Stmt.Return r -> optional(r.value());
            case Stmt.Delete d -> exprs(d.targets());
            case Stmt.Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case Stmt.AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Stmt.With w -> {
                for (WithItem item : w.items()) {
                    expr(item.context());
                    optional(item.target());
                }
                stmts(w.body());
            }
            case Stmt.Raise r -> {
                optional(r.exc());
                optional(r.cause());
            }
            case Stmt.Try t -> {
                stmts(t.body());
                stmts(t.orelse());
                for (ExceptHandler h : t.handlers()) {
                    optional(h.type());
                    if (h.name() != null) addDef(h.name(), Scope.DEF_LOCAL, h.pos());
                    stmts(h.body());
                }
                stmts(t.finalbody());
            }
            case Stmt.Assert a -> {
                if (a.test() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                    warn("assertion is always true, perhaps remove parentheses?", a.pos());
                }
                expr(a.test());
                optional(a.msg());
            }
            case Stmt.Import i -> {
                for (Alias a : i.names()) alias(a);
            }
            case Stmt.ImportFrom i -> {
                for (Alias a : i.names()) alias(a);
            }
            case Stmt.Global g -> {
                for (String name : g.names()) declare(name, true, g.pos());
            }
            case Stmt.Nonlocal n -> {
                for (String name : n.names()) declare(name, false, n.pos());
            }
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Pass _ -> { }
            case Stmt.Break _ -> { }
            case Stmt.Continue _ -> { }
            case Stmt.Print p -> {
                optional(p.dest());
                exprs(p.values());
            }
        }
    }

    private void annAssign(Stmt.AnnAssign a) {
        if (a.target() instanceof Expr.Name n) {
            int old = cur.flags(cur.mangle(n.id()));
            if ((old & (Scope.DEF_GLOBAL | Scope.DEF_NONLOCAL)) != 0 && cur != top && a.simple()) {
                String what = (old & Scope.DEF_GLOBAL) != 0 ? "global" : "nonlocal";
                throw new CompileError("annotated name '" + n.id() + "' can't be " + what, a.pos());
            }
            if (a.simple()) {
                addDef(n.id(), Scope.DEF_ANNOT | Scope.DEF_LOCAL, n.pos());
            } else if (a.value() != null) {
                addDef(n.id(), Scope.DEF_LOCAL, n.pos());
            }
        } else {
            expr(a.target());
        }
        if (!stringAnnotations) expr(a.annotation());
        optional(a.value());
    }

    /** A global (isGlobal) or nonlocal declaration of one name. */
    private void declare(String name, boolean isGlobal, Pos pos) {
        int old = cur.flags(cur.mangle(name));
        String what = isGlobal ? "global" : "nonlocal";
        if ((old & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE | Scope.DEF_ANNOT)) != 0) {
            String msg;
            if ((old & Scope.DEF_PARAM) != 0) msg = "name '" + name + "' is parameter and " + what;
            else if ((old & Scope.USE) != 0) msg = "name '" + name + "' is used prior to " + what + " declaration";
            else if ((old & Scope.DEF_ANNOT) != 0) msg = "annotated name '" + name + "' can't be " + what;
            else msg = "name '" + name + "' is assigned to before " + what + " declaration";
            throw new CompileError(msg, pos);
        }
        addDef(name, isGlobal ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL, pos);
        cur.directives.putIfAbsent(cur.mangle(name), pos);
    }

    private void alias(Alias a) {
        if (a.name().equals("*")) {
            if (cur.kind != Scope.Kind.MODULE) {
                throw new CompileError("import * only allowed at module level", a.pos());
            }
            return;
        }
        String stored = a.asname() != null ? a.asname() : a.name();
        int dot = stored.indexOf('.');
        if (dot >= 0) stored = stored.substring(0, dot);
        addDef(stored, Scope.DEF_IMPORT | Scope.DEF_LOCAL, a.pos());
    }

    // ---- functions ----------------------------------------------------------------

    private void defaults(Arguments args) {
        exprs(args.defaults());
        for (Expr e : args.kwDefaults()) optional(e);
    }

    private void annotations(Arguments args, Expr returns) {
        if (stringAnnotations) return;
        for (Arg a : args.posonly()) optional(a.annotation());
        for (Arg a : args.args()) optional(a.annotation());
        if (args.vararg() != null) optional(args.vararg().annotation());
        for (Arg a : args.kwonly()) optional(a.annotation());
        if (args.kwarg() != null) optional(args.kwarg().annotation());
        optional(returns);
    }

    private void params(Arguments args) {
        for (Arg a : args.posonly()) addDef(a.name(), Scope.DEF_PARAM, a.pos());
        for (Arg a : args.args()) addDef(a.name(), Scope.DEF_PARAM, a.pos());
        for (Arg a : args.kwonly()) addDef(a.name(), Scope.DEF_PARAM, a.pos());
        if (args.vararg() != null) {
            addDef(args.vararg().name(), Scope.DEF_PARAM, args.vararg().pos());
            cur.hasVarargs = true;
        }
        if (args.kwarg() != null) {
            addDef(args.kwarg().name(), Scope.DEF_PARAM, args.kwarg().pos());
            cur.hasVarkw = true;
        }
    }

    // ---- expressions --------------------------------------------------------------

    private void optional(Expr e) {
        if (e != null) expr(e);
    }

    // ---- compile-time warnings ----------------------------------------------------

    private void warn(String message, Pos pos) {
        warnings.add(new CompileWarning("SyntaxWarning", message, pos));
    }

    /** {@code x is 1}: the first is/is not in a comparison chain with a literal operand
     * (a constant other than None, True, False and Ellipsis) is warned about. */
    private void checkIsLiteral(Expr.Compare c) {
        boolean left = isLiteral(c.left());
        for (int i = 0; i < c.ops().size(); i++) {
            boolean right = isLiteral(c.comparators().get(i));
            CmpOperator op = c.ops().get(i);
            if ((op == CmpOperator.IS || op == CmpOperator.IS_NOT) && (left || right)) {
                warn(op == CmpOperator.IS ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?", c.pos());
                return;
            }
            left = right;
        }
    }

    /** {@code [1, 2](3)}: calling a literal (a comma is probably missing). */
    private void checkCaller(Expr.Call c) {
        Expr f = c.func();
        boolean literal = switch (f) {
            case Expr.Tuple t -> true;
            case Expr.List_ l -> true;
            case Expr.ListComp l -> true;
            case Expr.Dict d -> true;
            case Expr.DictComp d -> true;
            case Expr.Set x -> true;
            case Expr.SetComp x -> true;
            case Expr.GeneratorExp g -> true;
            case Expr.JoinedStr j -> true;
            case Expr.FormattedValue v -> true;
            default -> folder.fold(f) != null;
        };
        if (literal) {
            warn("'" + inferType(f) + "' object is not callable; perhaps you missed a comma?", c.pos());
        }
    }

    /** {@code 1[2]}, {@code [1, 2]["a"]}: subscripting a literal that cannot take it. */
    private void checkSubscript(Expr.Subscript s) {
        Expr v = s.value();
        Object c = v instanceof Expr.Set || v instanceof Expr.SetComp || v instanceof Expr.GeneratorExp
                || v instanceof Expr.Lambda ? null : folder.fold(v);
        boolean notSubscriptable = switch (v) {
            case Expr.Set x -> true;
            case Expr.SetComp x -> true;
            case Expr.GeneratorExp g -> true;
            case Expr.Lambda l -> true;
            default -> c == Constants.Singleton.NONE || c == Constants.Singleton.ELLIPSIS || c instanceof Long
                    || c instanceof java.math.BigInteger || c instanceof Double || c instanceof Boolean
                    || c instanceof Constants.Complex;
        };
        if (notSubscriptable) {
            warn("'" + inferType(v) + "' object is not subscriptable; perhaps you missed a comma?", s.pos());
            return;
        }
        String index = s.slice() instanceof Expr.Slice ? null : inferType(s.slice());
        if (index == null || index.equals("int") || index.equals("bool")) return;
        boolean sequence = switch (v) {
            case Expr.Tuple t -> true;
            case Expr.List_ l -> true;
            case Expr.ListComp l -> true;
            case Expr.JoinedStr j -> true;
            case Expr.FormattedValue f -> true;
            default -> c instanceof String || c instanceof Constants.Bytes || c instanceof Constants.Tuple;
        };
        if (sequence) {
            warn(inferType(v) + " indices must be integers or slices, not " + index
                    + "; perhaps you missed a comma?", s.pos());
        }
    }

    /** The type a literal expression makes, as CPython's compiler infers it; null when unknown. */
    private String inferType(Expr e) {
        return switch (e) {
            case Expr.Tuple t -> "tuple";
            case Expr.List_ l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.Set x -> "set";
            case Expr.SetComp x -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.Lambda l -> "function";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue v -> "str";
            default -> constantType(folder.fold(e));
        };
    }

    private static String constantType(Object c) {
        return switch (c) {
            case null -> null;
            case Long l -> "int";
            case java.math.BigInteger b -> "int";
            case Double d -> "float";
            case Boolean b -> "bool";
            case String str -> "str";
            case Constants.Bytes b -> "bytes";
            case Constants.Tuple t -> "tuple";
            case Constants.Complex z -> "complex";
            case Constants.Singleton x -> x == Constants.Singleton.NONE ? "NoneType" : "ellipsis";
            default -> null;
        };
    }

    private boolean isLiteral(Expr e) {
        Object v = folder.fold(e);
        return v != null && !(v instanceof Boolean) && v != Constants.Singleton.NONE
                && v != Constants.Singleton.ELLIPSIS;
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) expr(e);
    }

    private void keywords(List<Keyword> kws) {
        for (Keyword k : kws) expr(k.value());
    }

    private void expr(Expr e) {
        enterNode();
        exprBody(e);
        depth--;
    }

    private void exprBody(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.NamedExpr n -> namedExpr(n);
            case Expr.BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                defaults(l.args());
                enter(Scope.Kind.LAMBDA, "lambda", l, cur.privateName, null);
                params(l.args());
                expr(l.body());
                exit();
            }
            case Expr.IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Expr.Dict d -> {
                for (Expr k : d.keys()) optional(k);
                exprs(d.values());
            }
            case Expr.Set s -> exprs(s.elts());
            case Expr.ListComp c -> comprehension(c, "listcomp", "list comprehension", c.generators(), c.elt(), null);
            case Expr.SetComp c -> comprehension(c, "setcomp", "set comprehension", c.generators(), c.elt(), null);
            case Expr.DictComp c -> comprehension(c, "dictcomp", "dict comprehension", c.generators(), c.key(), c.value());
            case Expr.GeneratorExp c -> comprehension(c, "genexpr", "generator expression", c.generators(), c.elt(), null);
            case Expr.Yield y -> {
                optional(y.value());
                yielded(e);
            }
            case Expr.YieldFrom y -> {
                expr(y.value());
                yielded(e);
            }
            case Expr.Compare c -> {
                checkIsLiteral(c);
                expr(c.left());
                exprs(c.comparators());
            }
            case Expr.Call c -> {
                checkCaller(c);
                expr(c.func());
                exprs(c.args());
                keywords(c.keywords());
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                optional(f.formatSpec());
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant _ -> { }
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                if (s.ctx() == Ctx.LOAD) checkSubscript(s);
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Starred s -> expr(s.value());
            case Expr.Name n -> {
                addDef(n.id(), n.ctx() == Ctx.LOAD ? Scope.USE : Scope.DEF_LOCAL, n.pos());
                if (n.ctx() == Ctx.LOAD && cur.isFunctionLike() && n.id().equals("super")) {
                    addDef("__class__", Scope.USE, n.pos());
                }
            }
            case Expr.List_ l -> exprs(l.elts());
            case Expr.Tuple t -> exprs(t.elts());
            case Expr.Slice s -> {
                optional(s.lower());
                optional(s.upper());
                optional(s.step());
            }
        }
    }

    private void yielded(Expr e) {
        cur.generator = true;
        if (cur.kind == Scope.Kind.COMPREHENSION) {
            throw new CompileError("'yield' inside " + cur.comprehensionWord, e.pos());
        }
    }

    private void comprehension(Expr e, String name, String word, List<Comprehension> gens, Expr elt, Expr value) {
        Comprehension outermost = gens.get(0);
        cur.compIterExpr++;
        expr(outermost.iter());
        cur.compIterExpr--;
        enter(Scope.Kind.COMPREHENSION, name, e, cur.privateName, word);
        addDef(".0", Scope.DEF_PARAM, e.pos());
        cur.compIterTarget = true;
        expr(outermost.target());
        cur.compIterTarget = false;
        exprs(outermost.ifs());
        for (int i = 1; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            cur.compIterTarget = true;
            expr(g.target());
            cur.compIterTarget = false;
            cur.compIterExpr++;
            expr(g.iter());
            cur.compIterExpr--;
            exprs(g.ifs());
        }
        if (value != null) expr(value);
        expr(elt);
        if (e instanceof Expr.GeneratorExp) cur.generator = true;
        exit();
    }

    private void namedExpr(Expr.NamedExpr n) {
        if (cur.compIterExpr > 0) {
            throw new CompileError("assignment expression cannot be used in a comprehension iterable expression", n.pos());
        }
        if (cur.kind == Scope.Kind.COMPREHENSION) extendNamedExprScope((Expr.Name) n.target());
        expr(n.value());
        expr(n.target());
    }

    /**
     * An assignment expression in a comprehension binds in the nearest enclosing block
     * that is not a comprehension: declared nonlocal (or global) here, local there.
     */
    private void extendNamedExprScope(Expr.Name target) {
        String name = cur.mangle(target.id());
        for (Scope s = cur; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.COMPREHENSION) {
                if ((s.flags(name) & Scope.DEF_COMP_ITER) != 0) {
                    throw new CompileError("assignment expression cannot rebind comprehension iteration variable '"
                            + target.id() + "'", target.pos());
                }
                continue;
            }
            switch (s.kind) {
                case FUNCTION, LAMBDA -> {
                    boolean global = (s.flags(name) & Scope.DEF_GLOBAL) != 0;
                    addDef(cur, name, target.id(), global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL, target.pos());
                    cur.directives.putIfAbsent(name, target.pos());
                    addDef(s, name, target.id(), Scope.DEF_LOCAL, target.pos());
                }
                case MODULE -> {
                    addDef(cur, name, target.id(), Scope.DEF_GLOBAL, target.pos());
                    cur.directives.putIfAbsent(name, target.pos());
                    addDef(s, name, target.id(), Scope.DEF_GLOBAL, target.pos());
                }
                case CLASS -> throw new CompileError(
                        "assignment expression within a comprehension cannot be used in a class body", target.pos());
                default -> throw new IllegalStateException();
            }
            return;
        }
    }
}
