package org.gilpy.modules;

import java.util.Locale;
import java.util.Map;
import org.gilpy.objects.PyErr;

/**
 * The second half of strptime: turns the text matched for each directive into a
 * complete date as CPython's {@code _strptime} does (defaults 1900-01-01, %y pivot at
 * 69, %I with %p, dates from %j, from %U/%W with a weekday, and from %G/%V/%u).
 */
final class StrptimeFields {
    private static final String WEEKDAY_NEEDED = "a weekday directive ('%A', '%a', '%w', or '%u').";

    private final Map<Character, String> found;
    private Integer year, julian, weekday, weekOfYear, isoYear, isoWeek;
    private int month = 1, day = 1, hour, minute, second, isdst = -1, weekStart;
    private Long gmtoff;

    StrptimeFields(Map<Character, String> found) { this.found = found; }

    TimeFields complete() {
        found.forEach(this::read);
        checkIso();
        boolean leapFix = year == null && month == 2 && day == 29;
        int y = leapFix ? 1904 : year == null ? 1900 : year;
        if (julian == null && weekday != null) {
            julian = julianFromWeek(y);
            if (weekOfYear == null && isoYear != null) y = year;
        }
        if (julian != null && julian <= 0) {
            y -= 1;
            julian += TimeFields.isLeap(y) ? 366 : 365;
        }
        long days;
        if (julian == null) {
            days = checkedDate(y, month, day);
            julian = (int) (days - TimeFields.daysFromCivil(y, 1, 1)) + 1;
        } else {
            days = TimeFields.daysFromCivil(y, 1, 1) + julian - 1;
            long[] ymd = TimeFields.civil(days);
            y = (int) ymd[0];
            month = (int) ymd[1];
            day = (int) ymd[2];
        }
        int wday = weekday != null ? weekday : (int) Math.floorMod(days + 3, 7);
        return new TimeFields(leapFix ? 1900 : y, month, day, hour, minute, second, wday, julian, isdst,
                found.get('Z'), gmtoff);
    }

    private void read(char d, String v) {
        switch (d) {
            case 'y' -> year = Integer.parseInt(v) + (Integer.parseInt(v) <= 68 ? 2000 : 1900);
            case 'Y' -> year = Integer.parseInt(v);
            case 'G' -> isoYear = Integer.parseInt(v);
            case 'm' -> month = Integer.parseInt(v);
            case 'B', 'b' -> month = index(TimeFields.MONTHS, v) + 1;
            case 'd' -> day = Integer.parseInt(v.strip());
            case 'H' -> hour = Integer.parseInt(v);
            case 'I' -> hour = hour12(Integer.parseInt(v), found.getOrDefault('p', "").toLowerCase(Locale.ROOT));
            case 'M' -> minute = Integer.parseInt(v);
            case 'S' -> second = Integer.parseInt(v);
            case 'A', 'a' -> weekday = index(TimeFields.DAYS, v);
            case 'w' -> weekday = Math.floorMod(Integer.parseInt(v) - 1, 7);
            case 'u' -> weekday = Integer.parseInt(v) - 1;
            case 'j' -> julian = Integer.parseInt(v);
            case 'U', 'W' -> {
                weekOfYear = Integer.parseInt(v);
                weekStart = d == 'U' ? 6 : 0;
            }
            case 'V' -> isoWeek = Integer.parseInt(v);
            case 'z' -> gmtoff = offset(v);
            case 'Z' -> isdst = zoneDst(v.toLowerCase(Locale.ROOT));
            default -> { }
        }
    }

    private static int hour12(int h, String ampm) {
        if (ampm.equals("pm")) return h == 12 ? 12 : h + 12;
        return h == 12 ? 0 : h;
    }

    /** Index of the name that v (a full name or its first three letters) stands for. */
    private static int index(String[] names, String v) {
        String low = v.toLowerCase(Locale.ROOT);
        for (int i = 0; i < names.length; i++) {
            String n = names[i].toLowerCase(Locale.ROOT);
            if (n.equals(low) || n.substring(0, 3).equals(low)) return i;
        }
        throw new IllegalStateException("strptime matched an unknown name: " + v);
    }

    /** tm_isdst for a matched zone name: 0 for UTC, GMT and the standard name, 1 for the summer name. */
    private static int zoneDst(String z) {
        Object[] c = LocalZone.constants();
        String std = ((String) c[3]).toLowerCase(Locale.ROOT);
        String dst = ((String) c[4]).toLowerCase(Locale.ROOT);
        boolean daylight = (Boolean) c[2];
        if (z.equals("utc") || z.equals("gmt")) return 0;
        if (std.equals(dst) && daylight) return -1;
        if (z.equals(std)) return 0;
        return daylight && z.equals(dst) ? 1 : -1;
    }

    /** %z: "Z", or ±HH[:]MM[[:]SS[.ffffff]] as seconds east of UTC. */
    private static long offset(String z) {
        if (z.equals("Z") ) return 0;
        String s = z;
        if (s.charAt(3) == ':') {
            s = s.substring(0, 3) + s.substring(4);
            if (s.length() > 5) {
                if (s.charAt(5) != ':') throw PyErr.valueError("Inconsistent use of : in %s", z);
                s = s.substring(0, 5) + s.substring(6);
            }
        }
        long secs = Integer.parseInt(s.substring(1, 3)) * 3600L + Integer.parseInt(s.substring(3, 5)) * 60L;
        if (s.length() >= 7) secs += Integer.parseInt(s.substring(5, 7));
        return s.charAt(0) == '-' ? -secs : secs;
    }

    /** The ISO-directive combinations _strptime refuses, in its order of checks. */
    private void checkIso() {
        if (isoYear != null) {
            if (isoWeek == null || weekday == null) {
                throw PyErr.valueError("ISO year directive '%%G' must be used with the ISO week directive '%%V' and "
                        + "%s", WEEKDAY_NEEDED);
            }
            if (julian != null) {
                throw PyErr.valueError("Day of the year directive '%j' is not compatible with ISO year directive "
                        + "'%G'. Use '%Y' instead.");
            }
        } else if (isoWeek != null) {
            if (weekday == null) {
                throw PyErr.valueError("ISO week directive '%%V' must be used with the ISO year directive '%%G' and "
                        + "%s", WEEKDAY_NEEDED);
            }
            throw PyErr.valueError("ISO week directive '%V' is incompatible with the year directive '%Y'. "
                    + "Use the ISO year '%G' instead.");
        }
    }

    /** Day of the year from %U/%W or %G/%V and the weekday; null when neither week was given. */
    private Integer julianFromWeek(int y) {
        if (weekOfYear != null) {
            int first = (int) Math.floorMod(TimeFields.daysFromCivil(y, 1, 1) + 3, 7);
            int dow = weekday;
            if (weekStart != 0) {
                first = (first + 1) % 7;
                dow = (dow + 1) % 7;
            }
            if (weekOfYear == 0) return 1 + dow - first;
            return 1 + (7 - first) % 7 + 7 * (weekOfYear - 1) + dow;
        }
        if (isoYear != null && isoWeek != null) {
            long jan4 = TimeFields.daysFromCivil(isoYear, 1, 4);
            long week1Monday = jan4 - Math.floorMod(jan4 + 3, 7);
            long days = week1Monday + 7L * (isoWeek - 1) + weekday;
            year = isoYear;  // the day of the year stays counted from the ISO year, as in _strptime
            return (int) (days - TimeFields.daysFromCivil(year, 1, 1)) + 1;
        }
        return null;
    }

    /** Days since the epoch of a valid date; ValueError as datetime.date raises it. */
    private static long checkedDate(int y, int m, int d) {
        if (y < 1 || y > 9999) throw PyErr.valueError("year %d is out of range", y);
        int[] lengths = {31, TimeFields.isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (d < 1 || d > lengths[m - 1]) throw PyErr.valueError("day is out of range for month");
        return TimeFields.daysFromCivil(y, m, d);
    }

}
