# aioplay's heapq: the Python half (nlargest, nsmallest, merge), written
# for aioplay to CPython 3.11's documented behaviour; the heap operations
# are Go functions bound into this module before it runs.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output, lazily; equal
    items come out in the order of their iterables."""
    heads = []
    for it in map(iter, iterables):
        for value in it:
            heads.append([value, value if key is None else key(value), it])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            if reverse:
                if heads[best][1] < heads[i][1]:
                    best = i
            elif heads[i][1] < heads[best][1]:
                best = i
        entry = heads[best]
        yield entry[0]
        for value in entry[2]:
            entry[0] = value
            entry[1] = value if key is None else key(value)
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    """The n smallest elements: sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest elements: sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
