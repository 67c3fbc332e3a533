package org.gilpy.modules.json;

import static org.junit.jupiter.api.Assertions.*;

import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.junit.jupiter.api.Test;

/** The parts of _json that need no interpreter: escaping, index conversion, scanstring. */
class JsonModuleTest {

    private static String escape(String s, boolean ascii) {
        StringBuilder b = new StringBuilder();
        JsonModule.escape(s, ascii, b);
        return b.toString();
    }

    @Test
    void escapesAsCPython() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0000\\u001f\"", escape("a\"b\\c\n\r\t\b\f\u0000\u001f", true));
        assertEquals("\"\\u00e9\\u007f\\ud834\\udd1e/\"", escape("\u00e9\u007f\uD834\uDD1E/", true));
        assertEquals("\"\u00e9\u007f\uD834\uDD1E\\u0001\"", escape("\u00e9\u007f\uD834\uDD1E\u0001", false));
        assertEquals("\"\"", escape("", true));
    }

    @Test
    void indexesAreCodePointsOutsideCharsInside() {
        JsonText t = new JsonText(PyStr.of("a\uD834\uDD1Eb\uD834\uDD1Ec"));
        assertEquals(5, t.length());
        assertEquals(0, t.toChar(0));
        assertEquals(3, t.toChar(2));
        assertEquals(6, t.toChar(4));
        assertEquals(4, t.toIndex(5));
        assertEquals(5, t.toIndex(t.s.length()));
        JsonText narrow = new JsonText(PyStr.of("abc\u00e9"));
        assertEquals(3, narrow.toChar(3));
        assertEquals(3, narrow.toIndex(3));
    }

    @Test
    void scanstringDecodesEscapesAndPairs() {
        PyObject r = JsonModule.scanstring(PyStr.of("\"x\\u00e9\\ud834\\udd1e\\n\" tail"), PyInt.of(1), null);
        PyTuple t = (PyTuple) r;
        assertEquals("x\u00e9\uD834\uDD1E\n", ((PyStr) t.get(0)).value);
        assertEquals(23, ((PyInt) t.get(1)).value);
        PyTuple astral = (PyTuple) JsonModule.scanstring(PyStr.of("\uD834\uDD1E\"ab\""), PyInt.of(2), null);
        assertEquals("ab", ((PyStr) astral.get(0)).value);
        assertEquals(5, ((PyInt) astral.get(1)).value);
    }
}
