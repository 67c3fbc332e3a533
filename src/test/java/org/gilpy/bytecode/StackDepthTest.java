package org.gilpy.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StackDepthTest {
    private static final ExceptionTableEntry[] NO_TABLE = {};

    private static int[] code(Object... opsAndArgs) {
        int[] out = new int[opsAndArgs.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Opcode) opsAndArgs[2 * i]).encode((Integer) opsAndArgs[2 * i + 1]);
        }
        return out;
    }

    @Test
    void straightLine() {
        int[] c = code(Opcode.LOAD_CONST, 0, Opcode.LOAD_CONST, 0, Opcode.BINARY_OP, 0, Opcode.RETURN_VALUE, 0);
        assertEquals(2, StackDepth.compute(c, NO_TABLE));
        assertArrayEquals(new int[] {0, 1, 2, 1}, StackDepth.depths(c, NO_TABLE));
    }

    @Test
    void loopsAndJumpEffects() {
        // iter; L: FOR_ITER end; POP_TOP; JUMP_BACKWARD L; end: LOAD_CONST; RETURN_VALUE
        int[] c = code(Opcode.LOAD_CONST, 0, Opcode.GET_ITER, 0, Opcode.FOR_ITER, 5, Opcode.POP_TOP, 0,
                Opcode.JUMP_BACKWARD, 2, Opcode.LOAD_CONST, 0, Opcode.RETURN_VALUE, 0);
        assertArrayEquals(new int[] {0, 1, 1, 2, 1, 0, 1}, StackDepth.depths(c, NO_TABLE));
        assertEquals(2, StackDepth.compute(c, NO_TABLE));
    }

    @Test
    void handlerTargetsGetDepthPlusLastiPlusException() {
        int[] c = code(Opcode.LOAD_CONST, 0, Opcode.POP_TOP, 0, Opcode.LOAD_CONST, 0, Opcode.RETURN_VALUE, 0,
                Opcode.POP_TOP, 0, Opcode.POP_TOP, 0, Opcode.LOAD_CONST, 0, Opcode.RETURN_VALUE, 0);
        ExceptionTableEntry[] t = {new ExceptionTableEntry(0, 2, 4, 0, true)};
        int[] d = StackDepth.depths(c, t);
        assertEquals(2, d[4]);
        assertEquals(2, StackDepth.compute(c, t));
    }

    @Test
    void rejectsUnderflowInconsistencyAndBadTargets() {
        assertThrows(IllegalStateException.class,
                () -> StackDepth.compute(code(Opcode.POP_TOP, 0, Opcode.RETURN_VALUE, 0), NO_TABLE));
        assertThrows(IllegalStateException.class,
                () -> StackDepth.compute(code(Opcode.LOAD_CONST, 0, Opcode.BINARY_OP, 0, Opcode.RETURN_VALUE, 0), NO_TABLE));
        // two paths reach instruction 4 with depths 1 and 2
        assertThrows(IllegalStateException.class, () -> StackDepth.compute(code(Opcode.LOAD_CONST, 0,
                Opcode.POP_JUMP_IF_TRUE, 4, Opcode.LOAD_CONST, 0, Opcode.LOAD_CONST, 0, Opcode.RETURN_VALUE, 0), NO_TABLE));
        assertThrows(IllegalStateException.class,
                () -> StackDepth.compute(code(Opcode.JUMP_FORWARD, 7), NO_TABLE));
        assertThrows(IllegalStateException.class,
                () -> StackDepth.compute(code(Opcode.LOAD_CONST, 0), NO_TABLE));
    }

    /** popCount must agree with the rows wherever a row's "Pops" is a plain list of names. */
    @Test
    void popCountsAgreeWithTheRows() {
        Pattern plain = Pattern.compile("[a-z_]+(, [a-z_]+)*");
        int checked = 0;
        for (Opcode op : Opcode.values()) {
            if (op.pops.isEmpty()) {
                if (op != Opcode.COPY && op != Opcode.SWAP) assertEquals(0, StackDepth.popCount(op, 0), op.name());
                continue;
            }
            Matcher m = plain.matcher(op.pops.replace("NULL", "null"));
            if (!m.matches()) continue;
            int items = op.pops.split(", ").length;
            int extra = switch (op) {
                case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE, MAP_ADD -> 1;
                default -> 0;
            };
            assertEquals(items + extra, StackDepth.popCount(op, 1), op.name());
            checked++;
        }
        assertTrue(checked > 40, "checked " + checked);
    }
}
