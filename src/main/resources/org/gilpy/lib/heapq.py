"""Heap queue algorithm (a binary min-heap in a list), with the API of CPython 3.11's heapq.

heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2] for every k; heap[0] is the smallest.
Only '<' is used to compare items, as in CPython, so equal items keep no particular order.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def _sift_up(heap, pos):
    """Moves heap[pos] up towards the root while it is smaller than its parent."""
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos, end):
    """Moves heap[pos] down (within heap[:end]) while a child is smaller."""
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and heap[right] < heap[child]:
            child = right
        if heap[child] < item:
            heap[pos] = heap[child]
            pos = child
            child = 2 * pos + 1
        else:
            break
    heap[pos] = item


def heappush(heap, item):
    """Pushes item onto heap, keeping the heap invariant."""
    heap.append(item)
    _sift_up(heap, len(heap) - 1)


def heappop(heap):
    """Pops and returns the smallest item, keeping the heap invariant."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_down(heap, 0, len(heap))
        return smallest
    return last


def heapreplace(heap, item):
    """Pops the smallest item, then pushes item (the heap must not be empty)."""
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0, len(heap))
    return smallest


def heappushpop(heap, item):
    """Pushes item, then pops the smallest item; faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0, len(heap))
    return item


def heapify(x):
    """Turns the list x into a heap, in place, in linear time."""
    n = len(x)
    for i in reversed(range(n // 2)):
        _sift_down(x, i, n)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator (stable: ties keep input order)."""
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            k = value if key is None else key(value)
            entries.append([_Ordered(k, reverse), order, value, it])
            break
    heapify(entries)
    while entries:
        entry = entries[0]
        _, order, value, it = entry
        yield value
        for nxt in it:
            entry[0] = _Ordered(nxt if key is None else key(nxt), reverse)
            entry[2] = nxt
            heapreplace(entries, entry)
            break
        else:
            heappop(entries)


class _Ordered:
    """A merge key, reversed when merging descending inputs."""

    __slots__ = ("k", "rev")

    def __init__(self, k, rev):
        self.k = k
        self.rev = rev

    def __lt__(self, other):
        return other.k < self.k if self.rev else self.k < other.k

    def __eq__(self, other):
        return not (self.k < other.k) and not (other.k < self.k)


def nsmallest(n, iterable, key=None):
    """The n smallest items, as sorted(iterable, key=key)[:n] would give them."""
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, as sorted(iterable, key=key, reverse=True)[:n] would give them."""
    return sorted(iterable, key=key, reverse=True)[:n]
