package org.gilpy.compile;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Mod;
import org.gilpy.ast.Pos;
import org.gilpy.ast.Stmt;
import org.gilpy.bytecode.Code;
import org.gilpy.bytecode.Constants;
import org.gilpy.bytecode.Opcode;

/**
 * The second compiler pass: walks the AST of one compilation unit with its
 * {@link SymbolTable} and emits a {@link Code} per block, nested code objects in the
 * constant pools. This class owns the stack of {@link CodeUnit}s being generated (one per
 * enclosing block), qualified names, code flags and name resolution; the work per node
 * kind lives in {@link StatementCompiler}, {@link ControlFlowCompiler},
 * {@link ExpressionCompiler}, {@link DisplayCompiler}, {@link CallCompiler}, {@link FunctionCompiler} and
 * {@link ComprehensionCompiler}, which all share this generator's current unit {@link #u}.
 *
 * <p>Position convention (CPython 3.11's {@code co_positions}): compiling a statement or
 * expression sets {@link CodeUnit#loc} to its span and restores the caller's span
 * afterwards, so every instruction carries the span of the node it implements.
 */
final class CodeGenerator {
    final String filename;
    final SymbolTable symbols;
    final boolean interactive;
    /** The line of the last of the leading {@code from __future__} imports, or -1. */
    final int futureLine;
    /** {@code from __future__ import annotations}: annotations are stored as source text. */
    final boolean stringAnnotations;
    final ConstantFolder folder = new ConstantFolder();

    final StatementCompiler statements = new StatementCompiler(this);
    final ControlFlowCompiler flow = new ControlFlowCompiler(this);
    final ExpressionCompiler expressions = new ExpressionCompiler(this);
    final DisplayCompiler displays = new DisplayCompiler(this);
    final CallCompiler calls = new CallCompiler(this);
    final FunctionCompiler functions = new FunctionCompiler(this);
    final ComprehensionCompiler comprehensions = new ComprehensionCompiler(this);

    /** The unit being generated; the enclosing ones wait in {@link #outer}. */
    CodeUnit u;
    private final Deque<CodeUnit> outer = new ArrayDeque<>();

    CodeGenerator(SymbolTable symbols, String filename, boolean interactive, int futureLine,
                  boolean stringAnnotations) {
        this.symbols = symbols;
        this.stringAnnotations = stringAnnotations;
        this.filename = filename;
        this.interactive = interactive;
        this.futureLine = futureLine;
    }

    /** An annotation as it is stored: itself, or its source text under PEP 563. */
    Expr annotation(Expr annotation) {
        return stringAnnotations ? new Expr.Constant(annotation.pos(), Unparser.unparse(annotation)) : annotation;
    }

    /** Compiles the whole unit: the module code, with every nested block inside it. */
    Code compile(Mod mod) {
        enterUnit(symbols.top, "<module>", 1);
        switch (mod) {
            case Mod.Module m -> moduleBody(m.body(), true);
            case Mod.Interactive m -> moduleBody(m.body(), false);
            case Mod.Expression m -> {
                expr(m.body());
                u.loc = m.body().pos();
                u.emit(Opcode.RETURN_VALUE);
            }
        }
        return exitUnit();
    }

    private void moduleBody(List<Stmt> body, boolean docstring) {
        if (!body.isEmpty()) u.loc = body.get(0).pos();
        bodyWithDocstring(body, docstring);
        implicitReturn();
    }

    /**
     * A module or class body: SETUP_ANNOTATIONS when it has annotated assignments, the
     * docstring stored as {@code __doc__}, then the statements.
     */
    void bodyWithDocstring(List<Stmt> body, boolean docstring) {
        if (StatementCompiler.hasAnnotations(body)) u.emit(Opcode.SETUP_ANNOTATIONS);
        int start = 0;
        String doc = docstring ? docstringOf(body) : null;
        if (doc != null) {
            Stmt first = body.get(0);
            u.loc = first.pos();
            loadConst(doc);
            nameOp("__doc__", Ctx.STORE, first.pos());
            start = 1;
        }
        body(body.subList(start, body.size()));
    }

    /** The docstring of a body: its first statement when that is a plain string literal. */
    static String docstringOf(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e
                && e.value() instanceof Expr.Constant c && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** {@code return None} at the end of a body; an instruction without a span of its own. */
    void implicitReturn() {
        u.loc = null;
        loadConst(Constants.Singleton.NONE);
        u.emit(Opcode.RETURN_VALUE);
    }

    // ---- units --------------------------------------------------------------------

    /** Starts generating the code of a nested block. */
    void enterUnit(Scope scope, String name, int firstLine) {
        String qualname = qualname(scope, name);
        if (u != null) outer.push(u);
        u = new CodeUnit(scope, name, qualname, firstLine);
    }

    /** Finishes the current block and returns to the enclosing one. */
    Code exitUnit() {
        Code code = Assembler.assemble(u, filename, flags(u));
        u = outer.isEmpty() ? null : outer.pop();
        return code;
    }

    /** CPython's {@code __qualname__}: {@code f.<locals>.g}, {@code C.m}, or just the name. */
    private String qualname(Scope scope, String name) {
        if (u == null || outer.isEmpty() && u.scope.kind == Scope.Kind.MODULE) return name;
        CodeUnit parent = u;
        if (scope.kind == Scope.Kind.FUNCTION || scope.kind == Scope.Kind.CLASS) {
            String mangled = parent.scope.mangle(name);
            if (parent.scope.binding(mangled) == Scope.Binding.GLOBAL_EXPLICIT) return name;
        }
        boolean function = parent.scope.kind == Scope.Kind.FUNCTION || parent.scope.kind == Scope.Kind.LAMBDA;
        return parent.qualname + (function ? ".<locals>." : ".") + name;
    }

    private static int flags(CodeUnit unit) {
        Scope s = unit.scope;
        int flags = 0;
        if (s.isFunctionLike()) {
            flags |= Code.OPTIMIZED | Code.NEWLOCALS;
            if (s.nested) flags |= Code.NESTED;
            if (s.generator) flags |= Code.GENERATOR;
            if (s.hasVarargs) flags |= Code.VARARGS;
            if (s.hasVarkw) flags |= Code.VARKEYWORDS;
        }
        if (unit.cellvars.isEmpty() && unit.freevars.isEmpty()) flags |= Code.NOFREE;
        return flags;
    }

    // ---- walking ------------------------------------------------------------------

    /** A statement list; dead statements after a return or jump still compile, at the list's depth. */
    void body(List<Stmt> stmts) {
        int base = u.depth;
        for (Stmt s : stmts) {
            if (!u.reachable) u.depth = base;
            stmt(s);
        }
    }

    void stmt(Stmt s) {
        Pos saved = u.loc;
        u.loc = s.pos();
        statements.compile(s);
        u.loc = saved;
    }

    /** Compiles e for its value (or, for a Store/Del target, as that target). */
    void expr(Expr e) {
        Pos saved = u.loc;
        u.loc = e.pos();
        expressions.compile(e);
        u.loc = saved;
    }

    void loadConst(Object value) {
        u.emit(Opcode.LOAD_CONST, u.addConst(value));
    }

    /** Jumps unconditionally, backward when the label is already placed. */
    void jumpTo(Label target) {
        u.jump(target.isPlaced() ? Opcode.JUMP_BACKWARD : Opcode.JUMP_FORWARD, target);
    }

    CompileError error(String msg, Pos pos) {
        return new CompileError(msg, pos);
    }

    /** SyntaxError for assigning or deleting {@code __debug__}. */
    void checkForbidden(String name, Ctx ctx, Pos pos) {
        if (name.equals("__debug__")) {
            if (ctx == Ctx.STORE) throw error("cannot assign to __debug__", pos);
            if (ctx == Ctx.DEL) throw error("cannot delete __debug__", pos);
        }
    }

    // ---- names --------------------------------------------------------------------

    /**
     * Loads, stores or deletes a variable with the instruction its binding calls for:
     * FAST for a function's locals, DEREF for cells and free variables (LOAD_CLASSDEREF
     * in a class body), GLOBAL for globals in functions and for explicit globals
     * anywhere, NAME otherwise.
     */
    void nameOp(String name, Ctx ctx, Pos pos) {
        Pos saved = u.loc;
        u.loc = pos;
        checkForbidden(name, ctx, pos);
        String mangled = u.scope.mangle(name);
        Scope.Binding binding = u.scope.binding(mangled);
        boolean function = u.scope.isFunctionLike();
        if (binding == null) binding = Scope.Binding.GLOBAL_IMPLICIT;
        switch (binding) {
            case FREE, CELL -> {
                Opcode op = switch (ctx) {
                    case LOAD -> u.scope.kind == Scope.Kind.CLASS ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF;
                    case STORE -> Opcode.STORE_DEREF;
                    case DEL -> Opcode.DELETE_DEREF;
                };
                u.emit(op, u.cellIndex(mangled));
            }
            case LOCAL -> {
                if (function) u.emit(fast(ctx), u.varIndex(mangled));
                else u.emit(named(ctx), u.addName(mangled));
            }
            case GLOBAL_IMPLICIT -> u.emit(function ? global(ctx) : named(ctx), u.addName(mangled));
            case GLOBAL_EXPLICIT -> u.emit(global(ctx), u.addName(mangled));
        }
        u.loc = saved;
    }

    private static Opcode fast(Ctx ctx) {
        return switch (ctx) {
            case LOAD -> Opcode.LOAD_FAST;
            case STORE -> Opcode.STORE_FAST;
            case DEL -> Opcode.DELETE_FAST;
        };
    }

    private static Opcode named(Ctx ctx) {
        return switch (ctx) {
            case LOAD -> Opcode.LOAD_NAME;
            case STORE -> Opcode.STORE_NAME;
            case DEL -> Opcode.DELETE_NAME;
        };
    }

    private static Opcode global(Ctx ctx) {
        return switch (ctx) {
            case LOAD -> Opcode.LOAD_GLOBAL;
            case STORE -> Opcode.STORE_GLOBAL;
            case DEL -> Opcode.DELETE_GLOBAL;
        };
    }

    /** The span CPython gives attribute instructions: moved to the attribute name when the value spans lines. */
    static Pos attributeSpan(Pos base, Expr.Attribute a) {
        if (base.line() == a.pos().endLine()) return base;
        int len = a.attr().codePointCount(0, a.attr().length());
        int endLine = Math.max(a.pos().endLine(), base.endLine());
        if (len <= a.pos().endCol()) {
            return new Pos(a.pos().endLine(), a.pos().endCol() - len, endLine, base.endCol());
        }
        return new Pos(a.pos().endLine(), -1, endLine, -1);
    }
}
