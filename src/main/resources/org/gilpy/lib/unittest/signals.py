"""Control-C handling for the test runner (-c/--catch): the first ^C stops the run after
the current test and reports it; a second one interrupts as usual."""

import signal

__unittest = True

from weakref import WeakKeyDictionary

_results = WeakKeyDictionary()
_interrupt_handler = None


class _InterruptHandler(object):
    def __init__(self, default_handler):
        self.called = False
        self.original_handler = default_handler
        if isinstance(default_handler, int):
            if default_handler == signal.SIG_DFL:
                default_handler = signal.default_int_handler
            elif default_handler == signal.SIG_IGN:
                def default_handler(unused_signum, unused_frame):
                    pass
            else:
                raise TypeError("expected SIGINT signal handler to be signal.SIG_IGN, "
                                "signal.SIG_DFL, or a callable object")
        self.default_handler = default_handler

    def __call__(self, signum, frame):
        installed_handler = signal.getsignal(signal.SIGINT)
        if installed_handler is not self:
            # the handler was replaced: act as the one that was there before
            self.default_handler(signum, frame)
        if self.called:
            self.default_handler(signum, frame)
        self.called = True
        for result in list(_results.keys()):
            result.stop()


def registerResult(result):
    """Have result stopped (result.stop()) by a ^C once installHandler() was called."""
    _results[result] = 1


def removeResult(result):
    """Stop result from being stopped by ^C; True if it was registered."""
    return bool(_results.pop(result, None))


def installHandler():
    """Install the ^C handler that stops registered results."""
    global _interrupt_handler
    if _interrupt_handler is None:
        default_handler = signal.getsignal(signal.SIGINT)
        _interrupt_handler = _InterruptHandler(default_handler)
        signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    """Restore the SIGINT handler; as a decorator, around calls of method."""
    if method is not None:
        def inner(*args, **kwargs):
            initial = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, initial)
        inner.__name__ = method.__name__
        inner.__qualname__ = method.__qualname__
        inner.__doc__ = method.__doc__
        inner.__wrapped__ = method
        return inner

    global _interrupt_handler
    if _interrupt_handler is not None:
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
