package org.gilpy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Source bytes to text: UTF-8, BOM, PEP 263 cookies, and CPython's errors for a script. */
class SourceDecoderTest {
    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static PySyntaxError error(byte[] b) {
        return assertThrows(PySyntaxError.class, () -> SourceDecoder.decode(b, "x.py"));
    }

    @Test
    void utf8ByDefault() {
        assertEquals("x = 'é€'\n", SourceDecoder.decode("x = 'é€'\n".getBytes(StandardCharsets.UTF_8), "x.py"));
    }

    @Test
    void byteOrderMarkIsSkipped() {
        assertEquals("print('ok')\n", SourceDecoder.decode(bytes("\u00ef\u00bb\u00bfprint('ok')\n"), "x.py"));
    }

    @Test
    void latin1Cookie() {
        assertEquals("# -*- coding: latin-1 -*-\nx = 'é'\n",
                SourceDecoder.decode(bytes("# -*- coding: latin-1 -*-\nx = '\u00e9'\n"), "x.py"));
        assertEquals("#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nx = 'é'\n",
                SourceDecoder.decode(bytes("#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nx = '\u00e9'\n"), "x.py"));
        assertEquals("# coding=latin1\n'é'\n", SourceDecoder.decode(bytes("# coding=latin1\n'\u00e9'\n"), "x.py"));
    }

    @Test
    void cookieOnlyOnTheFirstTwoLines() {
        PySyntaxError e = error(bytes("x = 1\n# coding: latin-1\nprint('\u00e9')\n"));
        assertEquals("Non-UTF-8 code starting with '\\xe9' in file x.py on line 3, but no encoding declared; "
                + "see https://peps.python.org/pep-0263/ for details", e.msg);
        assertNull(e.filename);
        assertEquals(0, e.lineno);
    }

    @Test
    void nonUtf8WithoutCookie() {
        PySyntaxError e = error(bytes("x = 1\ny = '\u00c3'\n"));
        assertEquals("Non-UTF-8 code starting with '\\xc3' in file x.py on line 2, but no encoding declared; "
                + "see https://peps.python.org/pep-0263/ for details", e.msg);
    }

    @Test
    void cookieProblems() {
        assertEquals("encoding problem: ascii", error(bytes("# coding: ascii\nx = '\u00c3\u00a9'\n")).msg);
        assertEquals("encoding problem: foo", error(bytes("# coding: foo\nx = 1\n")).msg);
        assertEquals("encoding problem: iso-8859-1 with BOM",
                error(bytes("\u00ef\u00bb\u00bf# coding: latin-1\nx = 1\n")).msg);
    }

    @Test
    void nullBytes() {
        PySyntaxError e = error(bytes("x = 1\0\n"));
        assertEquals("source code cannot contain null bytes", e.msg);
        assertEquals(1, e.lineno);
        assertEquals("x = 1", e.text);
        PySyntaxError p = assertThrows(PySyntaxError.class, () -> Parser.parseModule("x\0", "x.py"));
        assertEquals("source code string cannot contain null bytes", p.msg);
    }
}
