import datetime
from datetime import date, time, datetime as dt, timedelta, timezone

now = dt.now()
print(now, repr(now), dt.utcnow(), date.today(), repr(date.today()), now.timestamp(), dt.now(timezone.utc))
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d + timedelta(days=1), d - timedelta(days=365), date(2024, 3, 1) - d, d.replace(year=2028), d.strftime("%A %d %B %Y, day %j, week %U/%W"))
print(date.fromordinal(738000), date.fromisoformat("2023-11-14"), date.fromisocalendar(2023, 46, 2), date.min, date.max)
t = time(13, 5, 9, 250)
print(t, repr(t), repr(time()), repr(time(1, 2, 3)), t.isoformat("milliseconds"), t.strftime("%I:%M %p"), time.fromisoformat("10:11:12.5"))
x = dt(2023, 11, 14, 22, 13, 20)
print(x, repr(x), repr(dt(2020, 1, 1)), repr(dt(2020, 1, 1, 0, 0, 0, 5)), x.isoformat(), x.isoformat(" ", "minutes"), x.ctime())
print(x.strftime("%Y-%m-%d %H:%M:%S %a %b %y %I %p %j %w %%"), f"{x:%H:%M}", f"{d:%d/%m/%Y}", format(x, ""))
print(x + timedelta(hours=5, minutes=47), x - timedelta(days=400), x - dt(2023, 1, 1), dt(2024, 1, 1) > x, x.date(), x.time())
print(x.timestamp(), dt.fromtimestamp(0), dt.fromtimestamp(1700000000.5), dt.utcfromtimestamp(86400 * 365.25), dt.fromtimestamp(-1.25))
print(dt.fromisoformat("2023-11-14T22:13:20"), dt.fromisoformat("2023-11-14 22:13"), repr(dt.fromisoformat("2023-11-14T22:13:20.123+02:00")), dt.fromisoformat("2023-11-14"))
print(repr(dt.fromisoformat("2011-11-04T00:05:23Z")), dt.fromisoformat("20111104T000523"))
print(dt.strptime("2023-11-14 22:13:20", "%Y-%m-%d %H:%M:%S"), dt.strptime("14/Nov/23 10pm", "%d/%b/%y %I%p"), repr(dt.strptime("2020-01-02T03:04:05.678+0100", "%Y-%m-%dT%H:%M:%S.%f%z")))
print(dt.combine(d, t), x.replace(hour=0), x.weekday(), x.isocalendar(), x.timetuple())
td = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds, td.microseconds, -td, abs(-td), td * 2, td / 2, td // 3, td / timedelta(hours=1))
print(repr(timedelta()), repr(timedelta(seconds=-1)), timedelta(seconds=-1), timedelta(microseconds=1.5), timedelta(microseconds=2.5), timedelta(minutes=1.5), timedelta(weeks=1, milliseconds=3))
print(timedelta(hours=25) == timedelta(days=1, hours=1), timedelta(1) < timedelta(2), bool(timedelta()), timedelta(days=-1, seconds=5), str(timedelta(days=-3)))
print(divmod(timedelta(hours=5), timedelta(hours=2)), timedelta(hours=5) % timedelta(hours=2), timedelta(0.5), timedelta(days=2) * 0.3, sum([timedelta(1), timedelta(2)], timedelta()))
print(timezone.utc, repr(timezone.utc), repr(timezone(timedelta(hours=1))), timezone(timedelta(hours=-5, minutes=-30)), repr(timezone(timedelta(hours=2), "EET")))
a = dt(2023, 1, 1, 12, tzinfo=timezone.utc)
b = a.astimezone(timezone(timedelta(hours=9)))
print(a, b, repr(b), a == b, b - a, a.utcoffset(), b.tzname(), b.isoformat(), a.strftime("%z %Z"), b.strftime("%z"))
print(sorted([dt(2020, 5, 1), dt(2019, 1, 1), dt(2020, 1, 1)]), {date(2020, 1, 1): 1}[date(2020, 1, 1)], hash(td) == hash(timedelta(seconds=td.total_seconds())))
for call in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: dt(2023, 1, 1, 24), lambda: time(minute=60), lambda: date(0, 1, 1),
             lambda: a < dt(2023, 1, 1), lambda: a - dt(2023, 1, 1), lambda: dt.strptime("2023", "%Y-%m"), lambda: dt.strptime("2023-01x", "%Y-%m"),
             lambda: date.fromisoformat("2023/01/01"), lambda: timedelta(days=1e10), lambda: date(2023, 1, 1) + 1, lambda: date(2023, 1.5, 1),
             lambda: dt(2020, 1, 1) < date(2020, 1, 1), lambda: dt.fromisoformat("nope"), lambda: timedelta(hours="1")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(dt(2020, 1, 1) == date(2020, 1, 1), datetime.MINYEAR, datetime.MAXYEAR, datetime.UTC, timedelta.max, timedelta.min, timedelta.resolution)
# isinstance(x, date) and subclass reprs are left out: the reference runner
# replaces datetime.date and datetime.datetime with subclasses of its own.
print(type(x).__name__, dt.min, dt.max)
