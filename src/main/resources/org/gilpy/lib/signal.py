"""Set handlers for asynchronous events (gilpy's signal, over the _signal module).

Handlers run in the main thread at its next check point, or when the signal cuts one of
its blocking waits short (sleep, lock waits, join). Signal numbers come back as members
of the IntEnums Signals, Handlers and Sigmasks, as in CPython. Signal masks
(pthread_sigmask, sigpending, sigwait, sigwaitinfo, sigtimedwait) are kept by gilpy per
thread: a blocked signal waits in gilpy's pending set. ITIMER_VIRTUAL and ITIMER_PROF
count the CPU time of the threads running Python code.
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum

__all__ = [n for n in dir(_signal) if not n.startswith("_")] + ["Signals", "Handlers", "Sigmasks"]


_IntEnum._convert_(
    "Signals", __name__,
    lambda name: name.isupper() and name.startswith("SIG") and not name.startswith("SIG_"))
_IntEnum._convert_("Handlers", __name__, lambda name: name in ("SIG_DFL", "SIG_IGN"))
_IntEnum._convert_("Sigmasks", __name__,
                   lambda name: name in ("SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK"))


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



def pthread_sigmask(how, mask):
    sigs_set = _signal.pthread_sigmask(how, mask)
    return {_int_to_enum(x, Signals) for x in sigs_set}
pthread_sigmask.__doc__ = _signal.pthread_sigmask.__doc__


def sigpending():
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}
sigpending.__doc__ = _signal.sigpending.__doc__


def sigwait(sigset):
    return _int_to_enum(_signal.sigwait(sigset), Signals)
sigwait.__doc__ = _signal.sigwait.__doc__
