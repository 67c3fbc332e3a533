package org.gilpy.compile;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.bytecode.Code;
import org.gilpy.bytecode.Constants;
import org.gilpy.bytecode.ExceptionTableEntry;
import org.gilpy.bytecode.Opcode;
import org.gilpy.bytecode.StackDepth;

/**
 * Structural checks of compiled code, recursively through nested code objects: every
 * operand indexes its table, every jump and handler target is an instruction, the
 * exception table is sorted and non-overlapping, StackDepth accepts the flow (no negative
 * depth, no underflow, consistent merges, no falling off the end) and agrees with
 * Code.stackSize, positions are -1 or sensible, and constants are of the allowed kinds.
 */
final class CodeVerifier {
    private final List<String> problems = new ArrayList<>();

    static List<String> verify(Code code, int sourceLines) {
        CodeVerifier v = new CodeVerifier();
        v.check(code, sourceLines);
        return v.problems;
    }

    private void problem(Code c, String what) {
        problems.add(c.qualname + ": " + what);
    }

    private void check(Code c, int sourceLines) {
        int n = c.code.length;
        if (n == 0) problem(c, "empty code");
        for (int i = 0; i < n; i++) {
            Opcode op = Opcode.opcodeOf(c.code[i]);
            int arg = Opcode.argOf(c.code[i]);
            int limit = switch (op.operand) {
                case CONST -> c.consts.length;
                case NAME -> c.names.length;
                case LOCAL -> c.varnames.length;
                case CELL -> c.cellvars.length + c.freevars.length;
                case JUMP -> n;
                case NONE -> 1;
                case FLAG -> 2;
                case BINOP -> org.gilpy.bytecode.BinaryOp.values().length;
                case CMPOP -> org.gilpy.bytecode.CompareOp.values().length;
                default -> Integer.MAX_VALUE;
            };
            if (arg >= limit) problem(c, op + " at " + i + " has operand " + arg + " >= " + limit);
            if (op == Opcode.KW_NAMES && !(c.consts[arg] instanceof Constants.Tuple)) {
                problem(c, "KW_NAMES at " + i + " names a non-tuple");
            }
            if (op == Opcode.KW_NAMES && (i + 1 >= n || Opcode.opcodeOf(c.code[i + 1]) != Opcode.CALL)) {
                problem(c, "KW_NAMES at " + i + " is not followed by CALL");
            }
            int line = c.lines[i];
            if (line != -1 && (line < 1 || line > sourceLines || c.endLines[i] < line)) {
                problem(c, "bad position " + line + "-" + c.endLines[i] + " at " + i);
            }
        }
        int lastEnd = 0;
        for (ExceptionTableEntry e : c.exceptionTable) {
            if (e.start() < lastEnd) problem(c, "exception table unsorted or overlapping at " + e);
            if (e.target() < 0 || e.target() >= n) problem(c, "handler target out of range: " + e);
            lastEnd = e.end();
        }
        try {
            int depth = StackDepth.compute(c.code, c.exceptionTable);
            if (depth != c.stackSize) problem(c, "stackSize " + c.stackSize + " but flow says " + depth);
        } catch (IllegalStateException ex) {
            problem(c, "stack: " + ex.getMessage());
        }
        for (Object k : c.consts) checkConstant(c, k, sourceLines);
    }

    private void checkConstant(Code c, Object k, int sourceLines) {
        switch (k) {
            case Long l -> { }
            case java.math.BigInteger b -> {
                if (b.bitLength() < 64) problem(c, "BigInteger constant that fits a long: " + b);
            }
            case Double d -> { }
            case Constants.Complex z -> { }
            case String s -> { }
            case Constants.Bytes b -> { }
            case Boolean b -> { }
            case Constants.Singleton s -> { }
            case Constants.Tuple t -> {
                for (Object o : t.items()) checkConstant(c, o, sourceLines);
            }
            case Code nested -> check(nested, sourceLines);
            default -> problem(c, "constant of kind " + k.getClass().getName());
        }
    }
}
