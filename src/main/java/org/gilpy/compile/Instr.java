package org.gilpy.compile;

import org.gilpy.ast.Pos;
import org.gilpy.bytecode.Opcode;

/**
 * One instruction before assembly: its operand is a number, or for a jump the
 * {@link Label} it goes to. {@code pos} is the source span it implements; null means
 * "inherit the span of the instruction before" (implicit returns, loop back-edges), and
 * {@link #ARTIFICIAL} means "no span" (exception-handler plumbing). {@code handler} is the
 * innermost exception handler active when it was emitted, or null.
 */
final class Instr {
    /** The span of instructions that belong to no source construct. */
    static final Pos ARTIFICIAL = new Pos(-1, -1, -1, -1);

    Opcode op;
    int arg;
    Label target;
    Pos pos;
    final Handler handler;

    Instr(Opcode op, int arg, Label target, Pos pos, Handler handler) {
        this.op = op;
        this.arg = arg;
        this.target = target;
        this.pos = pos;
        this.handler = handler;
    }

    /**
     * An exception handler: where to go, what depth to pop to, whether to push the
     * raising instruction's index. Creating one fixes the depth at its target label.
     */
    static final class Handler {
        Label target;
        final int depth;
        final boolean lasti;

        Handler(Label target, int depth, boolean lasti) {
            this.target = target;
            this.depth = depth;
            this.lasti = lasti;
            target.depth = depth + (lasti ? 1 : 0) + 1;
        }
    }

    @Override public String toString() {
        return op + (target != null ? " ->" + target.position : op.operand == Opcode.Operand.NONE ? "" : " " + arg);
    }
}
