package org.gilpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Options.parse without a process: what CPython 3.11 makes of the same words and variables. */
class OptionsTest {
    @Test
    void flagVariablesAreOffOnlyForADecimalZero() {
        for (String off : new String[] {"0", " 0", "+0", "-0", "000"}) assertFalse(Options.flag(off), off);
        for (String on : new String[] {"1", "x", "0x0", "0 ", "-1", "99999999999999999999"}) {
            assertTrue(Options.flag(on), on);
        }
        assertFalse(Options.flag(""));
        assertFalse(Options.flag(null));
    }

    @Test
    void theFirstProgramWordEndsTheOptions() throws Options.UsageError {
        Options o = Options.parse(new String[] {"-u", "-Xdev", "-X", "a=b", "s.py", "-E", "x"}, Map.of());
        assertEquals(Options.Kind.SCRIPT, o.kind());
        assertEquals("s.py", o.target());
        assertEquals(List.of("-E", "x"), o.args());
        assertEquals(List.of("dev", "a=b"), o.xOptions());
        assertTrue(o.unbuffered());
        assertFalse(o.flags().ignoreEnvironment());
        Options stdin = Options.parse(new String[] {"-", "a"}, Map.of());
        assertEquals(Options.Kind.STDIN, stdin.kind());
        assertEquals("-", stdin.target());
        assertEquals("", Options.parse(new String[] {"--"}, Map.of()).target());
    }

    @Test
    void isolatedIgnoresTheEnvironment() throws Options.UsageError {
        Map<String, String> env = Map.of("PYTHONPATH", "lib", "PYTHONUNBUFFERED", "1");
        Options plain = Options.parse(new String[] {"-c", "pass"}, env);
        assertEquals("lib", plain.pythonPath());
        assertTrue(plain.unbuffered());
        Options isolated = Options.parse(new String[] {"-Ic", "pass"}, env);
        assertEquals(null, isolated.pythonPath());
        assertFalse(isolated.unbuffered());
        assertTrue(isolated.flags().safePath() && isolated.flags().noUserSite() && isolated.flags().ignoreEnvironment());
    }
}
