package org.gilpy.modules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.Locale;

/**
 * The local time zone of the {@code time} module: the JVM's default zone (which honours
 * the TZ environment variable). Instants outside Java's range use the rules of the
 * nearest representable instant.
 */
final class LocalZone {
    private LocalZone() {}

    private static final long MIN_SECS = Instant.MIN.getEpochSecond() + 86400;
    private static final long MAX_SECS = Instant.MAX.getEpochSecond() - 86400;
    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.US);

    static ZoneId zone() { return ZoneId.systemDefault(); }

    private static Instant instant(long secs) {
        return Instant.ofEpochSecond(Math.max(MIN_SECS, Math.min(MAX_SECS, secs)));
    }

    /** localtime(secs). */
    static TimeFields localtime(long secs) {
        ZoneId z = zone();
        Instant at = instant(secs);
        ZoneRules rules = z.getRules();
        int offset = rules.getOffset(at).getTotalSeconds();
        return TimeFields.fromEpoch(secs, offset, rules.isDaylightSavings(at) ? 1 : 0, abbreviation(z, at));
    }

    /** The zone's abbreviation at {@code at}; a zone without one is named by its offset, as tzdata does ("-03"). */
    static String abbreviation(ZoneId z, Instant at) {
        String name = ABBREVIATION.format(at.atZone(z));
        if (!name.startsWith("GMT+") && !name.startsWith("GMT-")) return name;
        String hhmm = name.substring(3).replace(":", "");
        return hhmm.endsWith("00") ? hhmm.substring(0, 3) : hhmm;
    }

    /** C's mktime: local fields (normalised) to epoch seconds; isdst 0 or 1 forces standard or summer time. */
    static long mktime(TimeFields f) {
        long naive = f.naiveSeconds();
        ZoneRules rules = zone().getRules();
        long clamped = Math.max(MIN_SECS / 2, Math.min(MAX_SECS / 2, naive));
        LocalDateTime ldt = LocalDateTime.ofEpochSecond(clamped, 0, ZoneOffset.UTC);
        ZoneOffset offset = rules.getValidOffsets(ldt).isEmpty()
                ? rules.getTransition(ldt).getOffsetBefore() : rules.getOffset(ldt);
        Instant at = Instant.ofEpochSecond(clamped - offset.getTotalSeconds());
        long seconds = offset.getTotalSeconds();
        if (f.isdst() == 0 && rules.isDaylightSavings(at)) seconds = rules.getStandardOffset(at).getTotalSeconds();
        if (f.isdst() > 0 && !rules.isDaylightSavings(at)) seconds = summerOffset(rules, at);
        return naive - seconds;
    }

    /** The zone's summer offset near {@code at} (standard plus one hour when it has none). */
    private static long summerOffset(ZoneRules rules, Instant at) {
        var next = rules.nextTransition(at);
        if (next != null && rules.isDaylightSavings(next.getInstant())) return next.getOffsetAfter().getTotalSeconds();
        return rules.getStandardOffset(at).getTotalSeconds() + 3600;
    }

    /**
     * CPython's init_timezone: {timezone, altzone, daylight} and the two names, from
     * January 1 and July 1 of the current year (the summer one second in both).
     */
    static Object[] constants() {
        ZoneId z = zone();
        int year = java.time.Year.now(z).getValue();
        Instant jan = java.time.LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant jul = java.time.LocalDate.of(year, 7, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long janZone = -z.getRules().getOffset(jan).getTotalSeconds();
        long julZone = -z.getRules().getOffset(jul).getTotalSeconds();
        String janName = abbreviation(z, jan);
        String julName = abbreviation(z, jul);
        if (janZone < julZone) {
            return new Object[] {julZone, janZone, janZone != julZone, julName, janName};
        }
        return new Object[] {janZone, julZone, janZone != julZone, janName, julName};
    }
}
