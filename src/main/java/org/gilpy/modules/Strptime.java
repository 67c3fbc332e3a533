package org.gilpy.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;

/**
 * time.strptime in the C locale, with the semantics and errors of CPython's
 * {@code _strptime}: the format becomes a case-insensitive regular expression (one group
 * per directive, whitespace matching any run of whitespace) anchored at the start of the
 * string; the fields found are then completed into a full date.
 */
final class Strptime {
    private Strptime() {}


    /** Parses string with format into broken-down fields (tm_zone and tm_gmtoff set when parsed). */
    static TimeFields parse(PyObject string, PyObject format) {
        return new StrptimeFields(match(string, format)).complete();
    }

    /** The text matched for each directive of format, in order; ValueError when string does not match. */
    static Map<Character, String> match(PyObject string, PyObject format) {
        String s = argument(string, 0);
        String f = argument(format, 1);
        List<Character> directives = new ArrayList<>();
        Pattern p = Pattern.compile(regex(f, directives), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher m = p.matcher(s);
        if (!m.lookingAt()) {
            throw PyErr.valueError("time data %s does not match format %s", repr(s), repr(f));
        }
        if (m.end() != s.length()) throw PyErr.valueError("unconverted data remains: %s", s.substring(m.end()));
        Map<Character, String> found = new LinkedHashMap<>();
        for (int i = 0; i < directives.size(); i++) found.put(directives.get(i), m.group(i + 1));
        return found;
    }

    private static String argument(PyObject o, int index) {
        if (o instanceof PyStr str) return str.value;
        throw PyErr.typeError("strptime() argument %d must be str, not <class '%s'>", index, o.type.tpName());
    }

    private static String repr(String s) {
        return Abstract.repr(PyStr.of(s)).value;
    }

    /** The regular expression for format, recording the directive of each group in order. */
    static String regex(String format, List<Character> directives) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (Character.isWhitespace(c)) {
                while (i + 1 < format.length() && Character.isWhitespace(format.charAt(i + 1))) i++;
                b.append("\\s+");
            } else if (c != '%') {
                b.append(Pattern.quote(String.valueOf(c)));
            } else if (i + 1 == format.length()) {
                throw PyErr.valueError("stray %% in format '%s'", format);
            } else {
                directive(format, format.charAt(++i), b, directives);
            }
        }
        return b.toString();
    }

    private static void directive(String format, char d, StringBuilder b, List<Character> directives) {
        switch (d) {
            case 'c' -> b.append(regex("%a %b %d %H:%M:%S %Y", directives));
            case 'x' -> b.append(regex("%m/%d/%y", directives));
            case 'X' -> b.append(regex("%H:%M:%S", directives));
            case '%' -> b.append('%');
            default -> {
                String r = pattern(d);
                if (r == null) throw PyErr.valueError("'%c' is a bad directive in format '%s'", d, format);
                b.append('(').append(r).append(')');
                directives.add(d);
            }
        }
    }

    /** The sub-pattern of one field directive; null when unknown. */
    private static String pattern(char d) {
        return switch (d) {
            case 'd' -> "3[01]|[12]\\d|0[1-9]|[1-9]| [1-9]";
            case 'f' -> "[0-9]{1,6}";
            case 'H' -> "2[0-3]|[0-1]\\d|\\d";
            case 'I', 'm' -> "1[0-2]|0[1-9]|[1-9]";
            case 'G', 'Y' -> "\\d\\d\\d\\d";
            case 'j' -> "36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9]";
            case 'M' -> "[0-5]\\d|\\d";
            case 'S' -> "6[0-1]|[0-5]\\d|\\d";
            case 'U', 'W' -> "5[0-3]|[0-4]\\d|\\d";
            case 'V' -> "5[0-3]|0[1-9]|[1-4]\\d|\\d";
            case 'w' -> "[0-6]";
            case 'u' -> "[1-7]";
            case 'y' -> "\\d\\d";
            case 'z' -> "[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|(?-i:Z)";
            case 'a' -> names(TimeFields.DAYS, 3);
            case 'A' -> names(TimeFields.DAYS, 0);
            case 'b' -> names(TimeFields.MONTHS, 3);
            case 'B' -> names(TimeFields.MONTHS, 0);
            case 'p' -> "am|pm";
            case 'Z' -> zoneNames();
            default -> null;
        };
    }

    /** An alternation of names (cut to len characters when len > 0), longest first. */
    private static String names(String[] all, int len) {
        List<String> v = new ArrayList<>();
        for (String n : all) v.add(len > 0 ? n.substring(0, len) : n);
        v.sort((x, y) -> y.length() - x.length());
        return String.join("|", v.stream().map(Pattern::quote).toList());
    }

    private static String zoneNames() {
        Object[] c = LocalZone.constants();
        String[] v = {"utc", "gmt", ((String) c[3]).toLowerCase(), ((String) c[4]).toLowerCase()};
        return names(v, 0);
    }
}
