import asyncio
import collections
import contextlib
import datetime
import functools
import itertools
import math


def deco(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        print('calling', fn.__name__)
        return await fn(*args, **kwargs)
    return wrapper


@deco
async def compute(a, b=2):
    """Adds after a while."""
    await asyncio.sleep(a)
    return a + b


@contextlib.asynccontextmanager
async def timed(name):
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        yield name.upper()
    finally:
        print(name, 'took', loop.time() - start)


@contextlib.contextmanager
def section(name):
    print('enter', name)
    yield
    print('exit', name)


async def main():
    print(compute.__name__, compute.__doc__, asyncio.iscoroutinefunction(compute))
    part = functools.partial(compute, b=10)
    async with timed('partial') as n:
        print(n, await part(1))
    with section('suppress'), contextlib.suppress(KeyError, ZeroDivisionError):
        1 / 0
    print(functools.reduce(lambda a, b: a * b, range(1, 6)))
    print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.chain('ab', [1])))
    print(list(itertools.product('ab', repeat=2)), list(itertools.permutations([1, 2, 3], 2))[:3])
    print([(k, len(list(g))) for k, g in itertools.groupby('aaabccdd')])
    print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
    d = collections.deque(maxlen=3)
    for i in range(5):
        d.append(i)
    d.appendleft('L')
    print(d, d.popleft(), d.pop())
    Point = collections.namedtuple('Point', 'x y')
    p = Point(1, y=2)
    print(p, p._replace(x=5), p._asdict(), p.x + p[1])
    dd = collections.defaultdict(list)
    for w in ['apple', 'avocado', 'banana']:
        dd[w[0]].append(w)
    print(dd, dict(dd))
    c = collections.Counter('mississippi')
    print(c.most_common(2), c['s'], sorted(c.elements())[:4])
    od = collections.OrderedDict(a=1, b=2)
    od.move_to_end('a')
    print(od)
    now = datetime.datetime.now()
    print(now, now.isoformat(), now.weekday(), now.strftime('%A %d %B %Y'))
    await asyncio.sleep(3600 * 5)
    later = datetime.datetime.now()
    print(later, later - now, (later - now).total_seconds())
    print(datetime.date.today(), datetime.date(2024, 2, 29) + datetime.timedelta(days=1))
    print(datetime.timedelta(hours=25, seconds=61), repr(datetime.timedelta(minutes=-1)))
    print(datetime.datetime(2023, 1, 1, tzinfo=datetime.timezone.utc), datetime.timezone.utc)
    print(datetime.datetime.now(datetime.timezone.utc).timestamp())
    print(math.sqrt(2), math.pi, math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3))
    print(math.inf, -math.inf, math.isnan(math.nan), math.log(8, 2), math.hypot(3, 4), math.factorial(10))


asyncio.run(main())
