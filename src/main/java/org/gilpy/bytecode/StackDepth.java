package org.gilpy.bytecode;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Flow analysis of a code object's value stack: follows fall-through, jumps and
 * exception-table targets from instruction 0, using {@link Opcode#stackEffect}, and
 * yields the maximum depth ({@link Code#stackSize}) and the depth before each reachable
 * instruction.
 *
 * <p>It doubles as a verifier of the compiler's output: it fails with
 * {@link IllegalStateException} when a depth would go negative, an instruction would pop
 * more than is there, two paths reach an instruction with different depths, a jump or
 * handler target is out of range, a handler would pop to a depth above the current one,
 * or control falls off the end of the code. Unreachable instructions are not examined.
 */
public final class StackDepth {
    private StackDepth() {}

    /** The maximum stack depth of the code; see the class comment for the failures. */
    public static int compute(int[] code, ExceptionTableEntry[] table) {
        int[] before = depths(code, table);
        int max = 0;
        for (int i = 0; i < code.length; i++) {
            if (before[i] < 0) continue;
            Opcode op = Opcode.opcodeOf(code[i]);
            int arg = Opcode.argOf(code[i]);
            max = Math.max(max, before[i]);
            max = Math.max(max, before[i] + op.stackEffect(arg, false));
            if (op.isJump()) max = Math.max(max, before[i] + op.stackEffect(arg, true));
            ExceptionTableEntry h = handlerFor(table, i);
            if (h != null) max = Math.max(max, handlerDepth(h));
        }
        return max;
    }

    /** The depth before each instruction, or -1 where the instruction is unreachable. */
    public static int[] depths(int[] code, ExceptionTableEntry[] table) {
        int n = code.length;
        int[] before = new int[n];
        Arrays.fill(before, -1);
        if (n == 0) return before;
        for (ExceptionTableEntry e : table) {
            if (e.start() < 0 || e.end() > n || e.start() >= e.end()) {
                throw new IllegalStateException("exception table entry out of range: " + e);
            }
            checkTarget(e.target(), n, "handler of " + e);
        }
        ArrayDeque<int[]> work = new ArrayDeque<>();
        work.push(new int[] {0, 0});
        while (!work.isEmpty()) {
            int[] item = work.pop();
            int i = item[0], depth = item[1];
            // Walk straight-line code until a terminal instruction or an already-seen one.
            while (true) {
                if (before[i] >= 0) {
                    if (before[i] != depth) {
                        throw new IllegalStateException("inconsistent stack depth at " + i
                                + ": " + before[i] + " and " + depth);
                    }
                    break;
                }
                before[i] = depth;
                Opcode op = Opcode.opcodeOf(code[i]);
                int arg = Opcode.argOf(code[i]);
                int pops = popCount(op, arg);
                if (depth < pops) {
                    throw new IllegalStateException(op + " at " + i + " pops " + pops
                            + " but the stack holds " + depth);
                }
                ExceptionTableEntry h = handlerFor(table, i);
                if (h != null) {
                    if (h.depth() > depth) {
                        throw new IllegalStateException("handler depth " + h.depth() + " above stack depth "
                                + depth + " at " + i);
                    }
                    work.push(new int[] {h.target(), handlerDepth(h)});
                }
                if (op.isJump()) {
                    checkTarget(arg, n, op + " at " + i);
                    work.push(new int[] {arg, depth + op.stackEffect(arg, true)});
                }
                if (op.isTerminal()) break;
                depth += op.stackEffect(arg, false);
                if (depth < 0) throw new IllegalStateException("negative stack depth after " + i);
                i++;
                if (i >= n) throw new IllegalStateException("control falls off the end of the code");
            }
        }
        return before;
    }

    /** The depth at a handler's target: its depth, the saved instruction index, the exception. */
    public static int handlerDepth(ExceptionTableEntry h) {
        return h.depth() + (h.lasti() ? 1 : 0) + 1;
    }

    private static ExceptionTableEntry handlerFor(ExceptionTableEntry[] table, int index) {
        for (ExceptionTableEntry e : table) {
            if (e.covers(index)) return e;
        }
        return null;
    }

    private static void checkTarget(int target, int n, String what) {
        if (target < 0 || target >= n) {
            throw new IllegalStateException(what + " targets " + target + ", outside 0.." + (n - 1));
        }
    }

    /**
     * How many items an instruction takes off the stack (before pushing its results), as
     * its row in {@link Opcode} lists them. Used only to verify; the depth arithmetic
     * itself comes from {@link Opcode#stackEffect}.
     */
    static int popCount(Opcode op, int arg) {
        return switch (op) {
            case NOP, PUSH_NULL, LOAD_CONST, LOAD_FAST, DELETE_FAST, LOAD_NAME, DELETE_NAME,
                 LOAD_GLOBAL, DELETE_GLOBAL, LOAD_DEREF, LOAD_CLASSDEREF, DELETE_DEREF,
                 LOAD_CLOSURE, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, JUMP_FORWARD,
                 JUMP_BACKWARD, KW_NAMES, SETUP_ANNOTATIONS -> 0;
            case COPY, SWAP -> arg;
            case POP_TOP, STORE_FAST, STORE_NAME, STORE_GLOBAL, STORE_DEREF, LOAD_ATTR,
                 DELETE_ATTR, LOAD_METHOD, UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT,
                 UNARY_INVERT, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
                 POP_JUMP_IF_NOT_NONE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP, GET_ITER,
                 FOR_ITER, LIST_TO_TUPLE, UNPACK_SEQUENCE, UNPACK_EX, RETURN_VALUE,
                 YIELD_VALUE, GET_YIELD_FROM_ITER, PUSH_EXC_INFO, POP_EXCEPT, RERAISE,
                 BEFORE_WITH, IMPORT_FROM, IMPORT_STAR, PRINT_EXPR, PRINT_NEWLINE -> 1;
            case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE -> arg + 1;
            case MAP_ADD -> arg + 2;
            case STORE_ATTR, BINARY_SUBSCR, DELETE_SUBSCR, BINARY_OP, COMPARE_OP, IS_OP,
                 CONTAINS_OP, YIELD_FROM, CHECK_EXC_MATCH, IMPORT_NAME, PRINT_ITEM -> 2;
            case STORE_SUBSCR -> 3;
            case WITH_EXCEPT_START -> 4;
            case BUILD_SLICE, BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING, RAISE_VARARGS -> arg;
            case BUILD_MAP -> 2 * arg;
            case BUILD_CONST_KEY_MAP -> arg + 1;
            case FORMAT_VALUE -> (arg & 4) != 0 ? 2 : 1;
            case MAKE_FUNCTION -> Integer.bitCount(arg & 0xF) + 1;
            case CALL -> arg + 2;
            case CALL_FUNCTION_EX -> (arg & 1) != 0 ? 4 : 3;
        };
    }
}
