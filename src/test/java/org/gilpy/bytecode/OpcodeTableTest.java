package org.gilpy.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The opcode table is the single definition of the instruction set: check its invariants. */
class OpcodeTableTest {
    @Test
    void everyOpcodeFitsInTheLowByteAndRoundTrips() {
        assertTrue(Opcode.values().length <= 256);
        for (Opcode op : Opcode.values()) {
            int w = op.encode(0xABCDE);
            assertEquals(op, Opcode.opcodeOf(w));
            assertEquals(0xABCDE, Opcode.argOf(w));
        }
        assertThrows(IllegalArgumentException.class, () -> Opcode.LOAD_CONST.encode(1 << 24));
    }

    @Test
    void everyRowDocumentsItself() {
        for (Opcode op : Opcode.values()) {
            assertFalse(op.does.isBlank(), op + " has no description");
        }
    }

    @Test
    void stackEffectsMatchTheRows() {
        assertEquals(1, Opcode.LOAD_CONST.stackEffect(0, false));
        assertEquals(-3, Opcode.STORE_SUBSCR.stackEffect(0, false));
        assertEquals(-4, Opcode.CALL.stackEffect(3, false));
        assertEquals(1, Opcode.FOR_ITER.stackEffect(0, false));
        assertEquals(-1, Opcode.FOR_ITER.stackEffect(0, true));
        assertEquals(2, Opcode.UNPACK_SEQUENCE.stackEffect(3, false));
        assertEquals(1 + 2 + 1, Opcode.UNPACK_EX.stackEffect(1 | 2 << 8, false) + 1);
        assertEquals(-3, Opcode.MAKE_FUNCTION.stackEffect(1 | 2 | 8, false));
        assertEquals(-5, Opcode.BUILD_MAP.stackEffect(3, false));
        // every row with "Pops: x" and no pushes must lower the depth
        for (Opcode op : Opcode.values()) {
            if (op.operand == Opcode.Operand.NONE && !op.pops.isEmpty() && op.pushes.isEmpty()) {
                assertTrue(op.stackEffect(0, false) < 0, op + " pops but its effect is not negative");
            }
        }
    }

    @Test
    void inplaceOperatorsPairWithPlainOnes() {
        for (BinaryOp op : BinaryOp.values()) {
            if (op.isInplace()) {
                assertEquals(op.plain.symbol + "=", op.symbol);
                assertEquals("__i" + op.plain.method.substring(2), op.inplace);
            } else {
                assertEquals(op, op.toInplace().plain);
            }
        }
    }

    @Test
    void exceptionTableLookupFindsTheCoveringEntry() {
        Code c = new Code("f", "f", "x.py", 1, 0, 0, 0, 0, new String[0], new String[0], new String[0],
                new String[0], new Object[0], new int[10], new int[10], new int[10], new int[10], new int[10],
                java.util.List.of(new ExceptionTableEntry(2, 5, 8, 0, false),
                        new ExceptionTableEntry(5, 7, 9, 1, true)), 2);
        assertEquals(null, c.handlerFor(1));
        assertEquals(8, c.handlerFor(2).target());
        assertEquals(8, c.handlerFor(4).target());
        assertEquals(9, c.handlerFor(5).target());
        assertEquals(null, c.handlerFor(7));
    }
}
