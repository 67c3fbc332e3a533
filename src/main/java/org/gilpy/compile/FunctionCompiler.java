package org.gilpy.compile;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Arg;
import org.gilpy.ast.Arguments;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Pos;
import org.gilpy.ast.Stmt;
import org.gilpy.bytecode.Code;
import org.gilpy.bytecode.Constants;
import org.gilpy.bytecode.Opcode;

/**
 * def, lambda and class: the code object of the body, and in the enclosing block the
 * code that turns it into a function or class.
 * <pre>
 * def:    decorators (each: d PUSH_NULL); [defaults tuple] [kwdefaults dict]
 *         [annotations tuple] [closure: LOAD_CLOSURE... BUILD_TUPLE] LOAD_CONST code
 *         MAKE_FUNCTION flags; CALL 1 per decorator, innermost first; store name
 * class:  decorators; LOAD_BUILD_CLASS PUSH_NULL MAKE_FUNCTION(body) LOAD_CONST name
 *         bases... [KW_NAMES] CALL n (or CALL_FUNCTION_EX); decorators; store name
 * </pre>
 * A function's consts[0] is its docstring or None (the VM reads {@code __doc__} there);
 * a lambda's consts[0] is None. A class body stores {@code __module__} and
 * {@code __qualname__} first and returns its {@code __class__} cell (also stored as
 * {@code __classcell__}) or None.
 */
final class FunctionCompiler {
    private final CodeGenerator g;

    FunctionCompiler(CodeGenerator g) {
        this.g = g;
    }

    void functionDef(Stmt.FunctionDef f) {
        CodeUnit u = g.u;
        Pos pos = u.loc;
        checkParameterNames(f.args(), pos);
        decorators(f.decorators());
        int firstLine = f.decorators().isEmpty() ? pos.line() : f.decorators().get(0).pos().line();
        int flags = defaults(f.args());
        if (annotations(f.args(), f.returns())) flags |= 4;

        g.enterUnit(g.symbols.scopeOf(f), f.name(), firstLine);
        argumentCounts(f.args());
        String doc = CodeGenerator.docstringOf(f.body());
        g.u.addConst(doc != null ? doc : Constants.Singleton.NONE);
        g.u.loc = pos;
        g.body(doc != null ? f.body().subList(1, f.body().size()) : f.body());
        g.implicitReturn();
        Code code = g.exitUnit();

        u.loc = pos;
        makeClosure(code, flags);
        applyDecorators(f.decorators());
        u.loc = pos;
        g.nameOp(f.name(), Ctx.STORE, pos);
    }

    void lambda(Expr.Lambda l) {
        CodeUnit u = g.u;
        Pos pos = u.loc;
        checkParameterNames(l.args(), pos);
        int flags = defaults(l.args());
        g.enterUnit(g.symbols.scopeOf(l), "<lambda>", pos.line());
        argumentCounts(l.args());
        g.u.addConst(Constants.Singleton.NONE);
        g.expr(l.body());
        g.u.loc = l.body().pos();
        g.u.emit(Opcode.RETURN_VALUE);
        Code code = g.exitUnit();
        u.loc = pos;
        makeClosure(code, flags);
    }

    void classDef(Stmt.ClassDef c) {
        CodeUnit u = g.u;
        Pos pos = u.loc;
        decorators(c.decorators());
        int firstLine = c.decorators().isEmpty() ? pos.line() : c.decorators().get(0).pos().line();

        Scope scope = g.symbols.scopeOf(c);
        g.enterUnit(scope, c.name(), firstLine);
        CodeUnit body = g.u;
        body.loc = pos;
        g.nameOp("__name__", Ctx.LOAD, pos);
        g.nameOp("__module__", Ctx.STORE, pos);
        g.loadConst(body.qualname);
        g.nameOp("__qualname__", Ctx.STORE, pos);
        g.bodyWithDocstring(c.body(), true);
        body.loc = null;
        if (scope.needsClassClosure) {
            body.emit(Opcode.LOAD_CLOSURE, body.cellIndex("__class__"));
            body.emit(Opcode.COPY, 1);
            g.nameOp("__classcell__", Ctx.STORE, null);
        } else {
            g.loadConst(Constants.Singleton.NONE);
        }
        body.emit(Opcode.RETURN_VALUE);
        Code code = g.exitUnit();

        u.loc = pos;
        u.emit(Opcode.LOAD_BUILD_CLASS);
        u.emit(Opcode.PUSH_NULL);
        makeClosure(code, 0);
        g.loadConst(c.name());
        g.calls.callHelper(2, c.bases(), c.keywords());
        applyDecorators(c.decorators());
        u.loc = pos;
        g.nameOp(c.name(), Ctx.STORE, pos);
    }

    // ---- pieces -------------------------------------------------------------------

    /** LOAD_CLOSURE for each free variable of code (from this block's cells), then MAKE_FUNCTION. */
    void makeClosure(Code code, int flags) {
        CodeUnit u = g.u;
        if (code.freevars.length > 0) {
            for (String name : code.freevars) u.emit(Opcode.LOAD_CLOSURE, u.cellIndex(name));
            u.emit(Opcode.BUILD_TUPLE, code.freevars.length);
            flags |= 8;
        }
        g.loadConst(code);
        u.emit(Opcode.MAKE_FUNCTION, flags);
    }

    private void decorators(List<Expr> decorators) {
        for (Expr d : decorators) {
            g.expr(d);
            Pos saved = g.u.loc;
            g.u.loc = d.pos();
            g.u.emit(Opcode.PUSH_NULL);
            g.u.loc = saved;
        }
    }

    private void applyDecorators(List<Expr> decorators) {
        for (int i = decorators.size() - 1; i >= 0; i--) {
            g.u.loc = decorators.get(i).pos();
            g.u.emit(Opcode.CALL, 1);
        }
    }

    private void checkParameterNames(Arguments args, Pos pos) {
        for (Arg a : allParameters(args)) g.checkForbidden(a.name(), Ctx.STORE, pos);
    }

    private static List<Arg> allParameters(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonly());
        all.addAll(args.args());
        if (args.vararg() != null) all.add(args.vararg());
        all.addAll(args.kwonly());
        if (args.kwarg() != null) all.add(args.kwarg());
        return all;
    }

    private void argumentCounts(Arguments args) {
        g.u.posOnlyArgCount = args.posonly().size();
        g.u.argCount = args.posonly().size() + args.args().size();
        g.u.kwOnlyArgCount = args.kwonly().size();
    }

    /** Pushes the defaults tuple and kwdefaults dict; returns the MAKE_FUNCTION flags for them. */
    private int defaults(Arguments args) {
        CodeUnit u = g.u;
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            Constants.Tuple constant = g.displays.constantTuple(args.defaults());
            if (constant != null) {
                g.loadConst(constant);
            } else {
                for (Expr d : args.defaults()) g.expr(d);
                u.emit(Opcode.BUILD_TUPLE, args.defaults().size());
            }
            flags |= 1;
        }
        List<Object> names = new ArrayList<>();
        for (int i = 0; i < args.kwonly().size(); i++) {
            Expr d = i < args.kwDefaults().size() ? args.kwDefaults().get(i) : null;
            if (d == null) continue;
            names.add(u.scope.mangle(args.kwonly().get(i).name()));
            g.expr(d);
        }
        if (!names.isEmpty()) {
            g.loadConst(new Constants.Tuple(names));
            u.emit(Opcode.BUILD_CONST_KEY_MAP, names.size());
            flags |= 2;
        }
        return flags;
    }

    /** Pushes the annotations tuple (name, value, ...) in CPython 3.11's order; false when there are none. */
    private boolean annotations(Arguments args, Expr returns) {
        List<String> names = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        for (Arg a : args.args()) annotation(a.name(), a.annotation(), names, values);
        for (Arg a : args.posonly()) annotation(a.name(), a.annotation(), names, values);
        if (args.vararg() != null) annotation(args.vararg().name(), args.vararg().annotation(), names, values);
        for (Arg a : args.kwonly()) annotation(a.name(), a.annotation(), names, values);
        if (args.kwarg() != null) annotation(args.kwarg().name(), args.kwarg().annotation(), names, values);
        annotation("return", returns, names, values);
        if (names.isEmpty()) return false;
        Constants.Tuple constValues = g.displays.constantTuple(values);
        if (constValues != null) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                items.add(names.get(i));
                items.add(constValues.items().get(i));
            }
            g.loadConst(new Constants.Tuple(items));
            return true;
        }
        for (int i = 0; i < names.size(); i++) {
            g.loadConst(names.get(i));
            if (values.get(i) instanceof Expr.Starred star) {
                // *args: *Ts (PEP 646) stores the one item that unpacking Ts gives, as CPython 3.11 does
                g.expr(new Expr.Tuple(star.pos(), List.of(star), Ctx.LOAD));
                g.u.emit(Opcode.UNPACK_SEQUENCE, 1);
            } else {
                g.expr(values.get(i));
            }
        }
        g.u.emit(Opcode.BUILD_TUPLE, 2 * names.size());
        return true;
    }

    private void annotation(String name, Expr annotation, List<String> names, List<Expr> values) {
        if (annotation == null) return;
        names.add(g.u.scope.mangle(name));
        values.add(g.annotation(annotation));
    }
}
