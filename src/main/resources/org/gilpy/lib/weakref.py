"""Weak references and the containers built on them (gilpy).

The reference types come from _weakref (Java, over java.lang.ref.WeakReference).  An
object dies when the JVM's collector finds it unreachable, not the moment its last
reference goes as in CPython: after `del obj` a weak reference still returns the object
until the collector runs.  gc.collect() collects and runs every callback and finalizer of
what it freed before it returns; callbacks of objects the collector frees by itself run
soon after, in a thread holding the GIL, at an interpreter check point.
"""

import sys
from _weakref import (getweakrefcount, getweakrefs, ref, proxy, CallableProxyType, ProxyType,
                      ReferenceType, _remove_dead_weakref)
from _weakrefset import WeakSet, _Guard
from types import GenericAlias as _GenericAlias

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet",
           "WeakMethod", "finalize"]


class WeakMethod(ref):
    """A weak reference to a bound method: alive while both its object and its function are."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj, func = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        holder = []

        def died(_):
            # the object or the function is gone: the method is, once
            if not holder:
                return
            wm = holder[0]()
            if wm is not None and wm._alive:
                wm._alive = False
                if callback is not None:
                    callback(wm)
        self = ref.__new__(cls, obj, died)
        self._func_ref = ref(func, died)
        self._meth_type = type(meth)
        self._alive = True
        holder.append(ref(self))
        return self

    def __call__(self):
        obj = ref.__call__(self)
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is other
        return ref.__eq__(self, other) and self._func_ref == other._func_ref

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if not (self._alive and other._alive):
            return self is not other
        return ref.__ne__(self, other) or self._func_ref != other._func_ref

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A weak reference that remembers a key (what WeakValueDictionary stores)."""

    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class _WeakMapping:
    """What both weak dictionaries share: removals deferred while they are iterated."""

    def _start(self):
        self._pending = []
        self._iterating = 0

    def _flush_if_idle(self):
        if self._pending and not self._iterating:
            self._flush()

    def __len__(self):
        self._flush_if_idle()
        return len(self.data) - len(self._pending)

    def __iter__(self):
        return self.keys()

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, (dict, _WeakMapping)) or hasattr(other, 'keys'):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, _WeakMapping)) or hasattr(other, 'keys'):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __eq__(self, other):
        if not (isinstance(other, (dict, _WeakMapping)) or _is_mapping(other)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None
    __reversed__ = None     # not reversible, as collections.abc.Mapping says

    def __copy__(self):
        return self.copy()

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError("pop expected at most 2 arguments, got {}".format(len(default) + 1))
        try:
            value = self[key]
        except KeyError:
            if default:
                return default[0]
            raise
        del self[key]
        return value

    def update(self, other=None, /, **kwargs):
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for k, v in other.items():
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    __class_getitem__ = classmethod(_GenericAlias)


def _is_mapping(o):
    from collections.abc import Mapping  # imported here: collections is big
    return isinstance(o, Mapping)


class WeakValueDictionary(_WeakMapping):
    """A mapping whose values are held weakly: an entry goes when its value dies."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._start()
        me = ref(self)

        def _drop(wr):
            d = me()
            if d is None:
                return
            if d._iterating:
                d._pending.append(wr.key)
            else:
                _remove_dead_weakref(d.data, wr.key)
        self._remove = _drop
        self.update(other, **kw)

    def _flush(self):
        pending, self._pending = self._pending, []
        for key in pending:
            _remove_dead_weakref(self.data, key)

    def __getitem__(self, key):
        self._flush_if_idle()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self._flush_if_idle()
        self.data[key] = KeyedRef(value, self._remove, key)

    def __delitem__(self, key):
        self._flush_if_idle()
        del self.data[key]

    def __contains__(self, key):
        self._flush_if_idle()
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def get(self, key, default=None):
        self._flush_if_idle()
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def keys(self):
        with _Guard(self):
            for k, wr in self.data.items():
                if wr() is not None:
                    yield k

    def items(self):
        with _Guard(self):
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    yield k, v

    def values(self):
        with _Guard(self):
            for wr in self.data.values():
                v = wr()
                if v is not None:
                    yield v

    def itervaluerefs(self):
        """Yields the weak references to the values (KeyedRef objects)."""
        with _Guard(self):
            yield from self.data.values()

    def valuerefs(self):
        """A list of weak references to the values (KeyedRef objects)."""
        self._flush_if_idle()
        return list(self.data.values())

    def copy(self):
        self._flush_if_idle()
        new = self.__class__()
        with _Guard(self):
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    new[k] = v
        return new

    def __deepcopy__(self, memo):
        from copy import deepcopy
        self._flush_if_idle()
        new = self.__class__()
        with _Guard(self):
            for k, wr in self.data.items():
                v = wr()
                if v is not None:
                    new[deepcopy(k, memo)] = v
        return new

    def popitem(self):
        self._flush_if_idle()
        while True:
            k, wr = self.data.popitem()
            v = wr()
            if v is not None:
                return k, v

    def pop(self, key, *default):
        self._flush_if_idle()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if default:
                return default[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            self._flush_if_idle()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def clear(self):
        self._flush_if_idle()
        self.data.clear()


class WeakKeyDictionary(_WeakMapping):
    """A mapping whose keys are held weakly: an entry goes when its key dies."""

    def __init__(self, dict=None):
        self.data = {}
        self._start()
        me = ref(self)

        def _drop(k):
            d = me()
            if d is None:
                return
            if d._iterating:
                d._pending.append(k)
            else:
                try:
                    del d.data[k]
                except KeyError:
                    pass
        self._remove = _drop
        if dict is not None:
            self.update(dict)

    def _flush(self):
        pending, self._pending = self._pending, []
        for k in pending:
            try:
                del self.data[k]
            except KeyError:
                pass

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self._flush_if_idle()
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        self._flush_if_idle()
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def keys(self):
        with _Guard(self):
            for wr in self.data:
                k = wr()
                if k is not None:
                    yield k

    def items(self):
        with _Guard(self):
            for wr, v in self.data.items():
                k = wr()
                if k is not None:
                    yield k, v

    def values(self):
        with _Guard(self):
            for wr, v in self.data.items():
                if wr() is not None:
                    yield v

    def keyrefs(self):
        """A list of weak references to the keys."""
        return list(self.data)

    def copy(self):
        new = self.__class__()
        with _Guard(self):
            for wr, v in self.data.items():
                k = wr()
                if k is not None:
                    new[k] = v
        return new

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _Guard(self):
            for wr, v in self.data.items():
                k = wr()
                if k is not None:
                    new[k] = deepcopy(v, memo)
        return new

    def popitem(self):
        self._flush_if_idle()
        while True:
            wr, v = self.data.popitem()
            k = wr()
            if k is not None:
                return k, v

    def pop(self, key, *default):
        self._flush_if_idle()
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def clear(self):
        self._flush_if_idle()
        self.data.clear()


class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs) once, when obj
    is collected, when the finalizer is called, or at exit (unless atexit is false)."""

    __slots__ = ()
    _registry = {}
    _counter = 0
    _shutdown = False
    _atexit_registered = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._atexit_registered:
            import atexit
            atexit.register(cls._exitfunc)
            cls._atexit_registered = True
        info = cls._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = cls._counter
        cls._counter += 1
        cls._registry[self] = info

    def __call__(self, _=None):
        """Calls func(*args, **kwargs) if the finalizer is alive and returns its result, else None."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive, kills the finalizer and returns (obj, func, args, kwargs), else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive, returns (obj, func, args, kwargs), else None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if it is still alive then."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _exitfunc(cls):
        # the finalizers still alive at exit that want to run, newest first
        try:
            pending = sorted(((f, i) for f, i in cls._registry.items() if i.atexit),
                             key=lambda fi: fi[1].index, reverse=True)
            for f, _ in pending:
                try:
                    f()
                except Exception:
                    sys.excepthook(*sys.exc_info())
        finally:
            cls._shutdown = True


def _register_abcs():
    # CPython's weak containers are MutableMapping / MutableSet
    from collections.abc import MutableMapping, MutableSet
    MutableMapping.register(WeakValueDictionary)
    MutableMapping.register(WeakKeyDictionary)
    MutableSet.register(WeakSet)


_register_abcs()
del _register_abcs
