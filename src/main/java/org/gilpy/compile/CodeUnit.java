package org.gilpy.compile;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gilpy.ast.Pos;
import org.gilpy.bytecode.Opcode;

/**
 * The code object being generated for one block: its instruction list, constant and name
 * pools, the stack of open control blocks, the current source span and the tracked stack
 * depth. The {@link CodeGenerator} and its helpers append to it; the {@link Assembler}
 * turns it into a {@link org.gilpy.bytecode.Code}.
 *
 * <p>Invariants: every emitted instruction records the innermost exception handler of the
 * open {@link Block}s; {@link #depth} is the stack depth after the last instruction along
 * the path being generated ({@link #reachable} false after a jump, return or raise until
 * a label that something jumps to is placed).
 */
final class CodeUnit {
    /** CPython's limit on statically nested blocks (CO_MAXBLOCKS). */
    static final int MAX_BLOCKS = 20;

    final Scope scope;
    final String name, qualname;
    final int firstLine;
    final List<Instr> instrs = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();

    private final Map<Object, Integer> constIndex = new HashMap<>();
    final List<Object> consts = new ArrayList<>();
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final Map<String, Integer> varnames = new LinkedHashMap<>();
    final List<String> cellvars, freevars;

    int argCount, posOnlyArgCount, kwOnlyArgCount;
    /** The span given to the next emitted instructions. */
    Pos loc;
    int depth;
    boolean reachable = true;

    CodeUnit(Scope scope, String name, String qualname, int firstLine) {
        this.scope = scope;
        this.name = name;
        this.qualname = qualname;
        this.firstLine = firstLine;
        for (String p : scope.params) varnames.putIfAbsent(p, varnames.size());
        this.cellvars = scope.cellvars();
        this.freevars = scope.freevars();
    }

    // ---- control blocks -----------------------------------------------------------

    enum BlockKind {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, EXCEPTION_HANDLER,
        HANDLER_CLEANUP, POP_VALUE,
        /** Only installs a handler (cleanup regions); invisible to return/break/continue. */
        HANDLER_ONLY
    }

    /**
     * An open construct that return, break and continue must unwind (CPython's fblock),
     * and/or the exception handler covering the code inside it. {@code start}/{@code exit}
     * are a loop's continue and break targets; {@code datum} is the finally body of a
     * FINALLY_TRY, the With statement of a WITH, the bound name of a HANDLER_CLEANUP.
     */
    record Block(BlockKind kind, Instr.Handler handler, Label start, Label exit, Object datum) {}

    void push(Block b, Pos where) {
        if (b.kind() != BlockKind.HANDLER_ONLY) {
            int n = 0;
            for (Block o : blocks) if (o.kind() != BlockKind.HANDLER_ONLY) n++;
            if (n >= MAX_BLOCKS) throw new CompileError("too many statically nested blocks", where);
        }
        blocks.add(b);
    }

    void pop(Block b) {
        Block top = blocks.remove(blocks.size() - 1);
        if (top != b) throw new IllegalStateException("internal compiler error: unbalanced blocks");
    }

    Instr.Handler currentHandler() {
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i).handler() != null) return blocks.get(i).handler();
        }
        return null;
    }

    /** A handler for code emitted from now on, popping to the current depth minus {@code below}. */
    Instr.Handler newHandler(Label target, int below, boolean lasti) {
        return new Instr.Handler(target, depth - below, lasti);
    }

    // ---- emitting -----------------------------------------------------------------

    Instr emit(Opcode op, int arg) {
        if (op.isJump()) throw new IllegalArgumentException(op + " needs a label");
        return add(new Instr(op, arg, null, loc, currentHandler()));
    }

    Instr emit(Opcode op) {
        return emit(op, 0);
    }

    Instr jump(Opcode op, Label target) {
        if (!op.isJump()) throw new IllegalArgumentException(op + " is not a jump");
        return add(new Instr(op, 0, target, loc, currentHandler()));
    }

    private Instr add(Instr i) {
        instrs.add(i);
        if (i.target != null && reachable) {
            merge(i.target, depth + i.op.stackEffect(i.arg, true));
        }
        depth += i.op.stackEffect(i.arg, false);
        if (depth < 0 && reachable) {
            throw new IllegalStateException("internal compiler error: negative stack depth at " + i + " in " + qualname);
        }
        if (i.op.isTerminal()) reachable = false;
        return i;
    }

    void place(Label label) {
        if (label.isPlaced()) throw new IllegalStateException("internal compiler error: label placed twice");
        label.position = instrs.size();
        if (reachable) {
            merge(label, depth);
        } else if (label.depth != Label.UNKNOWN_DEPTH) {
            depth = label.depth;
            reachable = true;
        }
    }

    private void merge(Label label, int d) {
        if (label.depth == Label.UNKNOWN_DEPTH) {
            label.depth = d;
        } else if (label.depth != d) {
            throw new IllegalStateException("internal compiler error: stack depth " + d + " and "
                    + label.depth + " meet at a label in " + qualname);
        }
    }

    // ---- pools --------------------------------------------------------------------

    int addConst(Object value) {
        if (value instanceof BigInteger b && b.bitLength() < 64) value = b.longValue();
        Integer i = constIndex.get(value);
        if (i == null) {
            i = consts.size();
            consts.add(value);
            constIndex.put(value, i);
        }
        return i;
    }

    int addName(String name) {
        return names.computeIfAbsent(name, k -> names.size());
    }

    int varIndex(String name) {
        return varnames.computeIfAbsent(name, k -> varnames.size());
    }

    /** The CELL operand of a name: its index in cellvars, then in freevars. */
    int cellIndex(String name) {
        int i = cellvars.indexOf(name);
        if (i >= 0) return i;
        i = freevars.indexOf(name);
        if (i >= 0) return cellvars.size() + i;
        throw new IllegalStateException("internal compiler error: " + name + " is not a cell of " + qualname);
    }

    String[] nameArray() {
        return names.keySet().toArray(new String[0]);
    }

    String[] varnameArray() {
        return varnames.keySet().toArray(new String[0]);
    }
}
