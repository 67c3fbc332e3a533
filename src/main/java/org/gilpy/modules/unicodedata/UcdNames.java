package org.gilpy.modules.unicodedata;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Character names of Unicode 14.0 and the reverse map lookup() uses. Hangul syllables and
 * CJK unified ideographs are named by computation (as CPython does, and only those:
 * Tangut ideographs have no name in CPython 3.11); the other names are stored front-coded
 * in {@code unicodedata.bin}. Name aliases and named sequences are accepted by the 14.0
 * lookup only, in any case, like the stored names; computed names must be upper case.
 */
final class UcdNames {
    static final int SBASE = 0xAC00, LCOUNT = 19, VCOUNT = 21, TCOUNT = 28;
    static final int NCOUNT = VCOUNT * TCOUNT, SCOUNT = LCOUNT * NCOUNT;
    private static final String HANGUL = "HANGUL SYLLABLE ", CJK = "CJK UNIFIED IDEOGRAPH-";

    private static final String[] L = split("G,GG,N,D,DD,R,M,B,BB,S,SS,,J,JJ,C,K,T,P,H");
    private static final String[] V = split("A,AE,YA,YAE,EO,E,YEO,YE,O,WA,WAE,OE,YO,U,WEO,WE,WI,YU,EU,YI,I");
    private static final String[] T = split(",G,GG,GS,N,NJ,NH,D,L,LG,LM,LB,LS,LT,LP,LH,M,B,BS,S,SS,NG,J,C,K,T,P,H");

    private static String[] split(String s) {
        return s.split(",", -1);
    }

    /** Stored names, sorted by code point. */
    private final int[] cps;
    private final String[] names;
    /** CJK unified ideograph ranges: first and last code point, in pairs. */
    private final int[] cjk;
    /** Aliases and named sequences by upper-case name. */
    private final Map<String, int[]> aliases = new HashMap<>();
    /** Upper-case stored name to code point, and Hangul syllable suffix to code point, made on first lookup. */
    private volatile Map<String, Integer> byName;
    private volatile Map<String, Integer> hangul;

    UcdNames(Ucd.Reader r) {
        int n = r.varint();
        cps = new int[n];
        names = new String[n];
        int cp = 0;
        String prev = "";
        for (int i = 0; i < n; i++) {
            cp += r.varint();
            int shared = r.varint();
            prev = prev.substring(0, shared) + r.string();
            cps[i] = cp;
            names[i] = prev;
        }
        int k = r.varint();
        cjk = new int[2 * k];
        for (int i = 0; i < 2 * k; i++) cjk[i] = r.varint();
        int a = r.varint();
        for (int i = 0; i < a; i++) {
            String name = r.string();
            int[] seq = new int[r.varint()];
            for (int j = 0; j < seq.length; j++) seq[j] = r.varint();
            aliases.put(name, seq);
        }
    }

    private boolean isCjk(int cp) {
        for (int i = 0; i < cjk.length; i += 2) {
            if (cp >= cjk[i] && cp <= cjk[i + 1]) return true;
        }
        return false;
    }

    /** The Unicode 14.0 name of cp, or null; the caller checks that its database names cp. */
    String name(int cp) {
        if (cp >= SBASE && cp < SBASE + SCOUNT) {
            int s = cp - SBASE;
            return HANGUL + L[s / NCOUNT] + V[(s % NCOUNT) / TCOUNT] + T[s % TCOUNT];
        }
        if (isCjk(cp)) return CJK + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
        int i = Arrays.binarySearch(cps, cp);
        return i >= 0 ? names[i] : null;
    }

    /**
     * The code points named n in db (one, or several for a named sequence), or null. n holds
     * one char per byte of the name as given (names are ASCII, so other chars never match).
     */
    int[] lookup(Ucd db, String n) {
        if (n.startsWith(HANGUL)) {
            Integer cp = hangulMap().get(n.substring(HANGUL.length()));
            return cp != null && db.lookup.is(cp) ? new int[] {cp} : null;
        }
        if (n.startsWith(CJK)) {
            String hex = n.substring(CJK.length());
            if (hex.length() < 4 || hex.length() > 5) return null;
            for (int i = 0; i < hex.length(); i++) {
                char c = hex.charAt(i);
                if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) return null;
            }
            int cp = Integer.parseInt(hex, 16);
            return isCjk(cp) && db.lookup.is(cp) ? new int[] {cp} : null;
        }
        String u = asciiUpper(n);
        Integer cp = nameMap().get(u);
        if (cp != null && db.lookup.is(cp)) return new int[] {cp};
        return db.isCurrent() ? aliases.get(u) : null;
    }

    private static String asciiUpper(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'a' && c[i] <= 'z') c[i] -= 32;
        }
        return new String(c);
    }

    private Map<String, Integer> nameMap() {
        Map<String, Integer> m = byName;
        if (m == null) {
            m = new HashMap<>(names.length * 2);
            for (int i = 0; i < names.length; i++) m.put(names[i], cps[i]);
            byName = m;
        }
        return m;
    }

    private Map<String, Integer> hangulMap() {
        Map<String, Integer> m = hangul;
        if (m == null) {
            m = new HashMap<>(SCOUNT * 2);
            for (int s = 0; s < SCOUNT; s++) m.put(L[s / NCOUNT] + V[(s % NCOUNT) / TCOUNT] + T[s % TCOUNT], SBASE + s);
            hangul = m;
        }
        return m;
    }
}
