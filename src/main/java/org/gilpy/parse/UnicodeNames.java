package org.gilpy.parse;

import java.util.Locale;
import java.util.Map;

/**
 * Looks up the character named in a {@code \N{...}} escape: the JDK's Unicode name table,
 * the algorithmic CJK ideograph names, and the name aliases Python accepts for control
 * and format characters. Matching ignores case, as Python's does.
 */
final class UnicodeNames {
    private UnicodeNames() {}

    /** Python's aliases (from Unicode's NameAliases.txt) for characters that have no plain name. */
    private static final Map<String, Integer> ALIASES = Map.ofEntries(
            Map.entry("NULL", 0x00), Map.entry("NUL", 0x00),
            Map.entry("ALERT", 0x07), Map.entry("BEL", 0x07),
            Map.entry("BACKSPACE", 0x08), Map.entry("BS", 0x08),
            Map.entry("CHARACTER TABULATION", 0x09), Map.entry("HORIZONTAL TABULATION", 0x09),
            Map.entry("HT", 0x09), Map.entry("TAB", 0x09),
            Map.entry("LINE FEED", 0x0A), Map.entry("NEW LINE", 0x0A), Map.entry("END OF LINE", 0x0A),
            Map.entry("LF", 0x0A), Map.entry("NL", 0x0A), Map.entry("EOL", 0x0A),
            Map.entry("LINE TABULATION", 0x0B), Map.entry("VERTICAL TABULATION", 0x0B), Map.entry("VT", 0x0B),
            Map.entry("FORM FEED", 0x0C), Map.entry("FF", 0x0C),
            Map.entry("CARRIAGE RETURN", 0x0D), Map.entry("CR", 0x0D),
            Map.entry("ESCAPE", 0x1B), Map.entry("ESC", 0x1B),
            Map.entry("DELETE", 0x7F), Map.entry("DEL", 0x7F),
            Map.entry("NO-BREAK SPACE", 0xA0), Map.entry("NBSP", 0xA0),
            Map.entry("SOFT HYPHEN", 0xAD), Map.entry("SHY", 0xAD),
            Map.entry("ZERO WIDTH SPACE", 0x200B), Map.entry("ZWSP", 0x200B),
            Map.entry("ZERO WIDTH NON-JOINER", 0x200C), Map.entry("ZWNJ", 0x200C),
            Map.entry("ZERO WIDTH JOINER", 0x200D), Map.entry("ZWJ", 0x200D),
            Map.entry("BYTE ORDER MARK", 0xFEFF), Map.entry("BOM", 0xFEFF),
            Map.entry("ZERO WIDTH NO-BREAK SPACE", 0xFEFF));

    /** The code point named {@code name}, or -1. */
    static int lookup(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        Integer alias = ALIASES.get(upper);
        if (alias != null) return alias;
        if (upper.startsWith("CJK UNIFIED IDEOGRAPH-")) {
            try {
                int cp = Integer.parseInt(upper.substring(22), 16);
                return Character.isIdeographic(cp) ? cp : -1;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        try {
            int cp = Character.codePointOf(upper);
            // The JDK also accepts made-up "BLOCK NAME 1234" names; Python does not.
            String real = Character.getName(cp);
            return real != null && real.equals(upper) ? cp : -1;
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }
}
