"""WeakSet: a set that holds its elements through weak references (gilpy).

An element leaves the set when it is collected.  In gilpy that happens when the JVM's
collector finds it unreachable: gc.collect() guarantees it, otherwise it happens at some
later point.  Removals that arrive while the set is being iterated wait until every
iteration has finished, so iterating never sees the set change size.
"""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


class _Guard:
    """Marks a container as being iterated while the with-block runs."""

    __slots__ = ('owner',)

    def __init__(self, owner):
        self.owner = owner

    def __enter__(self):
        self.owner._iterating += 1
        return self

    def __exit__(self, *exc):
        owner = self.owner
        owner._iterating -= 1
        if not owner._iterating and owner._pending:
            owner._flush()


class WeakSet:
    def __init__(self, data=None):
        self.data = set()
        self._pending = []
        self._iterating = 0
        me = ref(self)

        def _drop(r):
            s = me()
            if s is None:
                return
            if s._iterating:
                s._pending.append(r)
            else:
                s.data.discard(r)
        self._drop = _drop
        if data is not None:
            self.update(data)

    def _flush(self):
        pending, self._pending = self._pending, []
        for r in pending:
            self.data.discard(r)

    def __iter__(self):
        with _Guard(self):
            for r in self.data:
                item = r()
                if item is not None:
                    yield item

    def __len__(self):
        return len(self.data) - len(self._pending)

    def __contains__(self, item):
        try:
            r = ref(item)
        except TypeError:
            return False
        return r in self.data

    def __reduce__(self):
        return (self.__class__, (list(self),))

    def add(self, item):
        if self._pending:
            self._flush_if_idle()
        self.data.add(ref(item, self._drop))

    def _flush_if_idle(self):
        if not self._iterating:
            self._flush()

    def clear(self):
        if self._pending:
            self._flush_if_idle()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending:
            self._flush_if_idle()
        while True:
            try:
                r = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = r()
            if item is not None:
                return item

    def remove(self, item):
        if self._pending:
            self._flush_if_idle()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending:
            self._flush_if_idle()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending:
            self._flush_if_idle()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result
    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending:
            self._flush_if_idle()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)
    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending:
            self._flush_if_idle()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)
    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)
    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result
    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending:
            self._flush_if_idle()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._drop) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)
    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(GenericAlias)

    __hash__ = None
