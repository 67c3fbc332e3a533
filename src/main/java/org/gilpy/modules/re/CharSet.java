package org.gilpy.modules.re;

import org.gilpy.objects.StrCase;

/**
 * A character class ({@code [a-z\d]}, {@code [^x]}) or a category escape outside one
 * ({@code \w}): ranges and categories, possibly negated, possibly case-insensitive
 * ([re-casefold]: a character belongs when any of its case equivalents does). Membership of
 * U+0000..U+00FF is precomputed into a bit table; other characters take the slow path.
 */
final class CharSet {
    static final int DIGIT = 1, NOT_DIGIT = 2, SPACE = 4, NOT_SPACE = 8, WORD = 16, NOT_WORD = 32;

    private final int[] ranges;
    private final int categories;
    private final boolean negate;
    /** Null when case-sensitive. */
    private final CaseFold fold;
    /** Unicode categories (str patterns without re.ASCII) or ASCII ones. */
    private final boolean unicode;
    private final long[] latin = new long[4];

    CharSet(int[] ranges, int categories, boolean negate, CaseFold fold, boolean unicode) {
        this.ranges = ranges;
        this.categories = categories;
        this.negate = negate;
        this.fold = fold;
        this.unicode = unicode;
        for (int c = 0; c < 256; c++) if (slowTest(c)) latin[c >> 6] |= 1L << c;
    }

    /** The name of one category bit, as re.DEBUG shows it (DIGIT, NOT_WORD, ...). */
    static String categoryName(int cat) {
        return switch (cat) {
            case DIGIT -> "DIGIT";
            case NOT_DIGIT -> "NOT_DIGIT";
            case SPACE -> "SPACE";
            case NOT_SPACE -> "NOT_SPACE";
            case WORD -> "WORD";
            default -> "NOT_WORD";
        };
    }

    /** One category escape such as {@code \d}. */
    static CharSet category(int cat, boolean unicode) {
        return new CharSet(new int[0], cat, false, null, unicode);
    }

    boolean test(int c) {
        if (c < 256) return (latin[c >> 6] >>> c & 1) != 0;
        return slowTest(c);
    }

    private boolean slowTest(int c) {
        boolean in;
        if (fold == null) in = rawContains(c);
        else {
            in = false;
            for (int e : fold.equivalents(c)) {
                if (rawContains(e)) {
                    in = true;
                    break;
                }
            }
        }
        return in != negate;
    }

    private boolean rawContains(int c) {
        for (int i = 0; i < ranges.length; i += 2) if (c >= ranges[i] && c <= ranges[i + 1]) return true;
        if (categories == 0) return false;
        if ((categories & DIGIT) != 0 && isDigit(c, unicode)) return true;
        if ((categories & NOT_DIGIT) != 0 && !isDigit(c, unicode)) return true;
        if ((categories & SPACE) != 0 && isSpace(c, unicode)) return true;
        if ((categories & NOT_SPACE) != 0 && !isSpace(c, unicode)) return true;
        if ((categories & WORD) != 0 && isWord(c, unicode)) return true;
        return (categories & NOT_WORD) != 0 && !isWord(c, unicode);
    }

    static boolean isDigit(int c, boolean unicode) {
        return unicode ? StrCase.isDecimal(c) : c >= '0' && c <= '9';
    }

    static boolean isSpace(int c, boolean unicode) {
        if (unicode) return StrCase.isSpace(c);
        return c == ' ' || (c >= 9 && c <= 13);
    }

    static boolean isWord(int c, boolean unicode) {
        if (c < 128) {
            return (c | 32) >= 'a' && (c | 32) <= 'z' || c >= '0' && c <= '9' || c == '_';
        }
        return unicode && StrCase.isAlnum(c);
    }
}
