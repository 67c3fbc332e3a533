package org.gilpy.modules;

/**
 * time.strftime's formatter: the C99 and glibc directives in the C locale, with glibc's
 * flags ({@code _ - 0 ^ #}), field width and {@code E}/{@code O} modifiers. An unknown
 * directive is copied unchanged, as glibc does.
 */
final class Strftime {
    private final TimeFields t;
    private final StringBuilder out = new StringBuilder();

    /** One directive's options: pad character (0 = default, '-' = none), width, case change. */
    private record Spec(char pad, int width, boolean upper, boolean swap) {}

    private Strftime(TimeFields t) { this.t = t; }

    /** Formats t (already checked) with format. */
    static String format(String format, TimeFields t) {
        Strftime f = new Strftime(t);
        f.run(format);
        return f.out.toString();
    }

    private void run(String fmt) {
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
            } else {
                i = directive(fmt, i);
            }
        }
    }

    /** Formats the directive starting at the '%' at start; returns the index after it. */
    private int directive(String fmt, int start) {
        int i = start + 1;
        char pad = 0;
        boolean upper = false, swap = false;
        for (; i < fmt.length() && "_-0^#".indexOf(fmt.charAt(i)) >= 0; i++) {
            char f = fmt.charAt(i);
            if (f == '^') upper = true;
            else if (f == '#') swap = true;
            else pad = f;
        }
        int width = -1;
        for (; i < fmt.length() && Character.isDigit(fmt.charAt(i)); i++) {
            width = Math.max(width, 0) * 10 + (fmt.charAt(i) - '0');
        }
        char mod = 0;
        if (i < fmt.length() && (fmt.charAt(i) == 'E' || fmt.charAt(i) == 'O')) mod = fmt.charAt(i++);
        if (i >= fmt.length()) {
            out.append(fmt, start, fmt.length());
            return fmt.length();
        }
        char conv = fmt.charAt(i);
        String s = validModifier(mod, conv) ? convert(conv, new Spec(pad, width, upper, swap)) : null;
        if (s == null) out.append(fmt, start, i + 1);
        else out.append(s);
        return i + 1;
    }

    /** Which conversions glibc accepts after E and O (measured; the others are copied as text). */
    private static boolean validModifier(char mod, char conv) {
        if (mod == 'E') return "cnprstuxyzCPRTXYZ%".indexOf(conv) >= 0;
        if (mod == 'O') return "bdeghjklmnprstuwyzBCGHIMPRSTUVWZ%".indexOf(conv) >= 0;
        return true;
    }

    /** The text of one conversion, or null when glibc does not know it. */
    private String convert(char c, Spec s) {
        return switch (c) {
            case 'a' -> text(TimeFields.DAYS[t.wday()].substring(0, 3), s, true);
            case 'A' -> text(TimeFields.DAYS[t.wday()], s, true);
            case 'b', 'h' -> text(TimeFields.MONTHS[t.mon() - 1].substring(0, 3), s, true);
            case 'B' -> text(TimeFields.MONTHS[t.mon() - 1], s, true);
            case 'p' -> text(t.hour() < 12 ? "AM" : "PM", s, false);
            case 'P' -> text(t.hour() < 12 ? "am" : "pm", new Spec(s.pad, s.width, false, false), false);
            case 'Z' -> text(zoneName(), s, false);
            case 'c' -> sub("%a %b %e %H:%M:%S %Y", s);
            case 'D', 'x' -> sub("%m/%d/%y", s);
            case 'F' -> sub("%Y-%m-%d", s);
            case 'r' -> sub("%I:%M:%S %p", s);
            case 'R' -> sub("%H:%M", s);
            case 'T', 'X' -> sub("%H:%M:%S", s);
            case 'n' -> text("\n", s, false);
            case 't' -> text("\t", s, false);
            case '%' -> text("%", s, false);
            case 'z' -> offset(s);
            default -> number(c, s);
        };
    }

    /** The numeric conversions; null for an unknown letter. */
    private String number(char c, Spec s) {
        int hour12 = t.hour() % 12 == 0 ? 12 : t.hour() % 12;
        int wSun = (t.wday() + 1) % 7;
        int yday0 = t.yday() - 1;
        return switch (c) {
            case 'C' -> num(Math.floorDiv(t.year(), 100), 2, '0', s);
            case 'd' -> num(t.mday(), 2, '0', s);
            case 'e' -> num(t.mday(), 2, '_', s);
            case 'H' -> num(t.hour(), 2, '0', s);
            case 'I' -> num(hour12, 2, '0', s);
            case 'j' -> num(t.yday(), 3, '0', s);
            case 'k' -> num(t.hour(), 2, '_', s);
            case 'l' -> num(hour12, 2, '_', s);
            case 'm' -> num(t.mon(), 2, '0', s);
            case 'M' -> num(t.min(), 2, '0', s);
            case 'S' -> num(t.sec(), 2, '0', s);
            case 's' -> num(LocalZone.mktime(t), 1, '_', s);
            case 'u' -> num(t.wday() + 1, 1, '0', s);
            case 'w' -> num(wSun, 1, '0', s);
            case 'U' -> num((yday0 - wSun + 7) / 7, 2, '0', s);
            case 'W' -> num((yday0 - t.wday() + 7) / 7, 2, '0', s);
            case 'y' -> num(Math.floorMod(t.year(), 100), 2, '0', s);
            case 'Y' -> num(t.year(), 1, '0', s);
            case 'G', 'g', 'V' -> iso(c, s);
            default -> null;
        };
    }

    /** %G, %g and %V: the ISO 8601 week-based year and week, from tm_yday and tm_wday as glibc does. */
    private String iso(char c, Spec s) {
        int wSun = (t.wday() + 1) % 7;
        long year = t.year();
        int yday0 = t.yday() - 1;
        int days = isoWeekDays(yday0, wSun);
        if (days < 0) {
            year--;
            days = isoWeekDays(yday0 + (TimeFields.isLeap(year) ? 366 : 365), wSun);
        } else {
            int next = isoWeekDays(yday0 - (TimeFields.isLeap(year) ? 366 : 365), wSun);
            if (next >= 0) {
                year++;
                days = next;
            }
        }
        return switch (c) {
            case 'G' -> num(year, 1, '0', s);
            case 'g' -> num(Math.floorMod(year, 100), 2, '0', s);
            default -> num(days / 7 + 1, 2, '0', s);
        };
    }

    /** Days since the Monday that starts ISO week 1 of the year (negative: in the previous ISO year). */
    private static int isoWeekDays(int yday0, int wSun) {
        return yday0 - (yday0 - wSun + 4 + 378) % 7 + 3;
    }

    /** %z: glibc pads the sign and the digits each to the width, when one is given; nothing when isdst < 0. */
    private String offset(Spec s) {
        if (t.isdst() < 0) return "";
        long off = t.gmtoff() == null ? 0 : t.gmtoff();
        long a = Math.abs(off) / 60;
        String sign = padded(off < 0 ? "-" : "+", s.width, s.pad == '0' ? '0' : ' ');
        return sign + num(a / 60 * 100 + a % 60, 4, '0', s);
    }

    private String zoneName() {
        if (t.zone() != null) return t.zone();
        if (t.isdst() < 0) return "";
        Object[] c = LocalZone.constants();
        return (String) c[t.isdst() > 0 ? 4 : 3];
    }

    /** A nested format (%c, %D...): its result is padded as a whole; only '^' changes its case. */
    private String sub(String fmt, Spec s) {
        return text(format(fmt, t), new Spec(s.pad, s.width, s.upper, false), true);
    }

    /** A word: '^' upper-cases it, '#' swaps the case of names (upper) or others (lower); width pads with spaces. */
    private static String text(String v, Spec s, boolean name) {
        if (s.upper) v = v.toUpperCase(java.util.Locale.ROOT);
        else if (s.swap) v = name ? v.toUpperCase(java.util.Locale.ROOT) : v.toLowerCase(java.util.Locale.ROOT);
        return padded(v, s.width, s.pad == '0' ? '0' : ' ');
    }

    /** A number at least {@code digits} wide by default, padded with the flag's or the default character. */
    private static String num(long v, int digits, char defaultPad, Spec s) {
        char pad = s.pad == 0 ? defaultPad : s.pad;
        String body = Long.toString(Math.abs(v));
        String sign = v < 0 ? "-" : "";
        if (pad == '-' && s.width < 0) return sign + body;
        boolean spaces = pad == '_' || pad == '-';
        boolean exact = s.pad == '_' || s.pad == '-';
        int width = exact && s.width >= 0 ? s.width : Math.max(s.width, digits);
        if (spaces) return padded(sign + body, width, ' ');
        return sign + padded(body, width - sign.length(), '0');
    }

    private static String padded(String v, int width, char pad) {
        if (v.length() >= width) return v;
        return String.valueOf(pad).repeat(width - v.length()) + v;
    }
}
