package org.gilpy.modules;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The calendar arithmetic under time.gmtime, mktime and strptime, against java.time. */
class TimeFieldsTest {
    @Test
    void civilMatchesJavaTimeOverFourHundredYearsAndFarAway() {
        for (long day = -150_000; day < 150_000; day += 7) check(day);
        for (long day : new long[] {-719_468 * 50L, 365_000_000L, -365_000_000L}) check(day);
    }

    private static void check(long day) {
        LocalDate d = LocalDate.ofEpochDay(day);
        long[] ymd = TimeFields.civil(day);
        assertArrayEquals(new long[] {d.getYear(), d.getMonthValue(), d.getDayOfMonth()}, ymd, "day " + day);
        assertEquals(day, TimeFields.daysFromCivil(ymd[0], (int) ymd[1], (int) ymd[2]));
    }

    @Test
    void fromEpochGivesWeekdayAndDayOfYear() {
        TimeFields f = TimeFields.fromEpoch(951_827_696L, 0, 0, "GMT");  // 2000-02-29 12:34:56 UTC, a Tuesday
        assertEquals(new TimeFields(2000, 2, 29, 12, 34, 56, 1, 60, 0, "GMT", 0L), f);
        TimeFields g = TimeFields.fromEpoch(-1, 3600, 0, "X");
        assertEquals(1970, g.year());
        assertEquals(0, g.hour());
        assertEquals(59, g.min());
    }

    @Test
    void naiveSecondsNormalisesLikeMktime() {
        TimeFields overflowMonth = new TimeFields(2001, 14, 1, 0, 0, 0, 0, 1, 0, null, null);
        long expected = LocalDate.of(2002, 2, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
        assertEquals(expected, overflowMonth.naiveSeconds());
        TimeFields dayZero = new TimeFields(2001, 3, 0, 25, 0, -1, 0, 1, 0, null, null);
        assertEquals(LocalDate.of(2001, 3, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC) + 3599,
                dayZero.naiveSeconds());
    }

    @Test
    void strftimeFlagsFollowGlibc() {
        TimeFields t = TimeFields.fromEpoch(1_000_000_000L, 0, 0, "GMT");
        assertEquals("2001-09-09|  9|9|000000009|SEP|am|+0000|GMT", Strftime.format("%F|%3e|%-d|%09d|%^b|%P|%z|%Z", t));
        assertEquals("%q|%Ea|%", Strftime.format("%q|%Ea|%", t));
    }
}
