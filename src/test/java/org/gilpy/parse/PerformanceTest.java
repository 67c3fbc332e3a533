package org.gilpy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gilpy.ast.Mod;
import org.junit.jupiter.api.Test;

/**
 * A coarse guard against accidental slowness (quadratic behaviour, runaway backtracking):
 * a 10,000-line program must parse well under a second once the JIT has warmed up. The
 * bound is generous so that slow CI machines do not fail it.
 */
class PerformanceTest {
    static String bigProgram(int functions) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < functions; i++) {
            sb.append("@decorator(").append(i).append(")\n");
            sb.append("def function_").append(i).append("(a, b=1, *args, key=None, **kw):\n");
            sb.append("    \"\"\"Docstring of function ").append(i).append(".\"\"\"\n");
            sb.append("    total = [x * 2 for x in range(a) if x % 3 == 0]\n");
            sb.append("    data = {'k': a, 'v': (b, key), **kw}\n");
            sb.append("    for i, item in enumerate(total):\n");
            sb.append("        if item > b and not key or i in args:\n");
            sb.append("            total[i] = f'{item!r:>10} {i}' + \"x\" * 3\n");
            sb.append("        elif i: continue\n");
            sb.append("    try:\n");
            sb.append("        return lambda y, *z: (y ** 2, z[1:-1], data.get('k'))\n");
            sb.append("    except (ValueError, KeyError) as e:\n");
            sb.append("        raise RuntimeError('failed %d' % 1) from e\n");
        }
        return sb.toString();
    }

    @Test
    void tenThousandLinesParseQuickly() {
        String src = bigProgram(770);
        for (int i = 0; i < 5; i++) Parser.parseModule(src, "big.py");
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            Mod.Module m = Parser.parseModule(src, "big.py");
            best = Math.min(best, System.nanoTime() - t0);
            assertEquals(770, m.body().size());
        }
        assertTrue(best < 2_000_000_000L, "10k lines took " + best / 1_000_000 + " ms");
    }
}
