"""Futures, the Executor interface, wait() and as_completed() (gilpy's own).

A Future's state changes under its Condition. Code waiting on several futures (wait,
as_completed) hangs a _Waiter on each of them; a future that finishes tells its waiters,
which wake the waiting thread once their condition (first, any exception, all) holds.
"""

import collections
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe failure."""


def _log(message, exc_info=False):
    """Report on the 'concurrent.futures' logger."""
    import logging  # imported here: only failures need it
    logger = logging.getLogger("concurrent.futures")
    if exc_info:
        logger.critical(message, exc_info=True)
    else:
        logger.critical(message)


# ---- waiting on several futures -------------------------------------------------------

class _Waiter:
    """Collects the futures that finish; wakes its thread when `kind` is satisfied."""

    def __init__(self, kind, pending_count):
        self.kind = kind
        self.pending = pending_count
        self.finished = []
        self.event = threading.Event()
        self.lock = threading.Lock()

    def _done(self, future, failed):
        with self.lock:
            self.finished.append(future)
            self.pending -= 1
            if (self.kind in (FIRST_COMPLETED, _AS_COMPLETED)
                    or (self.kind == FIRST_EXCEPTION and failed)
                    or self.pending <= 0):
                self.event.set()

    def add_result(self, future):
        self._done(future, False)

    def add_exception(self, future):
        self._done(future, True)

    def add_cancelled(self, future):
        self._done(future, True)

    def take_finished(self):
        """The futures finished since the last call (as_completed consumes them)."""
        with self.lock:
            taken, self.finished = self.finished, []
            if self.kind == _AS_COMPLETED:
                self.event.clear()
            return taken


class _AcquireFutures:
    """Holds the conditions of several futures at once (in a fixed order)."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *args):
        for f in self.futures:
            f._condition.release()


def _is_finished(f):
    return f._state in (CANCELLED_AND_NOTIFIED, FINISHED)


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures in fs to finish, or for the first one (FIRST_COMPLETED), or
    for the first exception (FIRST_EXCEPTION); returns (done, not_done) sets."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if _is_finished(f)}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f._exception is not None for f in done):
            return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        waiter = _Waiter(return_when, len(not_done))
        for f in fs:
            f._waiters.append(waiter)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done.update(waiter.take_finished())
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they finish (finished ones first); raise TimeoutError
    when timeout seconds pass before all have finished."""
    end_time = None if timeout is None else timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = {f for f in fs if _is_finished(f)}
        pending = fs - finished
        waiter = _Waiter(_AS_COMPLETED, len(pending))
        for f in fs:
            f._waiters.append(waiter)
    try:
        yield from finished
        while pending:
            if end_time is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            for f in waiter.take_finished():
                if f in pending:
                    pending.remove(f)
                    yield f
    finally:
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)


# ---- the future ----------------------------------------------------------------------

class Future:
    """The result of a call that runs (or will run) elsewhere."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _log('exception calling callback for %r' % (self,), exc_info=True)

    def __repr__(self):
        with self._condition:
            state = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state == FINISHED:
                if self._exception is not None:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), state, self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), state, self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (self.__class__.__name__, id(self), state)

    def cancel(self):
        """Cancel the future unless it is running or done; True if it is cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == RUNNING

    def done(self):
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def _outcome(self):
        if self._exception is not None:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def _wait_finished(self, timeout):
        """Under the condition: wait until finished; CancelledError or TimeoutError."""
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == FINISHED:
            return
        self._condition.wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """The call's result, waiting up to timeout seconds; re-raises its exception."""
        try:
            with self._condition:
                self._wait_finished(timeout)
                return self._outcome()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned), waiting up to timeout."""
        with self._condition:
            self._wait_finished(timeout)
            return self._exception

    def add_done_callback(self, fn):
        """Call fn(future) when the future finishes or is cancelled (now if it already has)."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _log('exception calling callback for %r' % (self,), exc_info=True)

    def set_running_or_notify_cancel(self):
        """For executors: mark the future running (True), or tell its waiters that it was
        cancelled (False)."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            _log('Future %s in unexpected state: %s' % (id(self), self._state))
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                if exception is None:
                    waiter.add_result(self)
                else:
                    waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        """For executors and tests: finish the future with result."""
        self._finish(result, None)

    def set_exception(self, exception):
        """For executors and tests: finish the future with exception."""
        self._finish(None, exception)

    __class_getitem__ = classmethod(types.GenericAlias)


# ---- the executor interface ----------------------------------------------------------

class Executor:
    """The interface of executors: submit, map and shutdown."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), the calls running in the executor; results come in
        order, each waited for until timeout seconds after map() was called."""
        end_time = None if timeout is None else timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                fs.reverse()
                while fs:
                    f = fs.pop()
                    if end_time is None:
                        yield f.result()
                    else:
                        yield f.result(end_time - time.monotonic())
            finally:
                for f in fs:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
