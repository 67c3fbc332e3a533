"""Thread objects and synchronization primitives over _thread (gilpy's own implementation).

API-compatible with CPython 3.11's threading module, plus the Python 2 camelCase names.
Every blocking wait ends in a _thread lock acquire, which releases the GIL.
"""

import _thread
import sys as _sys
from time import monotonic as _time

__all__ = ["get_ident", "get_native_id", "active_count", "activeCount", "Condition",
           "current_thread", "currentThread", "enumerate", "main_thread", "TIMEOUT_MAX",
           "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread", "Timer",
           "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local", "stack_size",
           "excepthook", "Barrier", "BrokenBarrierError", "gettrace", "getprofile"]

get_ident = _thread.get_ident
_local_key = _thread._local_key
get_native_id = _thread.get_native_id
Lock = _thread.allocate_lock
RLock = _thread.RLock
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size

_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


# ---- Condition ---------------------------------------------------------------------

class Condition:
    """Waiting for a notification while the (re-entrant by default) lock is released."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A lock that knows its owner (RLock) answers _is_owned and saves/restores its
        # depth itself; bind those once here, so that notify() and wait() do not look
        # them up (and fail) on every call. A plain Lock gets the methods below.
        if type(lock) is not _thread.LockType:
            for name in ("_release_save", "_acquire_restore", "_is_owned"):
                method = getattr(lock, name, None)
                if method is not None:
                    setattr(self, name, method)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, t, v, tb):
        return self._lock.__exit__(t, v, tb)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _thread.allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)
            return got
        finally:
            self._acquire_restore(saved)
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        end = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if end is None:
                    end = _time() + waittime
                else:
                    waittime = end - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        if not self._waiters:
            return
        woken = self._waiters[:n]
        for waiter in woken:
            waiter.release()
            try:
                self._waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


# ---- Semaphore, Event ----------------------------------------------------------------

class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s.%s at %#x: value=%d>" % (self.__class__.__module__, self.__class__.__qualname__,
                                             id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        end = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    if end is None:
                        end = _time() + timeout
                    else:
                        timeout = end - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            for _ in range(n):
                self._cond.notify()

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for _ in range(n):
                self._cond.notify()


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return "<%s.%s at %#x: %s>" % (self.__class__.__module__, self.__class__.__qualname__, id(self),
                                       "set" if self._flag else "unset")

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


# ---- Barrier ---------------------------------------------------------------------------

class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """parties threads wait until all have arrived; then all go on (and one runs action)."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0      # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                self._exit()

    def _enter(self):
        while self._state in (-1, 1):
            self._cond.wait()
        if self._state < 0:
            raise BrokenBarrierError

    def _release(self):
        try:
            if self._action:
                self._action()
            self._state = 1
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._state != 0, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _exit(self):
        if self._count == 0 and self._state in (-1, 1):
            self._state = 0
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
                elif self._state == -2:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 0 else 0

    @property
    def broken(self):
        return self._state == -2


# ---- Thread ------------------------------------------------------------------------------

_active = {}          # ident -> Thread, for started threads that have not ended
_limbo = {}           # Thread -> Thread, started but not yet running
_active_lock = Lock()
_counter = 0


def _new_name(target):
    global _counter
    _counter += 1
    name = "Thread-%d" % _counter
    if target is not None:
        try:
            name += " (%s)" % target.__name__
        except AttributeError:
            pass
    return name


ExceptHookArgs = _thread._ExceptHookArgs


def excepthook(args):
    """Prints 'Exception in thread NAME:' and the traceback on stderr; SystemExit is silent."""
    if type(args) is not ExceptHookArgs:
        raise TypeError("_thread.excepthook argument type must be ExceptHookArgs")
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    stderr.write("Exception in thread ")
    thread = args.thread
    try:
        name = get_ident() if thread is None else thread.name
    except AttributeError:
        name = get_ident()
    value = args.exc_value
    if isinstance(value, BaseException):
        _thread._print_exception("%s:\n" % (name,), value)
        return
    # what CPython's hook writes when the value is not an exception
    stderr.write("%s:\nTypeError: print_exception(): Exception expected for value, %s found\n"
                 % (name, type(value).__name__))
    stderr.flush()


__excepthook__ = excepthook


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        self._target = target
        self._name = str(name) if name is not None else _new_name(target)
        self._args = args
        self._kwargs = kwargs if kwargs is not None else {}
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._tstate_lock = None
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_lock:
            _limbo[self] = self
        try:
            _thread.start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_lock:
                del _limbo[self]
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._tstate_lock = _thread.allocate_lock()
        self._tstate_lock.acquire()
        with _active_lock:
            _active[self._ident] = self
            del _limbo[self]
        self._started.set()
        try:
            if _trace_hook is not None:
                _sys.settrace(_trace_hook)
            self.run()
        except BaseException as e:
            self._invoke_excepthook(e)
        finally:
            with _active_lock:
                self._is_stopped = True
                _active.pop(self._ident, None)
            self._tstate_lock.release()

    def _invoke_excepthook(self, e):
        hook = excepthook
        try:
            hook(ExceptHookArgs((type(e), e, e.__traceback__, self)))
        except BaseException as hook_error:
            _thread._print_exception("Exception in threading.excepthook:\n", hook_error)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        lock = self._tstate_lock
        if timeout is None:
            got = lock.acquire()
        else:
            got = lock.acquire(True, max(timeout, 0))
        if got:
            lock.release()

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    isAlive = is_alive

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = bool(daemonic)

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds, unless cancelled first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._tstate_lock = _thread.allocate_lock()
        self._tstate_lock.acquire()
        self._started.set()
        _active[self._ident] = self


class _DummyThread(Thread):
    """A thread not started by this module (by _thread directly): always alive, daemonic."""

    def __init__(self):
        Thread.__init__(self, name=_new_name(None).replace("Thread", "Dummy"), daemon=True)
        self._ident = get_ident()
        self._native_id = get_native_id()
        self._started.set()
        with _active_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    with _active_lock:
        return len(_active) + len(_limbo)


activeCount = active_count


def enumerate():
    with _active_lock:
        return list(_active.values()) + list(_limbo.values())


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *args, **kwargs):
    """Call func(*args, **kwargs) at exit before the non-daemon threads are joined
    (concurrent.futures uses it to wake its idle workers)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*args, **kwargs))


def _shutdown():
    """Called by the interpreter at exit: runs the _register_atexit callbacks (last
    registered first), then waits for every non-daemon thread."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for callback in reversed(_threading_atexits):
        callback()
    _main_thread._is_stopped = True
    _main_thread._tstate_lock.release()
    while True:
        with _active_lock:
            pending = [t for t in _active.values() if not t.daemon and t is not _main_thread
                       and not t._is_stopped]
            pending += [t for t in _limbo.values() if not t.daemon]
        if not pending:
            break
        for t in pending:
            t.join()


# ---- local ---------------------------------------------------------------------------------

class local:
    """Attributes private to each thread: every thread sees its own __dict__.

    One __dict__ slot serves all threads: each access points it at the calling thread's
    dict, then reads or writes it. The two steps hold the object's RLock, so that a
    thread switch between them cannot leave this thread reading another's dict. (The
    lock is re-entrant because a subclass's __init__ and properties access the object
    again while it is held.)
    """

    __slots__ = ("_local__dicts", "_local__args", "_local__lock", "__dict__")

    def __new__(cls, *args, **kw):
        if (args or kw) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, "_local__dicts", {})
        object.__setattr__(self, "_local__args", (args, kw))
        object.__setattr__(self, "_local__lock", RLock())
        object.__getattribute__(self, "_local__dicts")[_local_key()] = object.__getattribute__(self, "__dict__")
        return self

    def _local__switch(self):
        dicts = object.__getattribute__(self, "_local__dicts")
        key = _local_key()  # not the ident: a new thread may get the ident of an ended one
        d = dicts.get(key)
        if d is None:
            d = {}
            dicts[key] = d
            object.__setattr__(self, "__dict__", d)
            args, kw = object.__getattribute__(self, "_local__args")
            type(self).__init__(self, *args, **kw)
        else:
            object.__setattr__(self, "__dict__", d)

    def __getattribute__(self, name):
        with object.__getattribute__(self, "_local__lock"):
            local._local__switch(self)
            return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        with object.__getattribute__(self, "_local__lock"):
            local._local__switch(self)
            return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        with object.__getattribute__(self, "_local__lock"):
            local._local__switch(self)
            return object.__delattr__(self, name)


_main_thread = _MainThread()
