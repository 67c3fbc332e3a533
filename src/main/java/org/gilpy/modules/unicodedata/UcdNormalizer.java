package org.gilpy.modules.unicodedata;

import java.util.HashMap;
import java.util.Map;

/**
 * NFC, NFD, NFKC and NFKD (UAX #15) over one database's decompositions: full decomposition
 * (Hangul syllables by arithmetic), canonical ordering by combining class, then canonical
 * composition of pairs not excluded. Combining classes, composition pairs and exclusions
 * are always Unicode 14.0's, and ucd_3_2_0's few per-character overrides (the corrected
 * CJK compatibility ideographs keep their 3.2 mappings) come from the data file: that is
 * how CPython 3.11 normalizes, which the generator checks over every code point.
 */
final class UcdNormalizer {
    private static final int LBASE = 0x1100, VBASE = 0x1161, TBASE = 0x11A7;
    private static final int SBASE = UcdNames.SBASE, SCOUNT = UcdNames.SCOUNT, NCOUNT = UcdNames.NCOUNT;
    private static final int LCOUNT = UcdNames.LCOUNT, VCOUNT = UcdNames.VCOUNT, TCOUNT = UcdNames.TCOUNT;

    private final Ucd v14;
    private final Map<Integer, int[]> canonical = new HashMap<>(), compatibility = new HashMap<>();
    private final Map<Integer, int[]> nfd = new HashMap<>(), nfkd = new HashMap<>();
    private final Map<Long, Integer> pairs = new HashMap<>();
    /** Code points that are the second of a composition pair (Hangul vowel and trailing jamo included). */
    private final java.util.Set<Integer> seconds = new java.util.HashSet<>();

    private static volatile UcdNormalizer current, old;

    /** The normalizer of db, built on first use. */
    static UcdNormalizer of(Ucd db) {
        UcdNormalizer n = db.isCurrent() ? current : old;
        if (n == null) {
            synchronized (UcdNormalizer.class) {
                n = db.isCurrent() ? current : old;
                if (n == null) {
                    n = new UcdNormalizer(db, Ucd.v14());
                    if (db.isCurrent()) current = n;
                    else old = n;
                }
            }
        }
        return n;
    }

    private UcdNormalizer(Ucd db, Ucd v14) {
        this.v14 = v14;
        db.decomposition.forEachSet((cp, d) -> {
            boolean compat = d.startsWith("<");
            (compat ? compatibility : canonical).put(cp, codePoints(compat ? d.substring(d.indexOf('>') + 1) : d));
        });
        db.nfd.forEachSet((cp, d) -> nfd.put(cp, codePoints(d)));
        db.nfkd.forEachSet((cp, d) -> nfkd.put(cp, codePoints(d)));
        v14.decomposition.forEachSet((cp, d) -> {
            if (!d.startsWith("<") && !v14.excluded.is(cp)) {
                int[] p = codePoints(d);
                pairs.put(key(p[0], p[1]), cp);
                seconds.add(p[1]);
            }
        });
        for (int cp = VBASE; cp < VBASE + VCOUNT; cp++) seconds.add(cp);
        for (int cp = TBASE + 1; cp < TBASE + TCOUNT; cp++) seconds.add(cp);
    }

    private static int[] codePoints(String hex) {
        String[] parts = hex.trim().split(" ");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) out[i] = Integer.parseInt(parts[i], 16);
        return out;
    }

    private static long key(int a, int b) {
        return (long) a << 21 | b;
    }

    /** s in the given form ("NFC", "NFD", "NFKC" or "NFKD"). */
    String normalize(String form, String s) {
        boolean compat = form.startsWith("NFK");
        boolean composing = form.equals("NFC") || form.equals("NFKC");
        if (unchanged(s, compat, composing)) return s;
        Buf b = new Buf(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            decompose(cp, compat, b);
        }
        reorder(b);
        if (composing) compose(b);
        StringBuilder out = new StringBuilder(b.n);
        for (int i = 0; i < b.n; i++) out.appendCodePoint(b.a[i]);
        return out.toString();
    }

    /**
     * The quick check: true when no character of s decomposes, reorders or composes with
     * the one before it, so that every form leaves s as it is. Below U+00A0 nothing does.
     */
    private boolean unchanged(String s, boolean compat, boolean composing) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0xA0) continue;
            if (!composing && cp >= SBASE && cp < SBASE + SCOUNT) return false;
            if (canonical.containsKey(cp) || (compat ? nfkd : nfd).containsKey(cp)
                    || compat && compatibility.containsKey(cp) || ccc(cp) != 0 || composing && seconds.contains(cp)) {
                return false;
            }
        }
        return true;
    }

    private int ccc(int cp) {
        return cp < 0x300 ? 0 : v14.combining.getInt(cp);
    }

    private void decompose(int cp, boolean compat, Buf out) {
        if (cp < 0xA0) {
            out.add(cp);
            return;
        }
        if (cp >= SBASE && cp < SBASE + SCOUNT) {
            int s = cp - SBASE;
            out.add(LBASE + s / NCOUNT);
            out.add(VBASE + (s % NCOUNT) / TCOUNT);
            if (s % TCOUNT != 0) out.add(TBASE + s % TCOUNT);
            return;
        }
        int[] full = (compat ? nfkd : nfd).get(cp);
        if (full != null) {
            for (int x : full) out.add(x);
            return;
        }
        int[] d = canonical.get(cp);
        if (d == null && compat) d = compatibility.get(cp);
        if (d == null) {
            out.add(cp);
        } else {
            for (int x : d) decompose(x, compat, out);
        }
    }

    /** Canonical ordering: a stable sort by class of every run of non-starters. */
    private void reorder(Buf b) {
        int[] cls = new int[b.n];
        for (int i = 0; i < b.n; i++) cls[i] = ccc(b.a[i]);
        for (int i = 1; i < b.n; i++) {
            int c = cls[i];
            if (c == 0) continue;
            int cp = b.a[i];
            int j = i;
            // insertion: earlier non-starters of a higher class move right (a starter, class 0, stops it)
            while (j > 0 && cls[j - 1] > c) {
                cls[j] = cls[j - 1];
                b.a[j] = b.a[j - 1];
                j--;
            }
            cls[j] = c;
            b.a[j] = cp;
        }
    }

    private void compose(Buf b) {
        if (b.n == 0) return;
        int starter = ccc(b.a[0]) == 0 ? 0 : -1;
        int last = starter == 0 ? 0 : 256;
        int n = 1;
        for (int i = 1; i < b.n; i++) {
            int ch = b.a[i];
            int cc = ccc(ch);
            if (starter >= 0 && (last < cc || last == 0)) {
                int comp = composite(b.a[starter], ch);
                if (comp >= 0) {
                    b.a[starter] = comp;
                    continue;
                }
            }
            if (cc == 0) starter = n;
            last = cc;
            b.a[n++] = ch;
        }
        b.n = n;
    }

    /** The primary composite of a and b, or -1. */
    private int composite(int a, int b) {
        if (a >= LBASE && a < LBASE + LCOUNT && b >= VBASE && b < VBASE + VCOUNT) {
            return SBASE + ((a - LBASE) * VCOUNT + (b - VBASE)) * TCOUNT;
        }
        if (a >= SBASE && a < SBASE + SCOUNT && (a - SBASE) % TCOUNT == 0 && b > TBASE && b < TBASE + TCOUNT) {
            return a + (b - TBASE);
        }
        Integer c = pairs.get(key(a, b));
        return c == null ? -1 : c;
    }

    /** A growable array of code points. */
    private static final class Buf {
        int[] a;
        int n;

        Buf(int cap) {
            a = new int[cap];
        }

        void add(int cp) {
            if (n == a.length) a = java.util.Arrays.copyOf(a, n * 2 + 8);
            a[n++] = cp;
        }
    }
}
