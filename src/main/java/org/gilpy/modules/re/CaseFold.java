package org.gilpy.modules.re;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Case-insensitive matching as CPython's re does it (tag [re-casefold]). Two characters
 * match when their simple lowercase mappings are equal, or when those lowercases are
 * "extra equivalents": distinct lowercase letters with the same uppercase (i and
 * dotless ı, s and long ſ, σ and final ς, β and ϐ, в and ᲀ, ...) or, for letters without
 * a simple uppercase, the same full uppercase (ΐ and ΐ, ﬅ and ﬆ). ASCII mode (bytes
 * patterns, {@code re.ASCII}, {@code re.LOCALE}) folds A-Z and a-z only.
 */
final class CaseFold {
    static final CaseFold ASCII = new CaseFold(false);
    static final CaseFold UNICODE = new CaseFold(true);

    final boolean unicode;

    private CaseFold(boolean unicode) {
        this.unicode = unicode;
    }

    int lower(int c) {
        if (c < 128) return c >= 'A' && c <= 'Z' ? c + 32 : c;
        return unicode ? Character.toLowerCase(c) : c;
    }

    /** The extra equivalents of a lowercase letter (including itself), or null. */
    private static int[] extras(int lowered) {
        return Tables.EXTRAS.get(lowered);
    }

    /** True when a and b match each other case-insensitively. */
    boolean same(int a, int b) {
        if (a == b) return true;
        int la = lower(a), lb = lower(b);
        if (la == lb) return true;
        if (!unicode) return false;
        int[] ex = extras(la);
        if (ex == null) return false;
        for (int e : ex) if (e == lb) return true;
        return false;
    }

    /** Every character that matches c case-insensitively, c first. */
    int[] equivalents(int c) {
        int l = lower(c);
        if (!unicode) {
            if (l >= 'a' && l <= 'z') return c == l ? new int[] {c, c - 32} : new int[] {c, l};
            return new int[] {c};
        }
        List<Integer> out = new ArrayList<>();
        out.add(c);
        int[] ex = extras(l);
        for (int g : ex == null ? new int[] {l} : ex) {
            if (!out.contains(g)) out.add(g);
            for (int x : Tables.upperOf(g)) if (!out.contains(x)) out.add(x);
        }
        int[] r = new int[out.size()];
        for (int i = 0; i < r.length; i++) r[i] = out.get(i);
        return r;
    }

    /** Lazily built tables over all code points. */
    private static final class Tables {
        /** lowercase → every character whose lowercase it is (itself excluded). */
        static final Map<Integer, int[]> INVERSE_LOWER = new HashMap<>();
        /** lowercase letter → its group of extra equivalents. */
        static final Map<Integer, int[]> EXTRAS = new HashMap<>();

        static {
            Map<Integer, List<Integer>> inv = new HashMap<>();
            Map<String, List<Integer>> byUpper = new HashMap<>();
            for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
                if (!Character.isDefined(c) || (c >= 0xd800 && c < 0xe000)) continue;
                int l = Character.toLowerCase(c);
                if (l != c) {
                    inv.computeIfAbsent(l, k -> new ArrayList<>()).add(c);
                    continue;
                }
                int u = Character.toUpperCase(c);
                String key;
                if (u != c) key = "s" + u;
                else {
                    // only lowercase and titlecase letters have a full uppercase of several
                    // characters (SpecialCasing); skipping the rest makes this table 4x faster
                    int t = Character.getType(c);
                    if (t != Character.LOWERCASE_LETTER && t != Character.TITLECASE_LETTER) continue;
                    String full = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
                    if (full.codePointCount(0, full.length()) < 2) continue;
                    key = "f" + full;
                }
                byUpper.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
            }
            for (var e : inv.entrySet()) INVERSE_LOWER.put(e.getKey(), toArray(e.getValue()));
            for (List<Integer> g : byUpper.values()) {
                if (g.size() < 2) continue;
                int[] a = toArray(g);
                for (int x : a) EXTRAS.put(x, a);
            }
        }

        static int[] upperOf(int lowered) {
            int[] r = INVERSE_LOWER.get(lowered);
            return r == null ? new int[0] : r;
        }

        private static int[] toArray(List<Integer> l) {
            int[] a = new int[l.size()];
            for (int i = 0; i < a.length; i++) a[i] = l.get(i);
            return a;
        }
    }
}
