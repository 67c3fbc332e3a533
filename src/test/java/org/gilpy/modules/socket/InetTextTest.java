package org.gilpy.modules.socket;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Numeric address text against what glibc (through CPython 3.11) gives. */
class InetTextTest {
    private static String hex(byte[] b) {
        if (b == null) return null;
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x));
        return sb.toString();
    }

    @Test
    void atonAcceptsTheShortAndCForms() {
        assertEquals("01020304", hex(InetText.aton("1.2.3.4")));
        assertEquals("7f000001", hex(InetText.aton("127.1")));
        assertEquals("01020003", hex(InetText.aton("1.2.3")));
        assertEquals("7f000001", hex(InetText.aton("0x7f.0.0.1")));
        assertEquals("08010101", hex(InetText.aton("010.1.1.1 trailing text")));
        assertEquals("ffffffff", hex(InetText.aton("4294967295")));
        assertNull(InetText.aton("256.1.1.1"));
        assertNull(InetText.aton("1.2.3.4.5"));
        assertNull(InetText.aton("x"));
        assertNull(InetText.aton("1.2.3."));
        assertNull(InetText.aton(""));
    }

    @Test
    void pton4IsStrict() {
        assertEquals("0a000001", hex(InetText.pton4("10.0.0.1")));
        assertNull(InetText.pton4("10.0.1"));
        assertNull(InetText.pton4("1.2.3.04"));
        assertNull(InetText.pton4("1.2.3.256"));
        assertNull(InetText.pton4("0x1.2.3.4"));
    }

    @Test
    void pton6() {
        assertEquals("00000000000000000000000000000001", hex(InetText.pton6("::1")));
        assertEquals("00000000000000000000000000000000", hex(InetText.pton6("::")));
        assertEquals("00010002000300040005000601020304", hex(InetText.pton6("1:2:3:4:5:6:1.2.3.4")));
        assertEquals("00000000000000000000ffff0a010203", hex(InetText.pton6("::ffff:10.1.2.3")));
        assertNull(InetText.pton6("1::2::3"));
        assertNull(InetText.pton6("12345::"));
        assertNull(InetText.pton6("1:2:3:4:5:6:7:8:9"));
        assertNull(InetText.pton6("1:2:3:4:5:6:7"));
        assertNull(InetText.pton6("g::"));
    }

    @Test
    void formatCompressesTheLongestZeroRun() {
        String[][] cases = {
            {"::1", "::1"}, {"::", "::"}, {"1::", "1::"}, {"1:0:0:2:0:0:0:3", "1:0:0:2::3"},
            {"::ffff:1.2.3.4", "::ffff:1.2.3.4"}, {"::1.2.3.4", "::1.2.3.4"}, {"::2", "::2"}, {"::0:1.2.3.4", "::1.2.3.4"}, {"::ffff:0:0", "::ffff:0.0.0.0"},
            {"1::ffff:1.2.3.4", "1::ffff:102:304"}, {"::1:0:0:0", "::1:0:0:0"},
            {"2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"}, {"1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"},
            {"1:0:2:3:4:5:6:7", "1:0:2:3:4:5:6:7"},
        };
        for (String[] c : cases) assertEquals(c[1], InetText.format(InetText.pton6(c[0])), c[0]);
    }
}
