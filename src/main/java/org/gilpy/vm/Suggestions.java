package org.gilpy.vm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyAttributeError;
import org.gilpy.objects.PyBaseException;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyNameError;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTraceback;

/**
 * The "Did you mean: 'x'?" hint that CPython 3.11 appends to an uncaught NameError or
 * AttributeError (exactly those types, not subclasses) when it prints the traceback; the
 * exception's message itself never contains it.
 *
 * <p>Candidates: for AttributeError, {@code dir(obj)}; for NameError, the local variable
 * names of the innermost traceback frame's code, then its globals, then its builtins
 * (the first list with a match wins). The winner is the candidate with the smallest
 * edit distance over UTF-8 bytes (a case change costs 1, any other edit 2), which must
 * be at most a third of the characters involved; ties go to the earlier candidate.
 */
final class Suggestions {
    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {}

    /** The suggested name for {@code e}, or null. Never raises. */
    static String forException(PyBaseException e) {
        try {
            if (e.type == PyExc.AttributeError && e instanceof PyAttributeError a) return forAttribute(a);
            if (e.type == PyExc.NameError && e instanceof PyNameError n) return forName(n);
        } catch (RuntimeException failed) {
            // a failing __dir__ or a non-str name: no hint, as in CPython
        }
        return null;
    }

    private static String forAttribute(PyAttributeError e) {
        if (!(e.name instanceof PyStr name) || name.type != PyStr.TYPE || e.obj == null) return null;
        PyObject listed = Abstract.callSpecial(e.obj, "__dir__");
        if (listed == null) return null;
        List<String> dir = strings(Abstract.toArray(listed));
        if (dir == null) return null;
        dir.sort(null);
        return best(dir, name.value);
    }

    private static String forName(PyNameError e) {
        if (!(e.name instanceof PyStr name) || name.type != PyStr.TYPE) return null;
        if (!(e.traceback instanceof PyTraceback tb)) return null;
        while (tb.next != null) tb = tb.next;
        if (!(tb.frame instanceof Frame f)) return null;
        String hit = best(List.of(f.code.varnames), name.value);
        if (hit == null) hit = best(keys(f.globals), name.value);
        if (hit == null && f.builtins != null) hit = best(keys(f.builtins), name.value);
        return hit;
    }

    private static List<String> keys(PyDict d) {
        List<String> out = strings(d.keys().toArray(new PyObject[0]));
        return out == null ? List.of() : out;
    }

    /** The items as Java strings, or null when one is not a str. */
    private static List<String> strings(PyObject[] items) {
        List<String> out = new ArrayList<>(items.length);
        for (PyObject o : items) {
            if (!(o instanceof PyStr s)) return null;
            out.add(s.value);
        }
        return out;
    }

    /** The closest candidate within the distance limit, or null. */
    static String best(List<String> candidates, String name) {
        if (candidates.size() >= MAX_CANDIDATES) return null;
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        String suggestion = null;
        int suggestionDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) continue;
            byte[] c = item.getBytes(StandardCharsets.UTF_8);
            int max = (n.length + c.length + 3) * MOVE_COST / 6;
            max = Math.min(max, suggestionDistance - 1);
            int d = distance(n, c, max);
            if (d > max) continue;
            if (suggestion == null || d < suggestionDistance) {
                suggestion = item;
                suggestionDistance = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        int la = 'A' <= a && a <= 'Z' ? a + ('a' - 'A') : a;
        int lb = 'A' <= b && b <= 'Z' ? b + ('a' - 'A') : b;
        return la == lb ? CASE_COST : MOVE_COST;
    }

    /**
     * Edit distance between a and b with the costs above, or any value above
     * {@code maxCost} once it is certain to exceed it. Common prefixes and suffixes are
     * trimmed first; strings longer than 40 bytes after trimming never match.
     */
    static int distance(byte[] a, byte[] b, int maxCost) {
        int aStart = 0, bStart = 0, aEnd = a.length, bEnd = b.length;
        while (aStart < aEnd && bStart < bEnd && a[aStart] == b[bStart]) { aStart++; bStart++; }
        while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] == b[bEnd - 1]) { aEnd--; bEnd--; }
        int aLen = aEnd - aStart, bLen = bEnd - bStart;
        if (aLen == 0 || bLen == 0) return (aLen + bLen) * MOVE_COST;
        if (aLen > MAX_STRING_SIZE || bLen > MAX_STRING_SIZE) return maxCost + 1;
        if (bLen < aLen) {
            byte[] t = a; a = b; b = t;
            int ts = aStart; aStart = bStart; bStart = ts;
            int tl = aLen; aLen = bLen; bLen = tl;
        }
        if ((bLen - aLen) * MOVE_COST > maxCost) return maxCost + 1;
        int[] row = new int[aLen];
        for (int i = 0; i < aLen; i++) row[i] = (i + 1) * MOVE_COST;
        int result = 0;
        for (int bi = 0; bi < bLen; bi++) {
            byte code = b[bStart + bi];
            int diagonal = bi * MOVE_COST;
            result = diagonal;
            int minimum = Integer.MAX_VALUE;
            for (int ai = 0; ai < aLen; ai++) {
                int substitute = diagonal + substitutionCost(code, a[aStart + ai]);
                diagonal = row[ai];
                int insertDelete = Math.min(result, diagonal) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[ai] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
