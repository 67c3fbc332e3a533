package org.gilpy.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.gilpy.ast.Pos;
import org.gilpy.bytecode.Code;
import org.gilpy.bytecode.Disassembler;
import org.gilpy.bytecode.ExceptionTableEntry;
import org.gilpy.bytecode.Opcode;
import org.gilpy.bytecode.StackDepth;

/**
 * Turns a finished {@link CodeUnit} into an immutable {@link Code}, doing what CPython's
 * assembler and its simplest CFG passes do:
 * <ol>
 * <li>jumps to an unconditional jump go straight to its target;
 * <li>an unconditional jump to an implicit {@code return None} becomes a copy of it;
 * <li>instructions unreachable from the entry (following jumps, fall-through and the
 *     handlers of reachable instructions) are dropped;
 * <li>instructions without a span take the span of the one before;
 * <li>NOPs that mark no new line and jumps to the next instruction are dropped;
 * <li>jumps are threaded again where dropping instructions made new chains;
 * <li>constants no surviving instruction loads are dropped (consts[0] stays: a function's
 *     docstring slot);
 * <li>labels become instruction indexes, each instruction's handler becomes a run-length
 *     encoded exception table, and {@link StackDepth} computes (and verifies) the stack size.
 * </ol>
 * Invariant: labels always denote the first surviving instruction at or after the point
 * where they were placed, so removing instructions never breaks a jump.
 */
final class Assembler {
    private final CodeUnit u;
    private List<Instr> list;
    private final Set<Label> labels = Collections.newSetFromMap(new IdentityHashMap<>());

    private Assembler(CodeUnit u) {
        this.u = u;
        this.list = new ArrayList<>(u.instrs);
        for (Instr i : list) {
            if (i.target != null) labels.add(i.target);
            if (i.handler != null) labels.add(i.handler.target);
        }
    }

    static Code assemble(CodeUnit u, String filename, int flags) {
        return new Assembler(u).run(filename, flags);
    }

    private Code run(String filename, int flags) {
        threadJumps();
        inlineExitBlocks();
        removeUnreachable();
        propagatePositions();
        removeRedundant();
        if (threadJumps()) {
            removeUnreachable();
            removeRedundant();
        }
        return build(filename, flags);
    }

    private int target(Instr i) {
        return i.target.position;
    }

    // ---- passes -------------------------------------------------------------------

    /** JUMP to "LOAD_CONST; RETURN_VALUE" of an implicit return becomes a copy of those two. */
    private void inlineExitBlocks() {
        List<Instr> out = new ArrayList<>(list.size());
        int[] newIndex = new int[list.size() + 1];
        for (int i = 0; i < list.size(); i++) {
            newIndex[i] = out.size();
            Instr ins = list.get(i);
            if ((ins.op == Opcode.JUMP_FORWARD || ins.op == Opcode.JUMP_BACKWARD) && isImplicitReturn(target(ins))) {
                Instr load = list.get(target(ins));
                out.add(new Instr(Opcode.LOAD_CONST, load.arg, null, ins.pos, ins.handler));
                out.add(new Instr(Opcode.RETURN_VALUE, 0, null, ins.pos, ins.handler));
            } else {
                out.add(ins);
            }
        }
        newIndex[list.size()] = out.size();
        for (Label l : labels) l.position = newIndex[l.position];
        list = out;
    }

    private boolean isImplicitReturn(int at) {
        return at + 1 < list.size() && list.get(at).op == Opcode.LOAD_CONST && list.get(at).pos == null
                && list.get(at + 1).op == Opcode.RETURN_VALUE;
    }

    private void removeUnreachable() {
        int n = list.size();
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> work = new ArrayDeque<>();
        if (n > 0) work.push(0);
        while (!work.isEmpty()) {
            int i = work.pop();
            while (i < n && !seen[i]) {
                seen[i] = true;
                Instr ins = list.get(i);
                if (ins.handler != null) work.push(ins.handler.target.position);
                if (ins.target != null) work.push(target(ins));
                if (ins.op.isTerminal()) break;
                i++;
            }
        }
        compact(seen);
    }

    /**
     * Gives instructions without a span the span of the instruction that leads to them:
     * the one before when control falls through from it, else the first jump to them.
     */
    private void propagatePositions() {
        Pos prev = new Pos(u.firstLine, -1, u.firstLine, -1);
        for (int i = 0; i < list.size(); i++) {
            Instr ins = list.get(i);
            if (ins.pos == null) {
                if (i > 0 && list.get(i - 1).op.isTerminal()) {
                    for (Instr j : list) {
                        if (j.target != null && j.target.position == i && j.pos != null) {
                            prev = j.pos;
                            break;
                        }
                    }
                }
                ins.pos = prev;
            }
            prev = ins.pos;
        }
    }

    private void removeRedundant() {
        boolean changed = true;
        while (changed) {
            changed = false;
            boolean[] isTarget = new boolean[list.size() + 1];
            for (Label l : labels) isTarget[l.position] = true;
            boolean[] keep = new boolean[list.size()];
            Instr lastKept = null;
            for (int i = 0; i < list.size(); i++) {
                Instr ins = list.get(i);
                boolean drop = ins.op == Opcode.NOP ? redundantNop(i, isTarget[i] ? null : lastKept)
                        : isUnconditionalJump(ins) && target(ins) == i + 1;
                keep[i] = !drop;
                if (drop) changed = true;
                else lastKept = ins;
            }
            compact(keep);
        }
    }

    /**
     * A NOP is kept only to start a source line that no neighbouring instruction starts:
     * the instruction before it (when control falls through from it) or the one after.
     */
    private boolean redundantNop(int i, Instr before) {
        int line = list.get(i).pos.line();
        if (line < 0) return true;
        if (before != null && !before.op.isTerminal() && before.pos.line() == line) return true;
        return i + 1 < list.size() && list.get(i + 1).pos.line() == line;
    }

    /**
     * Jump threading: a jump (other than FOR_ITER) to an unconditional jump goes to its
     * target instead; JUMP_IF_X_OR_POP to another JUMP_IF_X_OR_POP of the same kind goes
     * to its target, and to one of the opposite kind becomes POP_JUMP_IF_X to the
     * instruction after it (the value that made the first jump makes the second pop).
     */
    private boolean threadJumps() {
        boolean changed = false;
        for (Instr ins : list) {
            if (ins.target == null || ins.op == Opcode.FOR_ITER) continue;
            Label l = ins.target;
            for (int hops = 0; hops < 16 && l.position < list.size(); hops++) {
                Instr at = list.get(l.position);
                if (isUnconditionalJump(at)) {
                    l = at.target;
                } else if (isJumpOrPop(ins.op) && isJumpOrPop(at.op)) {
                    if (at.op == ins.op) {
                        l = at.target;
                    } else {
                        ins.op = ins.op == Opcode.JUMP_IF_FALSE_OR_POP ? Opcode.POP_JUMP_IF_FALSE : Opcode.POP_JUMP_IF_TRUE;
                        Label after = new Label();
                        after.position = l.position + 1;
                        labels.add(after);
                        l = after;
                    }
                } else {
                    break;
                }
            }
            if (l != ins.target) {
                ins.target = l;
                changed = true;
            }
        }
        return changed;
    }

    private static boolean isJumpOrPop(Opcode op) {
        return op == Opcode.JUMP_IF_FALSE_OR_POP || op == Opcode.JUMP_IF_TRUE_OR_POP;
    }

    private static boolean isUnconditionalJump(Instr i) {
        return i.op == Opcode.JUMP_FORWARD || i.op == Opcode.JUMP_BACKWARD;
    }

    /** Keeps the marked instructions; labels move to the next kept instruction. */
    private void compact(boolean[] keep) {
        List<Instr> out = new ArrayList<>(list.size());
        int[] newIndex = new int[list.size() + 1];
        for (int i = 0; i < list.size(); i++) {
            newIndex[i] = out.size();
            if (keep[i]) out.add(list.get(i));
        }
        newIndex[list.size()] = out.size();
        for (Label l : labels) l.position = newIndex[l.position];
        list = out;
    }

    // ---- output -------------------------------------------------------------------

    /** The constants still used (and consts[0]), renumbering the operands that name them. */
    private Object[] pruneConstants() {
        int[] newIndex = new int[u.consts.size()];
        java.util.Arrays.fill(newIndex, -1);
        if (!u.consts.isEmpty()) newIndex[0] = 0;
        for (Instr i : list) {
            if (i.op.operand == Opcode.Operand.CONST) newIndex[i.arg] = 0;
        }
        List<Object> kept = new ArrayList<>();
        for (int k = 0; k < newIndex.length; k++) {
            if (newIndex[k] >= 0) {
                newIndex[k] = kept.size();
                kept.add(u.consts.get(k));
            }
        }
        for (Instr i : list) {
            if (i.op.operand == Opcode.Operand.CONST) i.arg = newIndex[i.arg];
        }
        return kept.toArray();
    }

    private Code build(String filename, int flags) {
        Object[] consts = pruneConstants();
        int n = list.size();
        int[] code = new int[n], lines = new int[n], endLines = new int[n], cols = new int[n], endCols = new int[n];
        List<ExceptionTableEntry> table = new ArrayList<>();
        int runStart = -1;
        Instr.Handler run = null;
        for (int i = 0; i <= n; i++) {
            Instr.Handler h = i < n ? list.get(i).handler : null;
            if (h != run) {
                if (run != null) table.add(new ExceptionTableEntry(runStart, i, run.target.position, run.depth, run.lasti));
                run = h;
                runStart = i;
            }
            if (i == n) break;
            Instr ins = list.get(i);
            Opcode op = ins.op;
            if (isUnconditionalJump(ins)) op = target(ins) <= i ? Opcode.JUMP_BACKWARD : Opcode.JUMP_FORWARD;
            code[i] = op.encode(ins.target != null ? target(ins) : ins.arg);
            Pos p = ins.pos;
            boolean known = p != Instr.ARTIFICIAL && p.line() > 0;
            lines[i] = known ? p.line() : -1;
            endLines[i] = known ? p.endLine() : -1;
            cols[i] = known ? p.col() : -1;
            endCols[i] = known ? p.endCol() : -1;
        }
        ExceptionTableEntry[] tableArray = table.toArray(new ExceptionTableEntry[0]);
        int stackSize = -1;
        IllegalStateException failure = null;
        try {
            stackSize = StackDepth.compute(code, tableArray);
        } catch (IllegalStateException e) {
            failure = e;
        }
        Code result = new Code(u.name, u.qualname, filename, u.firstLine,
                u.argCount, u.posOnlyArgCount, u.kwOnlyArgCount, flags,
                u.varnameArray(), u.cellvars.toArray(new String[0]), u.freevars.toArray(new String[0]),
                u.nameArray(), consts, code, lines, endLines, cols, endCols, table, stackSize);
        if (failure != null) {
            throw new IllegalStateException("internal compiler error in " + u.qualname + " (" + filename + "): "
                    + failure.getMessage() + "\n" + new Disassembler().positions(true).disassemble(result), failure);
        }
        return result;
    }
}
