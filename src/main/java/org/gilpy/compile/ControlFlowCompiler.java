package org.gilpy.compile;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.ast.Ctx;
import org.gilpy.ast.ExceptHandler;
import org.gilpy.ast.Expr;
import org.gilpy.ast.Pos;
import org.gilpy.ast.Stmt;
import org.gilpy.bytecode.Constants;
import org.gilpy.bytecode.Opcode;
import org.gilpy.compile.CodeUnit.Block;
import org.gilpy.compile.CodeUnit.BlockKind;

/**
 * Compound statements and the jumps out of them, with CPython 3.11's layouts (d is the
 * stack depth at the statement; handlers are exception-table entries, see
 * {@link org.gilpy.bytecode.ExceptionTableEntry}):
 * <pre>
 * for:     iter GET_ITER; L: FOR_ITER end; store; body; JUMP_BACKWARD L; end: else
 * while:   if not test goto else; L: body; if test goto L; else: else-body   (test rotated)
 * try/except: body [H]; else; JUMP end
 *          H (d): PUSH_EXC_INFO; per clause: type CHECK_EXC_MATCH POP_JUMP_IF_FALSE next;
 *                 STORE name | POP_TOP; body [N if named]; POP_EXCEPT; (name = None; del name); JUMP end
 *                 N (d+1, lasti): name = None; del name; RERAISE 1
 *                 after the last clause: RERAISE 0          -- all of H covered by C
 *          C (d+1, lasti): COPY 3; POP_EXCEPT; RERAISE 1
 * try/finally: body [F]; finally-body; JUMP end
 *          F (d): PUSH_EXC_INFO; finally-body; RERAISE 0     -- covered by C
 *          C (d+1, lasti): COPY 3; POP_EXCEPT; RERAISE 1
 * with:    manager BEFORE_WITH; store or POP_TOP + body [W];
 *          PUSH_NULL, None x3, CALL 3, POP_TOP; JUMP end
 *          W (d+1, lasti): PUSH_EXC_INFO WITH_EXCEPT_START POP_JUMP_IF_TRUE s; RERAISE 2  -- covered by C
 *          C (d+3, lasti): COPY 3; POP_EXCEPT; RERAISE 1
 *          s: POP_TOP POP_EXCEPT POP_TOP POP_TOP
 * </pre>
 * return, break and continue unwind the open blocks statically, innermost first: a copy
 * of each finally body, the exit call of each with, POP_EXCEPT (and the name cleanup) of
 * each except clause, POP_TOP of each for iterator; a non-constant return value stays on
 * top of the stack throughout (SWAP 2 brings it above whatever must be popped).
 */
final class ControlFlowCompiler {
    private final CodeGenerator g;

    ControlFlowCompiler(CodeGenerator g) {
        this.g = g;
    }

    // ---- branches and loops -------------------------------------------------------

    void ifStmt(Stmt.If s) {
        CodeUnit u = g.u;
        Label end = new Label();
        Label orelse = s.orelse().isEmpty() ? end : new Label();
        g.expressions.jumpIf(s.test(), orelse, false);
        g.body(s.body());
        if (!s.orelse().isEmpty()) {
            u.loc = null;
            g.jumpTo(end);
            u.place(orelse);
            g.body(s.orelse());
        }
        u.place(end);
    }

    void whileStmt(Stmt.While s) {
        CodeUnit u = g.u;
        Label loop = new Label(), body = new Label(), orelse = new Label(), exit = new Label();
        u.place(loop);
        Block block = new Block(BlockKind.WHILE_LOOP, null, loop, exit, null);
        u.push(block, s.pos());
        g.expressions.jumpIf(s.test(), orelse, false);
        u.place(body);
        g.body(s.body());
        u.loc = s.pos();
        g.expressions.jumpIf(s.test(), body, true);
        u.pop(block);
        u.place(orelse);
        g.body(s.orelse());
        u.place(exit);
    }

    void forStmt(Stmt.For s) {
        CodeUnit u = g.u;
        Label start = new Label(), cleanup = new Label(), exit = new Label();
        g.displays.listAsTuple(s.iter()); // for x in [a, b]: iterate a tuple
        u.loc = s.pos();
        u.emit(Opcode.GET_ITER);
        u.place(start);
        u.jump(Opcode.FOR_ITER, cleanup);
        Block block = new Block(BlockKind.FOR_LOOP, null, start, exit, null);
        u.push(block, s.pos());
        g.statements.store(s.target());
        g.body(s.body());
        u.pop(block);
        u.loc = null;
        g.jumpTo(start);
        u.place(cleanup);
        g.body(s.orelse());
        u.place(exit);
    }

    // ---- try ----------------------------------------------------------------------

    void tryStmt(Stmt.Try s) {
        if (!s.finalbody().isEmpty()) tryFinally(s);
        else tryExcept(s);
    }

    private void tryFinally(Stmt.Try s) {
        CodeUnit u = g.u;
        Label handler = new Label(), cleanup = new Label(), exit = new Label();
        u.emit(Opcode.NOP);
        Block body = new Block(BlockKind.FINALLY_TRY, u.newHandler(handler, 0, false), null, null, s.finalbody());
        u.push(body, s.pos());
        if (!s.handlers().isEmpty()) tryExcept(s);
        else g.body(s.body());
        u.pop(body);
        g.body(s.finalbody());
        u.loc = null;
        g.jumpTo(exit);

        u.place(handler);
        u.loc = Instr.ARTIFICIAL;
        Block end = new Block(BlockKind.FINALLY_END, u.newHandler(cleanup, 0, true), null, null, null);
        u.push(end, s.pos());
        u.emit(Opcode.PUSH_EXC_INFO);
        g.body(s.finalbody());
        u.loc = Instr.ARTIFICIAL;
        u.emit(Opcode.RERAISE, 0);
        u.pop(end);
        popExceptAndReraise(cleanup);
        u.place(exit);
    }

    private void tryExcept(Stmt.Try s) {
        CodeUnit u = g.u;
        Pos stmtPos = u.loc;
        Label handler = new Label(), cleanup = new Label(), end = new Label();
        u.emit(Opcode.NOP);
        Block body = new Block(BlockKind.TRY_EXCEPT, u.newHandler(handler, 0, false), null, null, null);
        u.push(body, stmtPos);
        g.body(s.body());
        u.pop(body);
        g.body(s.orelse());
        u.loc = null;
        g.jumpTo(end);

        u.place(handler);
        u.loc = Instr.ARTIFICIAL;
        Block except = new Block(BlockKind.EXCEPTION_HANDLER, u.newHandler(cleanup, 0, true), null, null, null);
        u.push(except, stmtPos);
        u.emit(Opcode.PUSH_EXC_INFO);
        List<ExceptHandler> handlers = s.handlers();
        for (int i = 0; i < handlers.size(); i++) {
            ExceptHandler h = handlers.get(i);
            u.loc = h.pos();
            if (h.type() == null && i < handlers.size() - 1) {
                throw g.error("default 'except:' must be last", h.pos());
            }
            Label next = new Label();
            if (h.type() != null) {
                g.expr(h.type());
                u.emit(Opcode.CHECK_EXC_MATCH);
                u.jump(Opcode.POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                namedClause(h, except, end);
            } else {
                u.emit(Opcode.POP_TOP);
                Block clause = new Block(BlockKind.HANDLER_CLEANUP, null, null, null, null);
                u.push(clause, h.pos());
                g.body(h.body());
                u.pop(clause);
                u.loc = Instr.ARTIFICIAL;
                u.pop(except);
                u.emit(Opcode.POP_EXCEPT);
                g.jumpTo(end);
                u.push(except, h.pos());
            }
            u.place(next);
        }
        u.loc = Instr.ARTIFICIAL;
        u.emit(Opcode.RERAISE, 0);
        u.pop(except);
        popExceptAndReraise(cleanup);
        u.place(end);
    }

    /** {@code except E as name:} the body runs under a handler that unbinds name, as CPython does. */
    private void namedClause(ExceptHandler h, Block except, Label end) {
        CodeUnit u = g.u;
        Label unbind = new Label();
        g.nameOp(h.name(), Ctx.STORE, h.pos());
        Block clause = new Block(BlockKind.HANDLER_CLEANUP, u.newHandler(unbind, 0, true), null, null, h.name());
        u.push(clause, h.pos());
        g.body(h.body());
        u.pop(clause);
        u.loc = Instr.ARTIFICIAL;
        u.pop(except);
        u.emit(Opcode.POP_EXCEPT);
        unbindName(h.name());
        g.jumpTo(end);
        u.push(except, h.pos());

        u.place(unbind);
        u.loc = Instr.ARTIFICIAL;
        unbindName(h.name());
        u.emit(Opcode.RERAISE, 1);
    }

    private void unbindName(String name) {
        Pos pos = g.u.loc;
        g.loadConst(Constants.Singleton.NONE);
        g.nameOp(name, Ctx.STORE, pos);
        g.nameOp(name, Ctx.DEL, pos);
    }

    /** The cleanup handler: restore the previous exception and re-raise. */
    private void popExceptAndReraise(Label cleanup) {
        CodeUnit u = g.u;
        u.place(cleanup);
        u.loc = Instr.ARTIFICIAL;
        u.emit(Opcode.COPY, 3);
        u.emit(Opcode.POP_EXCEPT);
        u.emit(Opcode.RERAISE, 1);
    }

    // ---- with ---------------------------------------------------------------------

    void withStmt(Stmt.With s, int index) {
        CodeUnit u = g.u;
        var item = s.items().get(index);
        Label handler = new Label(), cleanup = new Label(), suppress = new Label(), exit = new Label();
        g.expr(item.context());
        u.loc = s.pos();
        u.emit(Opcode.BEFORE_WITH);
        Block block = new Block(BlockKind.WITH, u.newHandler(handler, 1, true), null, null, s);
        u.push(block, s.pos());
        if (item.target() != null) {
            g.statements.store(item.target());
        } else {
            u.emit(Opcode.POP_TOP);
        }
        if (index + 1 < s.items().size()) withStmt(s, index + 1);
        else g.body(s.body());
        u.pop(block);
        u.loc = s.pos();
        callExitWithNones();
        u.emit(Opcode.POP_TOP);
        g.jumpTo(exit);

        u.place(handler);
        u.loc = s.pos();
        Block cleanupBlock = new Block(BlockKind.HANDLER_ONLY, u.newHandler(cleanup, 0, true), null, null, null);
        u.push(cleanupBlock, s.pos());
        u.emit(Opcode.PUSH_EXC_INFO);
        u.emit(Opcode.WITH_EXCEPT_START);
        u.jump(Opcode.POP_JUMP_IF_TRUE, suppress);
        u.emit(Opcode.RERAISE, 2);
        u.pop(cleanupBlock);
        popExceptAndReraise(cleanup);
        u.place(suppress);
        u.loc = s.pos();
        u.emit(Opcode.POP_TOP);
        u.emit(Opcode.POP_EXCEPT);
        u.emit(Opcode.POP_TOP);
        u.emit(Opcode.POP_TOP);
        u.place(exit);
    }

    /** exit(None, None, None) with exit on top of the stack; leaves its result. */
    private void callExitWithNones() {
        CodeUnit u = g.u;
        u.emit(Opcode.PUSH_NULL);
        for (int i = 0; i < 3; i++) g.loadConst(Constants.Singleton.NONE);
        u.emit(Opcode.CALL, 3);
    }

    // ---- jumps out ----------------------------------------------------------------

    void returnStmt(Stmt.Return s) {
        CodeUnit u = g.u;
        if (u.scope.kind != Scope.Kind.FUNCTION) throw g.error("'return' outside function", s.pos());
        Expr value = s.value();
        Object constant = value == null ? Constants.Singleton.NONE : g.folder.fold(value);
        boolean preserve = constant == null;
        if (preserve) {
            g.expr(value);
        } else if (value != null) {
            u.loc = value.pos();
            u.emit(Opcode.NOP);
        }
        if (value == null || value.pos().line() != s.pos().line()) {
            u.loc = s.pos();
            u.emit(Opcode.NOP);
        }
        List<Block> removed = new ArrayList<>();
        unwind(preserve, false, removed);
        u.loc = s.pos();
        if (!preserve) g.loadConst(constant);
        u.emit(Opcode.RETURN_VALUE);
        restore(removed);
    }

    void breakStmt(Stmt.Break s) {
        List<Block> removed = new ArrayList<>();
        Block loop = unwind(false, true, removed);
        if (loop == null) throw g.error("'break' outside loop", s.pos());
        g.u.loc = s.pos();
        unwindBlock(loop, false);
        g.jumpTo(loop.exit());
        restore(removed);
    }

    void continueStmt(Stmt.Continue s) {
        List<Block> removed = new ArrayList<>();
        Block loop = unwind(false, true, removed);
        if (loop == null) throw g.error("'continue' not properly in loop", s.pos());
        g.u.loc = s.pos();
        g.jumpTo(loop.start());
        restore(removed);
    }

    /**
     * Emits the unwinding of every open block above the innermost loop (toLoop) or of all
     * blocks, innermost first. Each block leaves the block stack before its unwinding code
     * is emitted, so that code (and whatever the caller emits next: the jump or return)
     * runs under the handlers outside it; the caller puts the blocks back with
     * {@link #restore} once the jump is emitted. Returns the loop block found, or null.
     */
    private Block unwind(boolean preserveTos, boolean toLoop, List<Block> removed) {
        CodeUnit u = g.u;
        Pos stmtPos = u.loc;
        Block loop = null;
        while (!u.blocks.isEmpty()) {
            Block top = u.blocks.get(u.blocks.size() - 1);
            if (toLoop && (top.kind() == BlockKind.WHILE_LOOP || top.kind() == BlockKind.FOR_LOOP)) {
                loop = top;
                break;
            }
            removed.add(u.blocks.remove(u.blocks.size() - 1));
            if (top.kind() == BlockKind.HANDLER_CLEANUP) {
                // The clause's POP_EXCEPT also leaves the enclosing handler's cleanup region.
                removed.add(u.blocks.remove(u.blocks.size() - 1));
            }
            u.loc = stmtPos;
            unwindBlock(top, preserveTos);
        }
        u.loc = stmtPos;
        return loop;
    }

    private void restore(List<Block> removed) {
        for (int i = removed.size() - 1; i >= 0; i--) g.u.blocks.add(removed.get(i));
    }

    private void unwindBlock(Block b, boolean preserveTos) {
        CodeUnit u = g.u;
        switch (b.kind()) {
            case WHILE_LOOP, TRY_EXCEPT, EXCEPTION_HANDLER, HANDLER_ONLY -> { }
            case FOR_LOOP, POP_VALUE -> {
                if (preserveTos) u.emit(Opcode.SWAP, 2);
                u.emit(Opcode.POP_TOP);
            }
            case FINALLY_TRY -> {
                Block value = null;
                if (preserveTos) {
                    value = new Block(BlockKind.POP_VALUE, null, null, null, null);
                    u.push(value, u.loc);
                }
                @SuppressWarnings("unchecked")
                List<Stmt> finalbody = (List<Stmt>) b.datum();
                g.body(finalbody);
                if (preserveTos) u.pop(value);
            }
            case FINALLY_END -> {
                if (preserveTos) u.emit(Opcode.SWAP, 2);
                u.emit(Opcode.POP_TOP);
                if (preserveTos) u.emit(Opcode.SWAP, 2);
                u.emit(Opcode.POP_EXCEPT);
            }
            case WITH -> {
                u.loc = ((Stmt.With) b.datum()).pos();
                if (preserveTos) u.emit(Opcode.SWAP, 2);
                callExitWithNones();
                u.emit(Opcode.POP_TOP);
            }
            case HANDLER_CLEANUP -> {
                if (preserveTos) u.emit(Opcode.SWAP, 2);
                u.emit(Opcode.POP_EXCEPT);
                if (b.datum() != null) unbindName((String) b.datum());
            }
        }
    }
}
