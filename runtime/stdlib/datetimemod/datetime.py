# aioplay's datetime, written for aioplay to CPython 3.11's documented
# behaviour (reprs, str forms, arithmetic, strftime/strptime, isoformat,
# fromisoformat). The clock is the session's virtual clock, read through
# _wall() (seconds since the epoch, bound by the Go loader), and local
# time is UTC, as in the playground's contract.

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_acc = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_acc)
    _acc += _dim
del _acc, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June",
                   "July", "August", "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """(year, month, day) of proleptic Gregorian ordinal n (1 = 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_int(value):
    if isinstance(value, int):
        return value
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None
    return index(value)


def _check_date_fields(year, month, day):
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    dim = _days_in_month(year, month)
    if not 1 <= day <= dim:
        raise ValueError('day is out of range for month')
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
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


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _round_half_even(num, den):
    """num/den rounded to the nearest integer, ties to even (den > 0)."""
    q, r = divmod(num, den)
    r2 = 2 * r
    if r2 > den or (r2 == den and q % 2 == 1):
        q += 1
    return q


def _format_offset(off, sep=':'):
    s = ''
    if off is not None:
        if off.days < 0:
            sign = "-"
            off = -off
        else:
            sign = "+"
        hh, mm = divmod(off, timedelta(hours=1))
        mm, ss = divmod(mm, timedelta(minutes=1))
        s += "%s%02d%s%02d" % (sign, hh, sep, mm)
        if ss or ss.microseconds:
            s += "%s%02d" % (sep, ss.seconds)
            if ss.microseconds:
                s += '.%06d' % ss.microseconds
    return s


def _wrap_strftime(obj, fmt, timetuple):
    """strftime for date, time and datetime: the C library's directives
    (as glibc prints them), with %f, %z and %Z from the object."""
    year, month, day, hour, minute, second, wday, yday = timetuple[:8]
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%':
            out.append(ch)
            continue
        if i >= n:
            out.append('%')
            break
        ch = fmt[i]
        i += 1
        if ch == '%':
            out.append('%')
        elif ch == 'a':
            out.append(_DAYNAMES[wday])
        elif ch == 'A':
            out.append(_FULLDAYNAMES[wday])
        elif ch in 'bh':
            out.append(_MONTHNAMES[month])
        elif ch == 'B':
            out.append(_FULLMONTHNAMES[month])
        elif ch == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[wday], _MONTHNAMES[month], day,
                                                        hour, minute, second, year))
        elif ch == 'C':
            out.append('%02d' % (year // 100))
        elif ch == 'd':
            out.append('%02d' % day)
        elif ch == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif ch == 'e':
            out.append('%2d' % day)
        elif ch == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif ch == 'F':
            out.append('%d-%02d-%02d' % (year, month, day))
        elif ch in 'GgVu':
            iy, iw, iwd = _isocalendar(year, month, day)
            out.append({'G': '%d' % iy, 'g': '%02d' % (iy % 100), 'V': '%02d' % iw, 'u': '%d' % iwd}[ch])
        elif ch == 'H':
            out.append('%02d' % hour)
        elif ch == 'I':
            out.append('%02d' % ((hour % 12) or 12))
        elif ch == 'j':
            out.append('%03d' % yday)
        elif ch == 'k':
            out.append('%2d' % hour)
        elif ch == 'l':
            out.append('%2d' % ((hour % 12) or 12))
        elif ch == 'm':
            out.append('%02d' % month)
        elif ch == 'M':
            out.append('%02d' % minute)
        elif ch == 'n':
            out.append('\n')
        elif ch == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif ch == 'P':
            out.append('am' if hour < 12 else 'pm')
        elif ch == 'r':
            out.append('%02d:%02d:%02d %s' % ((hour % 12) or 12, minute, second, 'AM' if hour < 12 else 'PM'))
        elif ch == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif ch == 's':
            out.append('%d' % ((_ymd2ord(year, month, day) - _EPOCH_ORD) * 86400 + hour * 3600 + minute * 60 + second))
        elif ch == 'S':
            out.append('%02d' % second)
        elif ch == 't':
            out.append('\t')
        elif ch == 'T':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif ch == 'U':
            out.append('%02d' % ((yday + 6 - (wday + 1) % 7) // 7))
        elif ch == 'w':
            out.append('%d' % ((wday + 1) % 7))
        elif ch == 'W':
            out.append('%02d' % ((yday + 6 - wday) // 7))
        elif ch == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif ch == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif ch == 'y':
            out.append('%02d' % (year % 100))
        elif ch == 'Y':
            out.append('%d' % year)
        elif ch == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, ''))
        elif ch == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(name or '')
        else:
            out.append('%' + ch)
    return ''.join(out)


def _isocalendar(year, month, day):
    week1monday = _iso_week1_monday(year)
    today = _ymd2ord(year, month, day)
    week, dayofweek = divmod(today - week1monday, 7)
    if week < 0:
        year -= 1
        week1monday = _iso_week1_monday(year)
        week, dayofweek = divmod(today - week1monday, 7)
    elif week >= 52:
        if today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, dayofweek + 1


def _iso_week1_monday(year):
    # The Monday of the week holding January 4th.
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


class timedelta:
    """Difference between two datetime values: days, seconds (0..86399)
    and microseconds (0..999999), normalised."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        # Sum the exact microseconds of every argument, then round once.
        num, den = 0, 1
        for value, scale in ((days, 86400000000), (seconds, 1000000), (microseconds, 1),
                             (milliseconds, 1000), (minutes, 60000000), (hours, 3600000000),
                             (weeks, 604800000000)):
            if isinstance(value, int):
                num += value * scale * den
                continue
            if not isinstance(value, float):
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_TD_NAMES[scale], type(value).__name__))
            if value != value or value in (float('inf'), float('-inf')):
                raise ValueError("cannot convert float %s to integer" % ('NaN' if value != value else 'infinity'))
            n, d = value.as_integer_ratio()
            num = num * d + n * scale * den
            den *= d
        us = _round_half_even(num, den)
        d, us = divmod(us, 86400000000)
        s, us = divmod(us, 1000000)
        if abs(d) > 2147483647:
            # CPython's C code overflows its int first.
            raise OverflowError("Python int too large to convert to C int")
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append('0')
        return _qual(self) + "(%s)" % (', '.join(args),)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = ("%d day%s, " % (self._days, plural)) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def total_seconds(self):
        """Total seconds in the duration."""
        return ((self.days * 86400 + self.seconds) * 10**6 + self.microseconds) / 10**6

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days + other._days, self._seconds + other._seconds,
                             self._microseconds + other._microseconds)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta(self._days - other._days, self._seconds - other._seconds,
                             self._microseconds - other._microseconds)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta(-self._days, -self._seconds, -self._microseconds)

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta(0, 0, self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta(0, 0, _round_half_even(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if not isinstance(other, (int, timedelta)):
            return NotImplemented
        usec = self._to_us()
        if isinstance(other, timedelta):
            return usec // other._to_us()
        return timedelta(0, 0, usec // other)

    def __truediv__(self, other):
        if not isinstance(other, (int, float, timedelta)):
            return NotImplemented
        usec = self._to_us()
        if isinstance(other, timedelta):
            return usec / other._to_us()
        if isinstance(other, int):
            return timedelta(0, 0, _round_half_even(usec, other) if other > 0 else _round_half_even(-usec, -other))
        a, b = other.as_integer_ratio()
        if a < 0:
            a, b = -a, -b
        return timedelta(0, 0, _round_half_even(b * usec, a))

    def __mod__(self, other):
        if isinstance(other, timedelta):
            r = self._to_us() % other._to_us()
            return timedelta(0, 0, r)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta(0, 0, r)
        return NotImplemented

    def _cmp(self, other):
        return _cmp(self._to_us(), other._to_us())

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
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return (self._days != 0 or self._seconds != 0 or self._microseconds != 0)

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


_TD_NAMES = {86400000000: 'days', 1000000: 'seconds', 1: 'microseconds', 1000: 'milliseconds',
             60000000: 'minutes', 3600000000: 'hours', 604800000000: 'weeks'}


def _qual(obj):
    # CPython's reprs use the C type's name: "datetime.date" for the
    # module's own classes, the bare class name for subclasses.
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__qualname__
    return cls.__qualname__


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class date:
    """Concrete date type: year, month and day."""

    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, weekday, jday, dst = _gmtime(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date (the virtual clock, in UTC)."""
        return cls.fromtimestamp(_wall())

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            return cls(*_parse_isoformat_date(date_string))
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 0 < week < 53:
            out_of_range = True
            if week == 53:
                first_weekday = _ymd2ord(year, 1, 1) % 7
                if (first_weekday == 4 or (first_weekday == 3 and _is_leap(year))):
                    out_of_range = False
            if out_of_range:
                raise ValueError(f"Invalid week: {week}")
        if not 0 < day < 8:
            raise ValueError(f"Invalid weekday: {day} (range is [1, 7])")
        day_1 = _iso_week1_monday(year)
        ord_day = day_1 + (week - 1) * 7 + (day - 1)
        return cls(*_ord2ymd(ord_day))

    def __repr__(self):
        return _qual(self) + "(%d, %d, %d)" % (self._year, self._month, self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday - 1], _MONTHNAMES[self._month],
                                             self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                            self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

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

    def _cmp(self, other):
        y, m, d = self._year, self._month, self._day
        y2, m2, d2 = other._year, other._month, other._day
        return _cmp((y, m, d), (y2, m2, d2))

    def __hash__(self):
        return hash((self._year, self._month, self._day))

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            days1 = self.toordinal()
            days2 = other.toordinal()
            return timedelta(days1 - days2)
        return NotImplemented

    def weekday(self):
        """Monday == 0 ... Sunday == 6"""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday == 1 ... Sunday == 7"""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return _IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day))


_MAXORDINAL = 3652059
_EPOCH_ORD = _ymd2ord(1970, 1, 1)


def _IsoCalendarDate(year, week, weekday):
    return _isocal_type(year, week, weekday)


class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dtdst


class time:
    """Time with hour, minute, second, microsecond, tzinfo and fold."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._hashcode = -1
        self._fold = fold
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if mytz is ottz or myoff == otoff:
            return _cmp(self._key(), other._key())
        if myoff is None or otoff is None:
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond), (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            try:
                return self._cmp(other) == 0
            except TypeError:
                return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __hash__(self):
        return hash((self._key(), self.utcoffset()))

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = _qual(self) + "(%d, %d%s)" % (self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec='auto'):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            return cls(*_parse_isoformat_time(s))
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.utcoffset(None)

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(None)

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def __bool__(self):
        return True


def _format_time(hh, mm, ss, us, timespec='auto'):
    specs = {
        'hours': '{:02d}',
        'minutes': '{:02d}:{:02d}',
        'seconds': '{:02d}:{:02d}:{:02d}',
        'milliseconds': '{:02d}:{:02d}:{:02d}.{:03d}',
        'microseconds': '{:02d}:{:02d}:{:02d}.{:06d}'
    }
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    elif timespec == 'milliseconds':
        us //= 1000
    try:
        fmt = specs[timespec]
    except KeyError:
        raise ValueError('Unknown timespec value')
    else:
        return fmt.format(hh, mm, ss, us)


class datetime(date):
    """A date with a time: year, month, day[, hour[, minute[, second[,
    microsecond[, tzinfo]]]]]."""

    __slots__ = time.__slots__

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
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

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _fromtimestamp(cls, t, tz):
        frac, t = _modf(t)
        us = round(frac * 1e6)
        if us >= 1000000:
            t += 1
            us -= 1000000
        elif us < 0:
            t -= 1
            us += 1000000
        y, m, d, hh, mm, ss, weekday, jday, dst = _gmtime(t)
        result = cls(y, m, d, hh, mm, ss, us)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """Construct a datetime from a POSIX timestamp (local time is UTC
        in aioplay)."""
        _check_tzinfo_arg(tz)
        return cls._fromtimestamp(t, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._fromtimestamp(t, None)

    @classmethod
    def now(cls, tz=None):
        """The virtual clock's current time (naive local time is UTC)."""
        return cls.fromtimestamp(_wall(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_wall())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_wall())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        try:
            dstr, tstr = _split_iso(date_string)
            parts = _parse_isoformat_date(dstr)
            tparts = _parse_isoformat_time(tstr) if tstr else [0, 0, 0, 0, None]
        except (ValueError, IndexError):
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*(parts + tparts))

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format)

    def timetuple(self):
        dst = self.dst()
        if dst is None:
            dst = -1
        elif dst:
            dst = 1
        else:
            dst = 0
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute,
                            self._second, self.weekday(),
                            self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, dst)

    def timestamp(self):
        """POSIX timestamp (naive datetimes are UTC in aioplay)."""
        if self._tzinfo is None:
            s = self._secs()
            return s + self.microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def _secs(self):
        return ((self.toordinal() - _EPOCH_ORD) * 86400 + self._hour * 3600 +
                self._minute * 60 + self._second)

    def utctimetuple(self):
        offset = self.utcoffset()
        if offset:
            self -= offset
        y, m, d = self.year, self.month, self.day
        hh, mm, ss = self.hour, self.minute, self.second
        return _struct_time(y, m, d, hh, mm, ss, self.weekday(),
                            self.toordinal() - _ymd2ord(y, 1, 1) + 1, 0)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self.hour, self.minute, self.second, self.microsecond, fold=self.fold)

    def timetz(self):
        return time(self.hour, self.minute, self.second, self.microsecond, self._tzinfo, fold=self.fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self.year
        if month is None:
            month = self.month
        if day is None:
            day = self.day
        if hour is None:
            hour = self.hour
        if minute is None:
            minute = self.minute
        if second is None:
            second = self.second
        if microsecond is None:
            microsecond = self.microsecond
        if tzinfo is True:
            tzinfo = self.tzinfo
        if fold is None:
            fold = self.fold
        return type(self)(year, month, day, hour, minute, second, microsecond, tzinfo, fold=fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError("tz argument must be an instance of tzinfo")
        mytz = self.tzinfo
        if mytz is None:
            offset = timedelta(0)
        else:
            offset = mytz.utcoffset(self)
            if offset is None:
                offset = timedelta(0)
        if tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[weekday - 1], _MONTHNAMES[self._month],
                                                   self._day, self._hour, self._minute,
                                                   self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        s = ("%04d-%02d-%02d%c" % (self._year, self._month, self._day, sep) +
             _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        off = self.utcoffset()
        tz = _format_offset(off)
        if tz:
            s += tz
        return s

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = _qual(self) + "(%s)" % ", ".join(map(str, L))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        return self.isoformat(sep=' ')

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(self)

    def dst(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.dst(self)

    def _key_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    def _cmp(self, other, allow_mixed=False):
        mytz, ottz = self._tzinfo, other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._key_us(), other._key_us())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return diff and 1 or 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if not isinstance(other, date):
            return NotImplemented
        return False

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._key_us() + other._to_us()
        days, us = divmod(us, 86400000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        secs, us = divmod(us, 1000000)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        y, m, d = _ord2ymd(days)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = timedelta(0, 0, self._key_us() - other._key_us())
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        t = self.replace(fold=0) if self.fold else self
        tzoff = t.utcoffset()
        if tzoff is None:
            return hash(t._key_us())
        return hash(t._key_us() - tzoff._to_us())

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day, self._hour, self._minute,
                                 self._second, self._microsecond, self._tzinfo))


def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (type(x).__name__, type(y).__name__))


_date_class = date
_time_class = time


class timezone(tzinfo):
    """Fixed offset from UTC."""

    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("name must be a string")
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

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
            return _qual(self) + "(%r)" % (self._offset,)
        return _qual(self) + "(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname() argument must be a datetime instance or None")

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        if delta < timedelta(0):
            sign = '-'
            delta = -delta
        else:
            sign = '+'
        hours, rest = divmod(delta, timedelta(hours=1))
        minutes, rest = divmod(rest, timedelta(minutes=1))
        seconds = rest.seconds
        microseconds = rest.microseconds
        if microseconds:
            return (f'UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}'
                    f'.{microseconds:06d}')
        if seconds:
            return f'UTC{sign}{hours:02d}:{minutes:02d}:{seconds:02d}'
        return f'UTC{sign}{hours:02d}:{minutes:02d}'


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)
time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)


def _modf(t):
    ip = int(t)
    return t - ip, ip


def _gmtime(t):
    """time.gmtime(t) for an int or float t, as a tuple."""
    t = int(t // 1) if isinstance(t, float) else t
    days, secs = divmod(t, 86400)
    y, m, d = _ord2ymd(days + _EPOCH_ORD)
    hh, rem = divmod(secs, 3600)
    mm, ss = divmod(rem, 60)
    wday = (days + _EPOCH_ORD + 6) % 7
    yday = days + _EPOCH_ORD - _ymd2ord(y, 1, 1) + 1
    return y, m, d, hh, mm, ss, wday, yday, 0


def _struct_time(*fields):
    return _struct_time_type(*fields)


def _split_iso(s):
    """Split an ISO 8601 datetime string into its date and time parts."""
    if len(s) < 7:
        raise ValueError
    # The separator may be any single character after a complete date.
    if len(s) >= 10 and s[4] == '-' and s[7] == '-':
        return s[:10], s[11:] if len(s) > 10 else ''
    if len(s) >= 8 and s[:8].isdigit():
        return s[:8], s[9:] if len(s) > 8 else ''
    if 'W' in s[:6]:
        sep = 10 if '-' in s[:6] else 8
        return s[:sep], s[sep + 1:]
    return s, ''


def _parse_isoformat_date(s):
    """[year, month, day] from YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or
    YYYYWww[D]."""
    if len(s) not in (7, 8, 10):
        raise ValueError
    year = int(s[0:4])
    if not s[0:4].isdigit():
        raise ValueError
    has_sep = s[4] == '-'
    pos = 5 if has_sep else 4
    if s[pos] == 'W':
        pos += 1
        week = int(s[pos:pos + 2])
        pos += 2
        day = 1
        if len(s) > pos:
            if (s[pos] == '-') != has_sep:
                raise ValueError
            if has_sep:
                pos += 1
            day = int(s[pos:pos + 1])
        d = date.fromisocalendar(year, week, day)
        return [d.year, d.month, d.day]
    if not s[pos:pos + 2].isdigit():
        raise ValueError
    month = int(s[pos:pos + 2])
    pos += 2
    if has_sep:
        if s[pos] != '-':
            raise ValueError
        pos += 1
    if len(s) != pos + 2 or not s[pos:].isdigit():
        raise ValueError
    return [year, month, int(s[pos:pos + 2])]


def _parse_hh_mm_ss_ff(s):
    comps = [0, 0, 0, 0]
    pos = 0
    has_sep = len(s) > 2 and s[2] == ':'
    for i in range(3):
        if len(s) - pos < 2 or not s[pos:pos + 2].isdigit():
            raise ValueError
        comps[i] = int(s[pos:pos + 2])
        pos += 2
        if pos >= len(s) or i == 2:
            break
        nxt = s[pos]
        if has_sep:
            if nxt != ':':
                break
            pos += 1
        elif nxt in '.,':
            break
    if pos < len(s):
        if s[pos] not in '.,':
            raise ValueError
        pos += 1
        digits = ''
        while pos < len(s) and s[pos].isdigit():
            digits += s[pos]
            pos += 1
        if not digits or pos != len(s):
            raise ValueError
        comps[3] = int((digits + '000000')[:6])
    return comps


def _parse_isoformat_time(s):
    """[hour, minute, second, microsecond, tzinfo] from an ISO time with
    an optional Z or +HH:MM[:SS[.ffffff]] offset."""
    if len(s) < 2:
        raise ValueError
    tzpos = -1
    for i, c in enumerate(s):
        if c in '+-Z':
            tzpos = i
            break
    timestr = s if tzpos < 0 else s[:tzpos]
    comps = _parse_hh_mm_ss_ff(timestr)
    tz = None
    if tzpos >= 0:
        tzstr = s[tzpos:]
        if tzstr == 'Z':
            tz = timezone.utc
        else:
            tzs = tzstr[1:]
            if len(tzs) not in (2, 4, 5, 6, 8) and len(tzs) < 9:
                raise ValueError
            tzc = _parse_hh_mm_ss_ff(tzs)
            if all(x == 0 for x in tzc):
                tz = timezone.utc
            else:
                td = timedelta(hours=tzc[0], minutes=tzc[1], seconds=tzc[2], microseconds=tzc[3])
                tz = timezone(-td if tzstr[0] == '-' else td)
    if comps[0] == 24:
        if any(comps[1:]):
            raise ValueError
    comps.append(tz)
    return comps


# strptime: the directives CPython's _strptime understands, matched by
# hand (aioplay has no re module).
def _strptime(cls, data_string, fmt):
    if not isinstance(data_string, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data_string).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    values = {}
    pos = 0
    i = 0
    n = len(data_string)

    def fail():
        raise ValueError("time data %r does not match format %r" % (data_string, fmt))

    def digits(lo, hi):
        nonlocal pos
        j = pos
        while j < n and j - pos < hi and data_string[j].isdigit():
            j += 1
        if j - pos < lo:
            fail()
        v = int(data_string[pos:j])
        pos = j
        return v

    def word(names):
        nonlocal pos
        low = data_string[pos:].lower()
        best = None
        for idx, name in enumerate(names):
            if name and low.startswith(name.lower()) and (best is None or len(name) > len(names[best])):
                best = idx
        if best is None:
            fail()
        pos += len(names[best])
        return best

    while i < len(fmt):
        c = fmt[i]
        if c != '%':
            if c.isspace():
                while pos < n and data_string[pos].isspace():
                    pos += 1
            else:
                if pos >= n or data_string[pos] != c:
                    fail()
                pos += 1
            i += 1
            continue
        i += 1
        if i >= len(fmt):
            raise ValueError("stray %% in format '%s'" % fmt)
        d = fmt[i]
        i += 1
        if d == 'Y':
            values['year'] = digits(4, 4)
        elif d == 'y':
            y = digits(2, 2)
            values['year'] = y + (2000 if y <= 68 else 1900)
        elif d == 'm':
            values['month'] = digits(1, 2)
        elif d == 'd':
            values['day'] = digits(1, 2)
        elif d == 'H':
            values['hour'] = digits(1, 2)
        elif d == 'I':
            values['hour12'] = digits(1, 2)
        elif d == 'M':
            values['minute'] = digits(1, 2)
        elif d == 'S':
            values['second'] = digits(1, 2)
        elif d == 'f':
            start = pos
            v = digits(1, 6)
            values['microsecond'] = v * 10 ** (6 - (pos - start))
        elif d == 'j':
            values['yday'] = digits(1, 3)
        elif d == 'p':
            values['ampm'] = word(['AM', 'PM'])
        elif d == 'b' or d == 'h':
            values['month'] = word(_MONTHNAMES)
        elif d == 'B':
            values['month'] = word(_FULLMONTHNAMES)
        elif d == 'a':
            values['weekday'] = word(_DAYNAMES)
        elif d == 'A':
            values['weekday'] = word(_FULLDAYNAMES)
        elif d == 'z':
            if data_string[pos:pos + 1] == 'Z':
                pos += 1
                values['tz'] = timedelta(0)
            else:
                if pos >= n or data_string[pos] not in '+-':
                    fail()
                sign = -1 if data_string[pos] == '-' else 1
                pos += 1
                hh = digits(2, 2)
                if data_string[pos:pos + 1] == ':':
                    pos += 1
                mm = digits(2, 2)
                ss = 0
                if data_string[pos:pos + 1] == ':' or (pos < n and data_string[pos].isdigit()):
                    if data_string[pos] == ':':
                        pos += 1
                    ss = digits(2, 2)
                values['tz'] = sign * timedelta(hours=hh, minutes=mm, seconds=ss)
        elif d == 'Z':
            for name in ('UTC', 'GMT'):
                if data_string[pos:pos + 3].upper() == name:
                    pos += 3
                    break
            else:
                fail()
        elif d == '%':
            if data_string[pos:pos + 1] != '%':
                fail()
            pos += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
    if pos != n:
        raise ValueError("unconverted data remains: %s" % data_string[pos:])
    year = values.get('year', 1900)
    month = values.get('month', 1)
    day = values.get('day', 1)
    hour = values.get('hour', 0)
    if 'hour12' in values:
        hour = values['hour12'] % 12
        if values.get('ampm') == 1:
            hour += 12
    if 'yday' in values and 'month' not in values and 'day' not in values:
        y, m, d = _ord2ymd(_ymd2ord(year, 1, 1) + values['yday'] - 1)
        month, day = m, d
    tz = None
    if 'tz' in values:
        tz = timezone(values['tz'])
    return cls(year, month, day, hour, values.get('minute', 0), values.get('second', 0),
               values.get('microsecond', 0), tz)


def _make_isocal_type():
    from collections import namedtuple
    t = namedtuple('IsoCalendarDate', 'year week weekday')
    t.__module__ = 'datetime'
    t.__repr__ = lambda self: ('datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)'
                               % (self[0], self[1], self[2]))
    return t


_isocal_type = _make_isocal_type()


def _make_struct_time_type():
    from collections import namedtuple
    t = namedtuple('struct_time', 'tm_year tm_mon tm_mday tm_hour tm_min tm_sec tm_wday tm_yday tm_isdst')
    t.__module__ = 'time'
    t.__repr__ = lambda self: 'time.struct_time(' + ', '.join(
        '%s=%r' % (k, v) for k, v in zip(self._fields, self)) + ')'
    return t


_struct_time_type = _make_struct_time_type()
