"""Set handlers for asynchronous events (gilpy's signal, over the _signal module).

Handlers run in the main thread at its next check point, or when the signal cuts one of
its blocking waits short (sleep, lock waits, join). Signal numbers come back as members
of the int subclasses Signals, Handlers and Sigmasks, as CPython's IntEnums show them.
"""

import _signal
from _signal import *

__all__ = [n for n in dir(_signal) if not n.startswith("_")] + ["Signals", "Handlers", "Sigmasks"]


class _IntEnumType(type):
    """The few enum behaviours the signal names need (until gilpy has an enum module)."""

    def __call__(cls, value):
        if isinstance(value, cls):
            return value
        for member in cls._member_list:
            if member == value:
                return member
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def __getitem__(cls, name):
        return cls._member_map[name]

    def __iter__(cls):
        return iter(cls._member_list)

    def __len__(cls):
        return len(cls._member_list)

    def __contains__(cls, member):
        return isinstance(member, cls) and member in cls._member_list

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._member_map)


class _IntEnum(int, metaclass=_IntEnumType):
    def __new__(cls, value):
        raise TypeError("%s members are fixed" % cls.__name__)

    @classmethod
    def _make(cls, names):
        cls._member_map = {}
        cls._member_list = []
        for name in names:
            value = getattr(_signal, name)
            member = cls._member_map.get(name)
            for existing in cls._member_list:
                if existing == value:
                    member = existing          # an alias (SIGIOT is SIGABRT)
            if member is None:
                member = int.__new__(cls, value)
                member._name_ = name
                cls._member_list.append(member)
            cls._member_map[name] = member
            setattr(cls, name, member)
            globals()[name] = member

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return "<%s.%s: %d>" % (type(self).__name__, self._name_, self)

    __str__ = int.__repr__
    __format__ = int.__format__

    def __reduce_ex__(self, proto):
        return getattr, (type(self), self._name_)


class Signals(_IntEnum):
    pass


class Handlers(_IntEnum):
    pass


class Sigmasks(_IntEnum):
    pass


Signals._make(sorted((n for n in dir(_signal)
                      if n.startswith("SIG") and not n.startswith("SIG_")),
                     key=lambda n: (getattr(_signal, n), n in ("SIGIOT", "SIGCLD", "SIGPOLL"), n)))
Handlers._make(["SIG_DFL", "SIG_IGN"])
Sigmasks._make(["SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK"])


def _int_to_enum(value, enum_class):
    try:
        return enum_class(value)
    except ValueError:
        return value


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)
signal.__doc__ = _signal.signal.__doc__


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)
getsignal.__doc__ = _signal.getsignal.__doc__


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}
valid_signals.__doc__ = _signal.valid_signals.__doc__


del _IntEnumType
