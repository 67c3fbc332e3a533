package org.gilpy.modules;

import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyStructSeq;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * A broken-down time, C's {@code struct tm} with Python's field meanings: {@code mon}
 * 1-12, {@code wday} 0 = Monday, {@code yday} 1-366. Converts to and from
 * {@code time.struct_time} with CPython's argument checks (gettmarg, checktm) and does
 * the proleptic Gregorian calendar arithmetic on epoch seconds.
 */
record TimeFields(int year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst,
        String zone, Long gmtoff) {

    static final PyType STRUCT_TIME = PyStructSeq.newType("time", "struct_time", new String[] {"tm_year",
        "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone",
        "tm_gmtoff"}, 9);

    static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /** The fields of UTC second {@code secs} shifted by {@code offset} seconds; OSError when the year overflows. */
    static TimeFields fromEpoch(long secs, long offset, int isdst, String zone) {
        long local = secs + offset;
        long days = Math.floorDiv(local, 86400);
        int daySec = (int) Math.floorMod(local, 86400);
        long[] ymd = civil(days);
        if (ymd[0] > Integer.MAX_VALUE || ymd[0] < Integer.MIN_VALUE + 1900) {
            throw PyErr.oserror(75, "Value too large for defined data type");
        }
        int wday = (int) Math.floorMod(days + 3, 7);
        int yday = (int) (days - daysFromCivil(ymd[0], 1, 1)) + 1;
        return new TimeFields((int) ymd[0], (int) ymd[1], (int) ymd[2], daySec / 3600, daySec / 60 % 60,
                daySec % 60, wday, yday, isdst, zone, offset);
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12). */
    static long daysFromCivil(long y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** {year, month, day} of a day count since 1970-01-01. */
    static long[] civil(long days) {
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        return new long[] {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
    }

    static boolean isLeap(long y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    /** Seconds since the epoch of these fields read as UTC, normalising out-of-range fields as C's mktime does. */
    long naiveSeconds() {
        long m0 = mon - 1L;
        long y = year + Math.floorDiv(m0, 12);
        long days = daysFromCivil(y, (int) Math.floorMod(m0, 12) + 1, 1) + mday - 1;
        return days * 86400 + hour * 3600L + min * 60L + sec;
    }

    PyObject toStruct() {
        return PyStructSeq.create(STRUCT_TIME, PyInt.of(year), PyInt.of(mon), PyInt.of(mday), PyInt.of(hour),
                PyInt.of(min), PyInt.of(sec), PyInt.of(wday), PyInt.of(yday), PyInt.of(isdst),
                zone == null ? PyNone.NONE : PyStr.of(zone), gmtoff == null ? PyNone.NONE : PyInt.of(gmtoff));
    }

    /** CPython's gettmarg: a tuple or struct_time of nine ints; fname names the caller in errors. */
    static TimeFields fromTuple(PyObject t, String fname) {
        if (!(t instanceof PyTuple tuple)) throw PyErr.typeError("Tuple or struct_time argument required");
        if (tuple.size() != 9) throw PyErr.typeError("%s(): illegal time tuple argument", fname);
        int[] f = new int[9];
        for (int i = 0; i < 9; i++) f[i] = cInt(tuple.get(i));
        String zone = null;
        Long gmtoff = null;
        if (t instanceof PyStructSeq s && s.type == STRUCT_TIME) {
            PyObject z = Abstract.getAttr(s, "tm_zone");
            PyObject g = Abstract.getAttr(s, "tm_gmtoff");
            if (z instanceof PyStr zs) zone = zs.value;
            if (g != PyNone.NONE) gmtoff = PyInt.asLong(g);
        }
        return new TimeFields(f[0], f[1], f[2], f[3], f[4], f[5], cWday(f[6]), f[7], f[8], zone, gmtoff);
    }

    /** C's {@code (wday + 1) % 7} (Sunday = 0) mapped back to Monday = 0; -1 when negative, for checktm. */
    private static int cWday(int w) {
        int c = (int) (((long) w + 1) % 7);
        return c < 0 ? -1 : (c + 6) % 7;
    }

    /** PyArg_Parse's "i": an int that fits C's int. */
    static int cInt(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null || i.value > Integer.MAX_VALUE) {
            if (i.toBig().signum() > 0) throw PyErr.overflowError("signed integer is greater than maximum");
        }
        if (i.big != null || i.value < Integer.MIN_VALUE) throw PyErr.overflowError("signed integer is less than minimum");
        return (int) i.value;
    }

    /** CPython's checktm, applying its repairs (month/day/yday 0 mean 1); for asctime and strftime. */
    TimeFields checked() {
        int m = mon == 0 ? 1 : mon;
        int d = mday == 0 ? 1 : mday;
        int yd = yday == 0 ? 1 : yday;
        if (m < 1 || m > 12) throw PyErr.valueError("month out of range");
        if (d < 0 || d > 31) throw PyErr.valueError("day of month out of range");
        if (hour < 0 || hour > 23) throw PyErr.valueError("hour out of range");
        if (min < 0 || min > 59) throw PyErr.valueError("minute out of range");
        if (sec < 0 || sec > 61) throw PyErr.valueError("seconds out of range");
        if (wday < 0) throw PyErr.valueError("day of week out of range");
        if (yd < 1 || yd > 366) throw PyErr.valueError("day of year out of range");
        return new TimeFields(year, m, d, hour, min, sec, wday, yd, isdst, zone, gmtoff);
    }

    /** strftime's repair of tm_isdst to -1, 0 or 1. */
    TimeFields clampedDst() {
        return new TimeFields(year, mon, mday, hour, min, sec, wday, yday, Math.max(-1, Math.min(1, isdst)), zone, gmtoff);
    }

    /** C's asctime layout: "Sun Sep 16 01:03:52 1973". */
    String asctime() {
        return String.format("%.3s %.3s%3d %02d:%02d:%02d %d", DAYS[wday], MONTHS[mon - 1], mday, hour, min, sec, year);
    }
}
