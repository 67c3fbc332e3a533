package org.gilpy.objects;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Unicode case mapping and character classes for str, as CPython 3.11 defines them: full
 * case mappings (ß → SS, ﬁ → Fi), the final-sigma rule, titlecase, case folding, and the
 * {@code is*} predicates. Built on {@link Character} (Java's Unicode data), with small
 * tables for the properties Java does not expose (Numeric_Type=Digit, the numeric CJK
 * ideographs, XID_Start/XID_Continue exclusions, the case folding exceptions).
 * ASCII takes fast paths everywhere.
 */
public final class StrCase {
    private StrCase() {}

    // ---- case mapping ---------------------------------------------------------------

    /** Full lowercase with the final-sigma rule; {@code latin1}: s has no char above U+00FF,
     * where Java's mapping is the same and faster. */
    static String lower(String s, boolean latin1) {
        int n = s.length();
        int i = 0;
        if (latin1) return s.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n);
        while (i < n) {
            int cp = s.codePointAt(i);
            appendLower(b, s, i, cp);
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** Full uppercase; Java's ROOT-locale mapping is Unicode's full (SpecialCasing) mapping. */
    static String upper(String s, boolean ascii) {
        return s.toUpperCase(Locale.ROOT);
    }

    /** Appends the full lowercase of cp found at s[i] (the final-sigma rule needs the context). */
    private static void appendLower(StringBuilder b, String s, int i, int cp) {
        if (cp < 0x80) {
            b.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else if (cp == 0x130) {
            b.append("i\u0307");
        } else if (cp == 0x3A3) {
            b.append(isFinalSigma(s, i) ? '\u03C2' : '\u03C3');
        } else {
            b.appendCodePoint(Character.toLowerCase(cp));
        }
    }

    /** Σ at s[i] lowers to ς when a cased letter precedes it and none follows it (ignoring case-ignorables). */
    private static boolean isFinalSigma(String s, int i) {
        int j = i;
        int before = -1;
        while (j > 0) {
            int c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!isCaseIgnorable(c)) {
                before = c;
                break;
            }
        }
        if (before < 0 || !isCased(before)) return false;
        j = i + 1;
        while (j < s.length()) {
            int c = s.codePointAt(j);
            j += Character.charCount(c);
            if (!isCaseIgnorable(c)) return !isCased(c);
        }
        return true;
    }

    static boolean isCased(int cp) {
        return Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    private static boolean isCaseIgnorable(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT,
                 Character.MODIFIER_LETTER, Character.MODIFIER_SYMBOL -> {
                return true;
            }
            default -> {
                return cp == '\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`' || cp == 0xB7
                        || cp == 0x387 || cp == 0x55F || cp == 0x5F4 || cp == 0x2018 || cp == 0x2019
                        || cp == 0x2024 || cp == 0x2027 || cp == 0xFE13 || cp == 0xFE52 || cp == 0xFE55
                        || cp == 0xFF07 || cp == 0xFF0E || cp == 0xFF1A;
            }
        }
    }

    /** Appends the full uppercase of cp. */
    private static void appendUpper(StringBuilder b, int cp) {
        if (cp < 0x80) {
            b.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
        } else if (Character.isLowerCase(cp)) {
            b.append(Character.toString(cp).toUpperCase(Locale.ROOT));
        } else {
            b.appendCodePoint(Character.toUpperCase(cp));
        }
    }

    /** Appends the full titlecase of cp (SpecialCasing's title column). Georgian letters are
     * their own titlecase (Java would give the Mtavruli capital). */
    private static void appendTitle(StringBuilder b, int cp) {
        if (cp < 0x80) {
            b.append((char) (cp >= 'a' && cp <= 'z' ? cp - 32 : cp));
            return;
        }
        if (cp >= 0x10D0 && cp <= 0x10FF) {
            b.appendCodePoint(cp);
            return;
        }
        int t = Character.toTitleCase(cp);
        if (t != cp || !Character.isLowerCase(cp)) {
            b.appendCodePoint(t);
            return;
        }
        String u = Character.toString(cp).toUpperCase(Locale.ROOT);
        int first = u.codePointAt(0);
        int k = Character.charCount(first);
        if (k == u.length() || cp == 0x149) {
            b.append(u);
            return;
        }
        b.appendCodePoint(first);
        String rest = u.substring(k).toLowerCase(Locale.ROOT);
        if (cp >= 0x1F80 && cp <= 0x1FFF && rest.endsWith("\u03B9")) {
            rest = rest.substring(0, rest.length() - 1) + '\u0345';
        }
        b.append(rest);
    }

    static String swapcase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isUpperCase(cp)) appendLower(b, s, i, cp);
            else if (Character.isLowerCase(cp)) appendUpper(b, cp);
            else b.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (prevCased) appendLower(b, s, i, cp);
            else appendTitle(b, cp);
            prevCased = isCased(cp);
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) return s;
        StringBuilder b = new StringBuilder(s.length());
        int cp = s.codePointAt(0);
        appendTitle(b, cp);
        for (int i = Character.charCount(cp); i < s.length(); ) {
            cp = s.codePointAt(i);
            appendLower(b, s, i, cp);
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    static String casefold(String s, boolean ascii) {
        if (ascii) return lower(s, true);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                b.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            } else if (cp == 0x131 || (cp >= 0x13A0 && cp <= 0x13F5)) {
                b.appendCodePoint(cp);
            } else if (cp >= 0x13F8 && cp <= 0x13FD) {
                b.appendCodePoint(cp - 8);
            } else if (cp >= 0xAB70 && cp <= 0xABBF) {
                b.appendCodePoint(Character.toUpperCase(cp));
            } else if (cp == 0x1E9E) {
                b.append("ss");
            } else if (cp == 0x130) {
                b.append("i\u0307");
            } else {
                String u = Character.toString(cp).toUpperCase(Locale.ROOT);
                for (int j = 0; j < u.length(); ) {
                    int c = u.codePointAt(j);
                    j += Character.charCount(c);
                    b.appendCodePoint(Character.toLowerCase(c));
                }
            }
        }
        return b.toString();
    }

    // ---- cased predicates ----------------------------------------------------------

    static boolean islower(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) return false;
            if (!cased && Character.isLowerCase(cp)) cased = true;
        }
        return cased;
    }

    static boolean isupper(String s) {
        boolean cased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) return false;
            if (!cased && Character.isUpperCase(cp)) cased = true;
        }
        return cased;
    }

    static boolean istitle(String s) {
        boolean cased = false, prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
                if (prevCased) return false;
                prevCased = cased = true;
            } else if (Character.isLowerCase(cp)) {
                if (!prevCased) return false;
                prevCased = cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    // ---- character classes ------------------------------------------------------------

    /** True when s is non-empty and every code point satisfies p. */
    static boolean all(String s, IntPredicate p) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!p.test(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    public static boolean isSpace(int c) {
        if (c < 0x80) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028
                || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    static boolean isAlpha(int cp) {
        if (cp < 0x80) return (cp | 32) >= 'a' && (cp | 32) <= 'z';
        return Character.isLetter(cp);
    }

    public static boolean isDecimal(int cp) {
        if (cp < 0x80) return cp >= '0' && cp <= '9';
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
    }

    /** Ranges (inclusive pairs) of the characters with Numeric_Type=Digit that are not decimal. */
    private static final int[] DIGIT_RANGES = {
        0xb2, 0xb3, 0xb9, 0xb9, 0x1369, 0x1371, 0x19da, 0x19da, 0x2070, 0x2070, 0x2074, 0x2079,
        0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490, 0x24ea, 0x24ea, 0x24f5, 0x24fd,
        0x24ff, 0x24ff, 0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792, 0x10a40, 0x10a43,
        0x10e60, 0x10e68, 0x11052, 0x1105a, 0x1f100, 0x1f10a,
    };

    static boolean isDigit(int cp) {
        if (isDecimal(cp)) return true;
        if (cp < 0xb2) return false;
        for (int k = 0; k < DIGIT_RANGES.length; k += 2) {
            if (cp < DIGIT_RANGES[k]) return false;
            if (cp <= DIGIT_RANGES[k + 1]) return true;
        }
        return false;
    }

    /** Letters (category Lo) that have a numeric value: the CJK numerals. */
    private static final int[] NUMERIC_LETTERS = {
        0x3405, 0x3483, 0x382a, 0x3b4d, 0x4e00, 0x4e03, 0x4e07, 0x4e09, 0x4e5d, 0x4e8c, 0x4e94, 0x4e96,
        0x4ebf, 0x4ec0, 0x4edf, 0x4ee8, 0x4f0d, 0x4f70, 0x5104, 0x5146, 0x5169, 0x516b, 0x516d, 0x5341,
        0x5343, 0x5344, 0x5345, 0x534c, 0x53c1, 0x53c2, 0x53c3, 0x53c4, 0x56db, 0x58f1, 0x58f9, 0x5e7a,
        0x5efe, 0x5eff, 0x5f0c, 0x5f0d, 0x5f0e, 0x5f10, 0x62fe, 0x634c, 0x67d2, 0x6f06, 0x7396, 0x767e,
        0x8086, 0x842c, 0x8cae, 0x8cb3, 0x8d30, 0x9621, 0x9646, 0x964c, 0x9678, 0x96f6, 0xf96b, 0xf973,
        0xf978, 0xf9b2, 0xf9d1, 0xf9d3, 0xf9fd, 0x20001, 0x20064, 0x200e2, 0x20121, 0x2092a, 0x20983,
        0x2098c, 0x2099c, 0x20aea, 0x20afd, 0x20b19, 0x22390, 0x22998, 0x23b1b, 0x2626d, 0x2f890,
    };

    static boolean isNumeric(int cp) {
        if (cp < 0x80) return cp >= '0' && cp <= '9';
        int t = Character.getType(cp);
        if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER) {
            return true;
        }
        return t == Character.OTHER_LETTER && Arrays.binarySearch(NUMERIC_LETTERS, cp) >= 0;
    }

    public static boolean isAlnum(int cp) {
        if (cp < 0x80) return isAlpha(cp) || (cp >= '0' && cp <= '9');
        return Character.isLetter(cp) || isNumeric(cp);
    }

    /** Characters Java counts as identifier characters that are not XID_Start / XID_Continue. */
    private static final int[] NOT_XID_START = {
        0x37a, 0xe33, 0xeb3, 0x2e2f, 0x309b, 0x309c, 0xfc5e, 0xfc5f, 0xfc60, 0xfc61, 0xfc62, 0xfc63,
        0xfdfa, 0xfdfb, 0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a, 0xfe7c, 0xfe7e, 0xff9e, 0xff9f,
    };
    private static final int[] NOT_XID_CONTINUE = {
        0x37a, 0x2e2f, 0x309b, 0x309c, 0x30fb, 0xfc5e, 0xfc5f, 0xfc60, 0xfc61, 0xfc62, 0xfc63,
        0xfdfa, 0xfdfb, 0xfe70, 0xfe72, 0xfe74, 0xfe76, 0xfe78, 0xfe7a, 0xfe7c, 0xfe7e, 0xff65,
    };

    static boolean isXidStart(int cp) {
        if (cp < 0x80) return cp == '_' || isAlpha(cp);
        return Character.isUnicodeIdentifierStart(cp) && Arrays.binarySearch(NOT_XID_START, cp) < 0;
    }

    static boolean isXidContinue(int cp) {
        if (cp < 0x80) return cp == '_' || isAlpha(cp) || (cp >= '0' && cp <= '9');
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)
                && Arrays.binarySearch(NOT_XID_CONTINUE, cp) < 0;
    }

    public static boolean isIdentifier(String s) {
        if (s.isEmpty()) return false;
        int cp = s.codePointAt(0);
        if (!isXidStart(cp)) return false;
        for (int i = Character.charCount(cp); i < s.length(); ) {
            cp = s.codePointAt(i);
            if (!isXidContinue(cp)) return false;
            i += Character.charCount(cp);
        }
        return true;
    }
}
