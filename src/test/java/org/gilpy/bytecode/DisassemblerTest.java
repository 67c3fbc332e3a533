package org.gilpy.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisassemblerTest {
    @Test
    void floatReprIsPythons() {
        assertEquals("1.0", Disassembler.repr(1.0));
        assertEquals("-0.0", Disassembler.repr(-0.0));
        assertEquals("0.1", Disassembler.repr(0.1));
        assertEquals("1e+16", Disassembler.repr(1e16));
        assertEquals("1000000000000000.0", Disassembler.repr(1e15));
        assertEquals("0.0001", Disassembler.repr(0.0001));
        assertEquals("1e-05", Disassembler.repr(0.00001));
        assertEquals("1.5e-07", Disassembler.repr(1.5e-7));
        assertEquals("1.7976931348623157e+308", Disassembler.repr(Double.MAX_VALUE));
        assertEquals("inf", Disassembler.repr(Double.POSITIVE_INFINITY));
        assertEquals("nan", Disassembler.repr(Double.NaN));
        assertEquals("123.456", Disassembler.repr(123.456));
        assertEquals("5e-324", Disassembler.repr(Double.MIN_VALUE));
        assertEquals("0.30000000000000004", Disassembler.repr(0.1 + 0.2));
        assertEquals("9007199254740992.0", Disassembler.repr(9007199254740992.0));
        assertEquals("1.2345678901234568e+17", Disassembler.repr(1.2345678901234568e+17));
    }

    @Test
    void otherReprs() {
        assertEquals("2j", Disassembler.repr(new Constants.Complex(0.0, 2.0)));
        assertEquals("(1+2j)", Disassembler.repr(new Constants.Complex(1.0, 2.0)));
        assertEquals("(-0-1.5j)", Disassembler.repr(new Constants.Complex(-0.0, -1.5)));
        assertEquals("\"it's\"", Disassembler.repr("it's"));
        assertEquals("'a\\n\\x00\\u200b'", Disassembler.repr("a\n\0\u200b"));
        assertEquals("b\"\\x00a'\"", Disassembler.repr(new Constants.Bytes(new byte[] {0, 'a', '\''})));
        assertEquals("(1,)", Disassembler.repr(new Constants.Tuple(List.of(1L))));
        assertEquals("('a', None, Ellipsis, True)", Disassembler.repr(new Constants.Tuple(
                List.of("a", Constants.Singleton.NONE, Constants.Singleton.ELLIPSIS, true))));
        assertEquals("123456789012345678901234567890", Disassembler.repr(new BigInteger("123456789012345678901234567890")));
    }

    @Test
    void listingLayout() {
        int[] code = {Opcode.LOAD_CONST.encode(0), Opcode.RETURN_VALUE.encode(0)};
        Code c = new Code("<module>", "<module>", "x.py", 1, 0, 0, 0, 0, new String[0], new String[0],
                new String[0], new String[0], new Object[] {Constants.Singleton.NONE}, code,
                new int[] {1, 1}, new int[] {1, 1}, new int[] {0, 0}, new int[] {4, 4}, List.of(), 1);
        assertEquals("""
                  1           0 LOAD_CONST               0 (None)
                              1 RETURN_VALUE
                """, Disassembler.dis(c));
    }
}
