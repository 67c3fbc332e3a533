"""Concrete date/time and related types.

date, time, datetime, timedelta, tzinfo and timezone as in CPython 3.11, written for
gilpy in Python. Dates are proleptic Gregorian; ordinal 1 is 0001-01-01. Every value is
immutable: its fields live in slots set once by the constructor. Arithmetic is exact
integer arithmetic on microseconds; floats enter through as_integer_ratio() and the
result is rounded half to even, as CPython does.
"""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059  # date.max.toordinal()
_US_PER_DAY = 86400 * 1000000
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()

# -- calendar arithmetic ------------------------------------------------------

_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAYS_BEFORE_MONTH = [0, 0]
for _m in range(1, 12):
    _DAYS_BEFORE_MONTH.append(_DAYS_BEFORE_MONTH[-1] + _DAYS_IN_MONTH[_m])
del _m

_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYNAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _ymd2ord(year, month, day):
    leap_day = 1 if month > 2 and _is_leap(year) else 0
    return _days_before_year(year) + _DAYS_BEFORE_MONTH[month] + leap_day + day


def _ord2ymd(n):
    """(year, month, day) of proleptic Gregorian ordinal n (year may fall outside 1..9999)."""
    n -= 1
    cycles, n = divmod(n, 146097)        # 400-year cycles
    year = cycles * 400 + 1
    centuries, n = divmod(n, 36524)
    if centuries == 4:                    # the last day of a 400-year cycle
        return year + 399, 12, 31
    quads, n = divmod(n, 1461)
    years, n = divmod(n, 365)
    if years == 4:                        # the last day of a leap year
        return year + centuries * 100 + quads * 4 + 3, 12, 31
    year += centuries * 100 + quads * 4 + years
    month = 1
    while True:
        dim = _days_in_month(year, month)
        if n < dim:
            return year, month, n + 1
        n -= dim
        month += 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7            # 0 is Monday
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday


# -- argument checks ----------------------------------------------------------

def _int(value):
    """An int argument as CPython's 'i' converter takes it (__index__, C int range)."""
    if type(value) is int and -2147483648 <= value <= 2147483647:
        return value
    if type(value) is not int:
        try:
            index = type(value).__index__
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(value).__name__) from None
        value = index(value)
    if not -9223372036854775808 <= value <= 9223372036854775807:
        raise OverflowError("Python int too large to convert to C long")
    if value > 2147483647:
        raise OverflowError("signed integer is greater than maximum")
    if value < -2147483648:
        raise OverflowError("signed integer is less than minimum")
    return value


def _check_date_fields(year, month, day):
    if month is None:
        raise TypeError("function missing required argument 'month' (pos 2)")
    if day is None:
        raise TypeError("function missing required argument 'day' (pos 3)")
    year = _int(year)
    month = _int(month)
    day = _int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _int(hour)
    minute = _int(minute)
    second = _int(second)
    microsecond = _int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')
    if fold not in (0, 1):
        raise ValueError('fold must be either 0 or 1')
    return hour, minute, second, microsecond, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_offset(name, offset):
    """Validates what tzinfo.utcoffset() or dst() returned."""
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)


def _type_name(obj):
    """The name CPython's reprs and messages use: 'datetime.date', or a subclass's name."""
    cls = type(obj)
    if cls in (date, datetime, time, timedelta, timezone, tzinfo):
        return 'datetime.' + cls.__name__
    return cls.__name__


def _round_half_even(num, den):
    """num / den rounded to the nearest int, ties to even (den != 0)."""
    q, r = divmod(num, den)
    twice = 2 * r
    if den > 0:
        above = twice > den
    else:
        above = twice < den
    if above or (twice == den and q % 2 == 1):
        q += 1
    return q


def _format_offset(off, sep):
    """'+HH<sep>MM[<sep>SS[.ffffff]]' for a timedelta offset; '' for None."""
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    total = off.days * 86400 + off.seconds
    hh, rest = divmod(total, 3600)
    mm, ss = divmod(rest, 60)
    text = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off.microseconds:
        text += '%s%02d' % (sep, ss)
        if off.microseconds:
            text += '.%06d' % off.microseconds
    return text


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _wrap_strftime(obj, fmt, timetuple):
    """time.strftime after replacing %f, %z and %Z, which only datetime knows."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % ('None' if fmt is None else type(fmt).__name__))
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%' or i >= n:
            out.append(c)
            continue
        d = fmt[i]
        i += 1
        if d == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif d == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, ''))
        elif d == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            if name:
                out.append(name.replace('%', '%%'))
        else:
            out.append('%')
            out.append(d)
    return _time.strftime(''.join(out), timetuple)


# -- local time ---------------------------------------------------------------

def _local_offset(u):
    """Seconds east of UTC of the local zone at POSIX time u."""
    return _time.localtime(u).tm_gmtoff


def _local_to_posix(t, fold):
    """The POSIX time of local wall-clock seconds t (as if t were UTC), honouring fold."""
    before = _local_offset(t - 86400)
    after = _local_offset(t + 86400)
    u1 = t - before
    u2 = t - after
    ok1 = u1 + _local_offset(u1) == t
    ok2 = u2 + _local_offset(u2) == t
    if ok1 and ok2:
        if u1 == u2:
            return u1
        first, second = min(u1, u2), max(u1, u2)
        return second if fold else first
    if ok1:
        return u1
    if ok2:
        return u2
    # a gap: fold=0 reads the time with the offset before the transition
    return u2 if fold else u1


def _split_timestamp(t):
    """(whole seconds, microseconds) of a POSIX timestamp, microseconds rounded half to even."""
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if not -2.0**63 <= t < 2.0**63:
            raise OverflowError("timestamp out of range for platform time_t")
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        whole = int(whole)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        return whole, us
    if isinstance(t, int):
        if not -2**63 <= t < 2**63:
            raise OverflowError("timestamp out of range for platform time_t")
        return int(t), 0
    try:
        value = type(t).__float__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__) from None
    return _split_timestamp(value(t))


def _utc_fields(seconds):
    """(year, month, day, hour, minute, second) of POSIX seconds, in UTC."""
    days, rest = divmod(seconds, 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORDINAL)
    if not -2**31 + 1900 <= y < 2**31 + 1900:
        raise OSError(75, 'Value too large for defined data type')
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError('year %d is out of range' % y)
    hh, rest = divmod(rest, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss


def _local_fields(seconds):
    if not -62135596800 - 86400 * 2 <= seconds <= 253402300799 + 86400 * 2:
        _utc_fields(seconds)  # raises the year error
    try:
        lt = _time.localtime(seconds)
    except OverflowError:
        raise OverflowError("timestamp out of range for platform time_t") from None
    if not MINYEAR <= lt.tm_year <= MAXYEAR:
        raise ValueError('year %d is out of range' % lt.tm_year)
    return lt.tm_year, lt.tm_mon, lt.tm_mday, lt.tm_hour, lt.tm_min, lt.tm_sec


def _local_timezone_at(posix):
    local = _time.localtime(posix)
    return timezone(timedelta(seconds=local.tm_gmtoff), local.tm_zone)


def _wall_seconds(y, m, d, hh, mm, ss):
    return (_ymd2ord(y, m, d) - _EPOCH_ORDINAL) * 86400 + hh * 3600 + mm * 60 + ss


# -- timedelta ----------------------------------------------------------------

def _exact(value, unit, name):
    """value * unit microseconds as an exact fraction (numerator, denominator)."""
    if isinstance(value, int):
        return int(value) * unit, 1
    if isinstance(value, float):
        num, den = value.as_integer_ratio()
        return num * unit, den
    raise TypeError("unsupported type for timedelta %s component: %s"
                    % (name, type(value).__name__))


def _field(slot, doc):
    """A read-only property for one of the time fields that time and datetime share."""
    def get(self):
        return getattr(self, slot)
    return property(get, doc=doc)


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0,
                milliseconds=0, minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            return cls._from_us(((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds)
                                * 1000000 + milliseconds * 1000 + microseconds)
        num, den = 0, 1
        # CPython's order, which decides the component named in a TypeError
        for value, unit, name in ((microseconds, 1, 'microseconds'),
                                  (milliseconds, 1000, 'milliseconds'),
                                  (seconds, 1000000, 'seconds'), (minutes, 60000000, 'minutes'),
                                  (hours, 3600000000, 'hours'), (days, _US_PER_DAY, 'days'),
                                  (weeks, 7 * _US_PER_DAY, 'weeks')):
            n, d = _exact(value, unit, name)
            if d == 1:
                num += n * den
            else:
                num = num * d + n * den
                den *= d
        us = num // den if den == 1 else _round_half_even(num, den)
        return cls._from_us(us)

    @classmethod
    def _from_us(cls, us):
        days, rest = divmod(us, _US_PER_DAY)
        seconds, us = divmod(rest, 1000000)
        if not -999999999 <= days <= 999999999:
            if not -2**31 <= days < 2**31:
                raise OverflowError("Python int too large to convert to C int")
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = us
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        return "%s(%s)" % (_type_name(self), ', '.join(args) or '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            text = "%d day%s, " % (self._days, plural) + text
        if self._microseconds:
            text += ".%06d" % self._microseconds
        return text

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._us() / 10**6

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            return timedelta._from_us(_round_half_even(self._us() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_round_half_even(self._us(), other))
        if isinstance(other, float):
            num, den = other.as_integer_ratio()
            if num == 0:
                raise ZeroDivisionError('integer division or modulo by zero')
            return timedelta._from_us(_round_half_even(den * self._us(), num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _cmp(self, other):
        a, b = self._us(), other._us()
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# -- date ---------------------------------------------------------------------

class date:
    """date(year, month, day) --> date object"""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if (month is None and isinstance(year, (bytes, str)) and len(year) == 4
                and 1 <= ord(year[2:3]) <= 12):
            # the pickled state: year (2 bytes, big-endian), month, day
            state = _state_bytes(year, "date")
            self = object.__new__(cls)
            self._year = state[0] * 256 + state[1]
            self._month = state[2]
            self._day = state[3]
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    # constructors

    @classmethod
    def fromtimestamp(cls, t):
        "Construct a date from a POSIX timestamp (like time.time())."
        seconds, _ = _split_timestamp(t)
        y, m, d, *_ = _local_fields(seconds)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        "Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal.

        January 1 of year 1 is day 1.  Only the year, month and day are
        non-zero in the result.
        """
        n = _int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        if y > MAXYEAR:
            raise ValueError('year %d is out of range' % y)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        parsed = _parse_iso_date(date_string)
        if parsed is None or parsed[3] != len(date_string):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        return cls(*parsed[:3])

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday.

        This is the inverse of the date.isocalendar() function"""
        return cls(*_from_iso_calendar(year, week, day))

    # conversions to string

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self), self._year, self._month, self._day)

    def ctime(self):
        "Return ctime() style string."
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (
            _DAYNAMES[weekday - 1], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        "Format using strftime()."
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        """Return the date formatted according to ISO.

        This is 'YYYY-MM-DD'.
        """
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    # read-only fields

    @property
    def year(self):
        """year (1-9999)"""
        return self._year

    @property
    def month(self):
        """month (1-12)"""
        return self._month

    @property
    def day(self):
        """day (1-31)"""
        return self._day

    # standard conversions

    def timetuple(self):
        "Return local time tuple compatible with time.localtime()."
        return _build_struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal for the year, month and day.

        January 1 of year 1 is day 1.  Only the year, month and day values
        contribute to the result.
        """
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return a new date with new values for the specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    # comparisons

    def _cmp(self, other):
        a = (self._year, self._month, self._day)
        b = (other._year, other._month, other._day)
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    # arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        "Return day of the week, where Monday == 0 ... Sunday == 6."
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        "Return day of the week, where Monday == 1 ... Sunday == 7."
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday.

        The first ISO week of the year is the (Mon-Sun) week
        containing the year's first Thursday; everything else derives
        from that.
        """
        year = self._year
        today = self.toordinal()
        monday = _iso_week1_monday(year)
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            monday = _iso_week1_monday(year)
            week, day = divmod(today - monday, 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return _IsoCalendarDate(year, week + 1, day + 1)

    def _getstate(self):
        yhi, ylo = divmod(self._year, 256)
        return (bytes((yhi, ylo, self._month, self._day)),)

    def __reduce__(self):
        return (self.__class__, self._getstate())


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _from_iso_calendar(year, week, day):
    year = _int(year)
    week = _int(week)
    day = _int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        valid = False
        if week == 53:
            first = _ymd2ord(year, 1, 1) % 7   # 4 is Thursday
            valid = first == 4 or (first == 3 and _is_leap(year))
        if not valid:
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + (day - 1)
    return _ord2ymd(ordinal)


def _build_struct_time(y, m, d, hh, mm, ss, dstflag):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    dnum = _DAYS_BEFORE_MONTH[m] + (1 if m > 2 and _is_leap(y) else 0) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, dnum, dstflag))


class IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        # a plain tuple once pickled, as in CPython
        return (tuple, (tuple(self),))

    def __repr__(self):
        return (f'datetime.IsoCalendarDate'
                f'(year={self[0]}, week={self[1]}, weekday={self[2]})')


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


# -- tzinfo -------------------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info classes.

    Subclasses must override the tzname(), utcoffset() and dst() methods.
    """
    __slots__ = ()

    def tzname(self, dt):
        "datetime -> string name of time zone."
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        "datetime -> timedelta, positive for east of UTC, negative for west of UTC"
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta, positive for east of UTC.

        Return 0 if DST not in effect.  utcoffset() must include the DST
        offset.
        """
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        "datetime in UTC -> datetime in local time."
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dtdst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs else ()
        state = getattr(self, "__dict__", None) or None
        return (self.__class__, args, state)


# -- time ---------------------------------------------------------------------

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

    All arguments are optional. tzinfo may be None, or an instance of
    a tzinfo subclass. The remaining arguments may be ints.
    """
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if (isinstance(hour, (bytes, str)) and len(hour) == 6
                and ord(hour[0:1]) & 0x7F < 24):
            # the pickled state: hour (+128 when fold), minute, second, microsecond
            # (3 bytes, big-endian); tzinfo comes second
            state = _state_bytes(hour, "time")
            _check_tzinfo(minute if minute else None)
            self = object.__new__(cls)
            self._set_time_state(state, 0, minute if minute else None)
            self._hashcode = -1
            return self
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = _field('_hour', 'hour (0-23)')
    minute = _field('_minute', 'minute (0-59)')
    second = _field('_second', 'second (0-59)')
    microsecond = _field('_microsecond', 'microsecond (0-999999)')
    tzinfo = _field('_tzinfo', 'timezone info object')
    fold = _field('_fold', None)

    # comparisons

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            same = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            same = myoff == otoff
        a = (self._hour, self._minute, self._second, self._microsecond)
        b = (other._hour, other._minute, other._second, other._microsecond)
        if not same:
            if myoff is None or otoff is None:
                if allow_mixed:
                    return 2
                raise TypeError("can't compare offset-naive and offset-aware times")
            a = (self._hour * 60 + self._minute - myoff // timedelta(minutes=1),) + a[2:]
            b = (other._hour * 60 + other._minute - otoff // timedelta(minutes=1),) + b[2:]
            myrem = myoff % timedelta(minutes=1)
            otrem = otoff % timedelta(minutes=1)
            a = (a[0], a[1] * 1000000 + a[2] - myrem._us())
            b = (b[0], b[1] * 1000000 + b[2] - otrem._us())
        return 0 if a == b else (1 if a > b else -1)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash((t._hour, t._minute, t._second, t._microsecond))
            else:
                us = ((t._hour * 60 + t._minute) * 60 + t._second) * 1000000 + t._microsecond
                self._hashcode = hash(us - off._us())
        return self._hashcode

    # conversions to string

    def __repr__(self):
        if self._microsecond:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_type_name(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % self._tzinfo
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec='auto'):
        """Return the time formatted according to ISO.

        The full format is 'HH:MM:SS.mmmmmm+zz:zz'. By default, the fractional
        part is omitted if self.microsecond == 0.

        The optional argument timespec specifies the number of additional
        terms of the time to include. Valid options are 'auto', 'hours',
        'minutes', 'seconds', 'milliseconds' and 'microseconds'.
        """
        s = _format_time(self._hour, self._minute, self._second,
                         self._microsecond, timespec)
        return s + _format_offset(self.utcoffset(), ':')

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in one of the ISO 8601 formats."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        text = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            fields = _parse_iso_time(text)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None
        *fields, offset = fields
        return cls(*fields, _iso_tz(offset))

    def strftime(self, fmt):
        """Format using strftime().  The date part of the timestamp passed
        to underlying strftime should not be used.
        """
        timetuple = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, fmt, timetuple)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("format() argument 2 must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # timezone info

    def utcoffset(self):
        """Return the timezone offset as timedelta, positive east of UTC
         (negative west of UTC)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_offset("utcoffset", offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(None)
        _check_tzname(name)
        return name

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta
        positive eastward) if DST is in effect."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_offset("dst", offset)
        return offset

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return a new time with new values for the specified fields."""
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _set_time_state(self, state, i, tzinfo):
        hour = state[i]
        self._fold = 1 if hour > 127 else 0
        self._hour = hour & 0x7F
        self._minute = state[i + 1]
        self._second = state[i + 2]
        self._microsecond = (state[i + 3] << 16) | (state[i + 4] << 8) | state[i + 5]
        self._tzinfo = tzinfo

    def _time_state(self, protocol):
        hour = self._hour + 128 if self._fold and protocol > 3 else self._hour
        us = self._microsecond
        return bytes((hour, self._minute, self._second, us >> 16, (us >> 8) & 0xFF, us & 0xFF))

    def _getstate(self, protocol=3):
        state = self._time_state(protocol)
        return (state,) if self._tzinfo is None else (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (self.__class__, self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _state_bytes(state, what):
    """The pickled state of a date, time or datetime; Python 2 pickles give it as a str
    (loaded with encoding='latin1')."""
    if isinstance(state, str):
        try:
            return state.encode('latin1')
        except UnicodeEncodeError:
            raise ValueError(
                "Failed to encode latin1 string when unpickling a %s object. "
                "pickle.load(data, encoding='latin1') is assumed." % what) from None
    return state


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# -- datetime -----------------------------------------------------------------

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

    The year, month and day arguments are required. tzinfo may be None, or an
    instance of a tzinfo subclass. The remaining arguments may be ints.
    """
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if (isinstance(year, (bytes, str)) and len(year) == 10
                and 1 <= ord(year[2:3]) & 0x7F <= 12):
            # the pickled state: the date's four bytes (month +128 when fold), then the
            # time's six; tzinfo comes second
            state = _state_bytes(year, "datetime")
            tzinfo = month
            _check_tzinfo(tzinfo)
            self = object.__new__(cls)
            self._year = state[0] * 256 + state[1]
            month = state[2]
            self._month = month & 0x7F
            self._day = state[3]
            time._set_time_state(self, state, 4, tzinfo)
            self._fold = 1 if month > 127 else 0
            self._hashcode = -1
            return self
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    hour = _field('_hour', 'hour (0-23)')
    minute = _field('_minute', 'minute (0-59)')
    second = _field('_second', 'second (0-59)')
    microsecond = _field('_microsecond', 'microsecond (0-999999)')
    tzinfo = _field('_tzinfo', 'timezone info object')
    fold = _field('_fold', None)

    @classmethod
    def _fromtimestamp(cls, t, utc, tz):
        seconds, us = _split_timestamp(t)
        if utc:
            fields = _utc_fields(seconds)
            return cls(*fields, us, tz)
        fields = _local_fields(seconds)
        result = cls(*fields, us, tz)
        if tz is None and _local_to_posix(_wall_seconds(*fields), 0) != seconds:
            # the second of two equal wall-clock readings (the hour repeated at a fold)
            if _local_to_posix(_wall_seconds(*fields), 1) == seconds:
                result = result.replace(fold=1)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """Construct a datetime from a POSIX timestamp (like time.time()).

        A timezone info object may be passed in as well.
        """
        _check_tzinfo(tz)
        if tz is None:
            return cls._fromtimestamp(t, False, None)
        utc = cls._fromtimestamp(t, True, tz)
        return tz.fromutc(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._fromtimestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        "Construct a datetime from time.time() and optional time zone info."
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        "Construct a UTC datetime from time.time()."
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        "Construct a datetime from a given date and a given time."
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day,
                   time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) < 7:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            parsed = _parse_iso_date(date_string)
            if parsed is None:
                raise ValueError
            y, m, d, end = parsed
            if end < len(date_string):
                # one separator character, then the time
                time_fields = _parse_iso_time(date_string[end + 1:])
            else:
                time_fields = (0, 0, 0, 0, None)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        *fields, offset = time_fields
        return cls(y, m, d, *fields, _iso_tz(offset))

    def timetuple(self):
        "Return local time tuple compatible with time.localtime()."
        dst = self.dst()
        if dst is None:
            dstflag = -1
        elif dst:
            dstflag = 1
        else:
            dstflag = 0
        return _build_struct_time(self._year, self._month, self._day,
                                  self._hour, self._minute, self._second, dstflag)

    def _local_posix(self):
        wall = _wall_seconds(self._year, self._month, self._day,
                             self._hour, self._minute, self._second)
        return _local_to_posix(wall, self._fold)

    def timestamp(self):
        "Return POSIX timestamp as float"
        if self._tzinfo is None:
            return self._local_posix() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        "Return UTC time tuple compatible with time.gmtime()."
        offset = self.utcoffset()
        dt = self
        if offset:
            dt = dt - offset
        return _build_struct_time(dt._year, dt._month, dt._day,
                                  dt._hour, dt._minute, dt._second, 0)

    def date(self):
        "Return the date part."
        return date(self._year, self._month, self._day)

    def time(self):
        "Return the time part, with tzinfo None."
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        "Return the time part, with same tzinfo."
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return a new datetime with new values for the specified fields."""
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second,
                          microsecond, tzinfo, fold=fold)

    def _local_timezone(self):
        """The local zone (fixed offset and name) in force at this naive local time."""
        return _local_timezone_at(self._local_posix())

    def astimezone(self, tz=None):
        if tz is not None:
            _check_tzinfo(tz)
        mytz = self._tzinfo
        offset = None
        if mytz is not None:
            offset = mytz.utcoffset(self)
            _check_offset("utcoffset", offset)
        if offset is None:
            # naive (or a tzinfo without an offset): the time is local time
            mytz = self.replace(tzinfo=None)._local_timezone()
            offset = mytz.utcoffset(None)
        if tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=None)
        if tz is None:
            tz = _local_timezone_at(utc._us_since_epoch() // 1000000)
        return tz.fromutc(utc.replace(tzinfo=tz))

    # string conversions

    def ctime(self):
        "Return ctime() style string."
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[weekday - 1], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """Return the time formatted according to ISO.

        The full format looks like 'YYYY-MM-DD HH:MM:SS.mmmmmm'.
        By default, the fractional part is omitted if self.microsecond == 0.

        If self.tzinfo is not None, the UTC offset is also attached, giving
        giving a full format of 'YYYY-MM-DD HH:MM:SS.mmmmmm+HH:MM'.

        Optional argument sep specifies the separator between date and
        time, default 'T'.

        The optional argument timespec specifies the number of additional
        terms of the time to include. Valid options are 'auto', 'hours',
        'minutes', 'seconds', 'milliseconds' and 'microseconds'.
        """
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % type(sep).__name__)
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep)
        s += _format_time(self._hour, self._minute, self._second,
                          self._microsecond, timespec)
        return s + _format_offset(self.utcoffset(), ':')

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = "%s(%s)" % (_type_name(self), ", ".join(map(str, fields)))
        if self._fold:
            s = s[:-1] + ", fold=1)"
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % self._tzinfo
        return s

    def __str__(self):
        "Convert to string, for str()."
        return self.isoformat(sep=' ')

    @classmethod
    def strptime(cls, date_string, format):
        'string, format -> new datetime parsed from a string (like time.strptime()).'
        for k, arg in enumerate((date_string, format)):
            if not isinstance(arg, str):
                raise TypeError("strptime() argument %d must be str, not %s"
                                % (k + 1, 'None' if arg is None else type(arg).__name__))
        import _strptime
        tt, fraction, gmtoff_fraction = _strptime._strptime(date_string, format)
        tz = None
        if tt.tm_gmtoff is not None:
            delta = timedelta(seconds=tt.tm_gmtoff, microseconds=gmtoff_fraction)
            tz = timezone(delta, tt.tm_zone) if tt.tm_zone else timezone(delta)
        return cls(tt.tm_year, tt.tm_mon, tt.tm_mday, tt.tm_hour, tt.tm_min,
                   tt.tm_sec, fraction, tz)

    def utcoffset(self):
        """Return the timezone offset as timedelta positive east of UTC (negative west of
        UTC)."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_offset("utcoffset", offset)
        return offset

    def tzname(self):
        """Return the timezone name."""
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        _check_tzname(name)
        return name

    def dst(self):
        """Return 0 if DST is not in effect, or the DST offset (as timedelta
        positive eastward) if DST is in effect."""
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_offset("dst", offset)
        return offset

    # comparisons

    def _cmp(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            same = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            # an aware time in a fold or gap is never equal to one in another zone
            if allow_mixed:
                if myoff != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other._fold).utcoffset():
                    return 2
            same = myoff == otoff
        if same:
            a = (self._year, self._month, self._day, self._hour, self._minute,
                 self._second, self._microsecond)
            b = (other._year, other._month, other._day, other._hour, other._minute,
                 other._second, other._microsecond)
            return 0 if a == b else (1 if a > b else -1)
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def _order_check(self, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_type_name(self), _type_name(other)))
        return False

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        return NotImplemented

    def __le__(self, other):
        if self._order_check(other):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if self._order_check(other):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if self._order_check(other):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if self._order_check(other):
            return self._cmp(other) > 0
        return NotImplemented

    def _us_since_epoch(self):
        days = self.toordinal() - _EPOCH_ORDINAL
        return ((days * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    @classmethod
    def _from_us(cls, us, tzinfo, fold=0):
        days, rest = divmod(us, _US_PER_DAY)
        ordinal = days + _EPOCH_ORDINAL
        if not 0 < ordinal <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(ordinal)
        secs, us = divmod(rest, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return cls(y, m, d, hh, mm, ss, us, tzinfo, fold=fold)

    def __add__(self, other):
        "Add a datetime and a timedelta."
        if not isinstance(other, timedelta):
            return NotImplemented
        return type(self)._from_us(self._us_since_epoch() + other._us(), self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        "Subtract two datetimes, or a datetime and a timedelta."
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        us = self._us_since_epoch() - other._us_since_epoch()
        if self._tzinfo is not other._tzinfo:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if myoff != otoff:
                if myoff is None or otoff is None:
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                us -= myoff._us() - otoff._us()
        return timedelta._from_us(us)

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash((t._year, t._month, t._day, t._hour, t._minute,
                                       t._second, t._microsecond))
            else:
                self._hashcode = hash(t._us_since_epoch() - off._us())
        return self._hashcode

    def _getstate(self, protocol=3):
        yhi, ylo = divmod(self._year, 256)
        month = self._month + 128 if self._fold and protocol > 3 else self._month
        state = bytes((yhi, ylo, month, self._day)) + time._time_state(self, 3)
        return (state,) if self._tzinfo is None else (state, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (self.__class__, self._getstate(protocol))

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


# -- ISO 8601 parsing ---------------------------------------------------------

def _digits(s, i, n):
    """The int of the n ASCII digits at s[i:i+n]; None when they are not all digits."""
    part = s[i:i + n]
    if len(part) != n:
        return None
    for c in part:
        if not '0' <= c <= '9':
            return None
    return int(part)


def _parse_iso_date(s):
    """(year, month, day, end) of the ISO date at the start of s, or None.

    Accepts YYYY-MM-DD, YYYYMMDD, YYYY-Www, YYYY-Www-D, YYYYWww and YYYYWwwD; the
    a week date with no day is the Monday.
    """
    year = _digits(s, 0, 4)
    if year is None:
        return None
    i = 4
    dash = s[i:i + 1] == '-'
    if dash:
        i += 1
    if s[i:i + 1] == 'W':
        i += 1
        week = _digits(s, i, 2)
        if week is None:
            return None
        i += 2
        day = 1
        if dash:
            if s[i:i + 1] == '-':
                day = _digits(s, i + 1, 1)
                if day is None:
                    return None
                i += 2
        else:
            d = _digits(s, i, 1)
            if d is not None:
                day = d
                i += 1
        try:
            y, m, d = _from_iso_calendar(year, week, day)
        except ValueError:
            return None
        return y, m, d, i
    month = _digits(s, i, 2)
    if month is None:
        return None
    i += 2
    if dash:
        if s[i:i + 1] != '-':
            return None
        i += 1
    day = _digits(s, i, 2)
    if day is None:
        return None
    return year, month, day, i + 2


def _parse_hhmmss(s):
    """(hh, mm, ss, us) of HH[:MM[:SS[.f+]]] or HH[MM[SS[[.]ff+]]] (',' may replace '.');
    ValueError when s is anything else. Fractions beyond six digits are cut off."""
    hh = _digits(s, 0, 2)
    if hh is None:
        raise ValueError
    n = len(s)
    i = 2
    mm = ss = us = 0
    if i < n:
        colon = s[i] == ':'
        if colon:
            i += 1
        mm = _digits(s, i, 2)
        if mm is None:
            raise ValueError
        i += 2
        if i < n:
            if colon:
                if s[i] != ':':
                    raise ValueError
                i += 1
            ss = _digits(s, i, 2)
            if ss is None:
                raise ValueError
            i += 2
            if i < n:
                separated = s[i] in '.,'
                if separated:
                    i += 1
                elif colon:
                    raise ValueError
                k = i
                while k < n and '0' <= s[k] <= '9':
                    k += 1
                if k != n or k == i or (not separated and k - i < 2):
                    raise ValueError
                us = int((s[i:k] + '00000')[:6])
                i = k
    return hh, mm, ss, us


def _parse_iso_time(s):
    """(hour, minute, second, microsecond, offset) of an ISO time; offset is None, or a
    timedelta for timezone() to check (a range error there is not a format error)."""
    tzpos = -1
    for k, c in enumerate(s):
        if c in '+-Z':
            tzpos = k
            break
    offset = None
    if tzpos >= 0:
        tztext = s[tzpos:]
        s = s[:tzpos]
        if tztext == 'Z':
            offset = timedelta(0)
        elif tztext[0] == 'Z':
            raise ValueError
        else:
            hh, mm, ss, us = _parse_hhmmss(tztext[1:])
            if not (hh or mm or ss):
                us = 0              # CPython reads a zero offset as UTC, fraction or not
            offset = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
            if tztext[0] == '-':
                offset = -offset
    return _parse_hhmmss(s) + (offset,)


def _iso_tz(offset):
    if offset is None:
        return None
    return timezone(offset)


# -- timezone -----------------------------------------------------------------

class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % ('None' if name is None else type(name).__name__))
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24),"
                             " not %r." % (offset,))
        return cls._create(offset, name)

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        """pickle support"""
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return "%s(%r)" % (_type_name(self), self._offset)
        return "%s(%r, %r)" % (_type_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance"
                        " or None, not %s" % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname(dt) argument must be a datetime instance"
                        " or None, not %s" % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst(dt) argument must be a datetime instance"
                        " or None, not %s" % type(dt).__name__)

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc: argument must be a datetime")

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta, ':')


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
