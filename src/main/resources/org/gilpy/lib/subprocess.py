"""Subprocesses with accessible I/O streams (gilpy).

Children are started by the JVM (ProcessBuilder, through the built-in module
_subprocess) in gilpy's current directory, with os.environ's environment unless env is
given. Pipes to and from a child are gilpy file descriptors. Every wait (wait, reading a
pipe, communicate) runs without the GIL. Not supported: preexec_fn, user/group/
extra_groups, start_new_session/process_group, pass_fds, umask, pipesize and an argv[0]
that differs from the executable run; close_fds is always in effect.
"""

import io
import os
import signal
import sys
import threading
import time

import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput", "check_output",
           "run", "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

_mswindows = False


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() is called with check=True and the process
    returns a non-zero exit status.

    Attributes:
      cmd, returncode, stdout, stderr, output
    """

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """This exception is raised when the timeout expires while waiting for a
    child process.

    Attributes:
        cmd, output, stdout, stderr, timeout
    """

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """A process that has finished running.

    This is returned by run().

    Attributes:
      args: The list or str args passed to run().
      returncode: The exit code of the process, negative for signals.
      stdout: The standard output (None if not captured).
      stderr: The standard error (None if not captured).
    """

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)

    __class_getitem__ = classmethod(type(list[int]))


def list2cmdline(seq):
    """Translate a sequence of arguments into a command line string, using the
    quoting rules of the MS C runtime (see the subprocess documentation)."""
    out = []
    for arg in map(os.fsdecode, seq):
        quote = not arg or " " in arg or "\t" in arg
        piece = ['"'] if quote else []
        backslashes = 0
        for c in arg:
            if c == "\\":
                backslashes += 1
            elif c == '"':
                piece.append("\\" * (2 * backslashes) + '\\"')
                backslashes = 0
            else:
                piece.append("\\" * backslashes + c)
                backslashes = 0
        piece.append("\\" * backslashes)
        if quote:
            piece.append("\\" * backslashes + '"')
        out.append("".join(piece))
    return " ".join(out)


def _unsupported(name):
    raise NotImplementedError("gilpy's subprocess does not support %s" % name)


class Popen:
    """Execute a child program in a new process.

    For a complete description of the arguments see the Python documentation."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                 close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.returncode = None
        self._communication_started = False
        self._readers = None
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if preexec_fn is not None:
            _unsupported("preexec_fn")
        if start_new_session or process_group is not None:
            _unsupported("start_new_session and process_group")
        if user is not None or group is not None or extra_groups is not None:
            _unsupported("user, group and extra_groups")
        if pass_fds:
            _unsupported("pass_fds")
        if umask != -1:
            _unsupported("umask")
        if startupinfo is not None or creationflags != 0:
            raise ValueError("startupinfo and creationflags are only supported on Windows platforms")
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        if self.text_mode and encoding is None:
            self.encoding = "utf-8"

        if isinstance(args, (str, bytes)) or hasattr(type(args), "__fspath__"):
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ["/bin/sh", "-c"] + argv
            if executable is not None:
                argv[0] = executable
                executable = None
        for a in argv:
            os.fspath(a)
        if not argv:
            raise IndexError("list index out of range")

        codes = [self._code(stdin, "stdin"), self._code(stdout, "stdout"), self._code(stderr, "stderr")]
        child, in_fd, out_fd, err_fd = _subprocess.spawn(argv, executable, cwd, env, *codes)
        self._child = child
        self.pid = child.pid
        line_buffering = bufsize == 1 and self.text_mode
        if bufsize == 1:
            bufsize = -1
        if in_fd >= 0:
            self.stdin = io.open(in_fd, "wb", bufsize)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, encoding=self.encoding, errors=self.errors,
                                              write_through=True, line_buffering=line_buffering)
        if out_fd >= 0:
            self.stdout = io.open(out_fd, "rb", bufsize)
            if self.text_mode:
                self.stdout = io.TextIOWrapper(self.stdout, encoding=self.encoding, errors=self.errors)
        if err_fd >= 0:
            self.stderr = io.open(err_fd, "rb", bufsize)
            if self.text_mode:
                self.stderr = io.TextIOWrapper(self.stderr, encoding=self.encoding, errors=self.errors)

    @staticmethod
    def _code(spec, name):
        """None (inherit), PIPE, STDOUT, DEVNULL or a descriptor, from what Popen was given."""
        if spec is None or spec in (PIPE, DEVNULL):
            return spec
        if spec == STDOUT:
            if name != "stderr":
                raise OSError(9, os.strerror(9))  # CPython passes -2 on as a descriptor
            return STDOUT
        if isinstance(spec, int):
            if spec < 0:
                raise ValueError("bad file descriptor")
            return spec
        return spec.fileno()

    def __repr__(self):
        obj_repr = "<%s: returncode: %s args: %r>" % (self.__class__.__name__, self.returncode, self.args)
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    __class_getitem__ = classmethod(type(list[int]))

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type == KeyboardInterrupt:
                self.wait(timeout=0.25) if self.returncode is None else None
            else:
                self.wait()

    def poll(self):
        """Check if child process has terminated. Set and return returncode attribute."""
        if self.returncode is None:
            self.returncode = self._child.poll()
        return self.returncode

    def wait(self, timeout=None):
        """Wait for child process to terminate; returns self.returncode."""
        if self.returncode is not None:
            return self.returncode
        code = self._child.wait(timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = code
        return code

    def send_signal(self, sig):
        """Send a signal to the process."""
        self.poll()
        if self.returncode is not None:
            return
        self._child.send_signal(sig)

    def terminate(self):
        """Terminate the process with SIGTERM"""
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """Kill the process with SIGKILL"""
        self.send_signal(signal.SIGKILL)

    def _stdin_write(self, input):
        if input:
            try:
                self.stdin.write(input)
            except BrokenPipeError:
                pass
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def communicate(self, input=None, timeout=None):
        """Interact with process: Send data to stdin and close it.
        Read data from stdout and stderr, until end-of-file is
        reached.  Wait for process to terminate.

        The optional "input" argument should be data to be sent to the
        child process, or None, if no data should be sent to the child.
        communicate() returns a tuple (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if (timeout is None and not self._communication_started
                and [self.stdin, self.stdout, self.stderr].count(None) >= 2):
            stdout = stderr = None
            if self.stdin:
                self._stdin_write(input)
            elif self.stdout:
                stdout = self.stdout.read()
                self.stdout.close()
            elif self.stderr:
                stderr = self.stderr.read()
                self.stderr.close()
            self.wait()
            return stdout, stderr
        endtime = None if timeout is None else time.monotonic() + timeout
        if not self._communication_started:
            self._start_threads(input)
        self._communication_started = True
        results = self._results
        for t in self._readers:
            t.join(None if endtime is None else max(endtime - time.monotonic(), 0))
            if t.is_alive():
                raise TimeoutExpired(self.args, timeout, output=self._so_far("stdout"), stderr=self._so_far("stderr"))
        stdout = self._so_far("stdout", b"") if self.stdout else None
        stderr = self._so_far("stderr", b"") if self.stderr else None
        for f in (self.stdout, self.stderr):
            if f:
                f.close()
        if "error" in results:
            raise results["error"]
        self.wait(None if endtime is None else max(endtime - time.monotonic(), 0))
        return stdout, stderr

    def _so_far(self, key, empty=None):
        """What communicate read from one pipe so far (decoded in text mode), or empty."""
        chunks = self._results[key]
        if not chunks:
            return empty if empty is None or not self.text_mode else ""
        data = b"".join(chunks)
        if self.text_mode:
            data = data.decode(self.encoding, self.errors or "strict")
            data = data.replace("\r\n", "\n").replace("\r", "\n")
        return data

    def _start_threads(self, input):
        """communicate's helpers: one thread reads each output pipe, one feeds stdin."""
        results = self._results = {"stdout": [], "stderr": []}
        threads = []

        def reader(stream, key):
            raw = stream.buffer if self.text_mode else stream
            try:
                while True:
                    data = raw.read1(32768)
                    if not data:
                        break
                    results[key].append(data)
            except (OSError, ValueError) as e:
                results.setdefault("error", e)

        def writer():
            try:
                self._stdin_write(input)
            except (OSError, ValueError) as e:
                results.setdefault("error", e)

        if self.stdin:
            threads.append(threading.Thread(target=writer, daemon=True))
        if self.stdout:
            threads.append(threading.Thread(target=reader, args=(self.stdout, "stdout"), daemon=True))
        if self.stderr:
            threads.append(threading.Thread(target=reader, args=(self.stderr, "stderr"), daemon=True))
        for t in threads:
            t.start()
        self._readers = threads


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments.  Wait for command to complete or
    timeout, then return the returncode attribute."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments.  Wait for command to complete.  If
    the exit code was zero then return, otherwise raise
    CalledProcessError."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    r"""Run command with arguments and return its output.

    If the exit code was non-zero it raises a CalledProcessError."""
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError("%s argument not allowed, it will be overridden." % kw)
    if "input" in kwargs and kwargs["input"] is None:
        text = kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") or kwargs.get("errors")
        kwargs["input"] = "" if text else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run command with arguments and return a CompletedProcess instance.

    The returned instance will have attributes args, returncode, stdout and
    stderr. By default, stdout and stderr are not captured, and those attributes
    will be None. Pass stdout=PIPE and/or stderr=PIPE in order to capture them,
    or pass capture_output=True to capture both."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()  # the exception already holds the output read so far
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Return (exitcode, output) of executing cmd in a shell.

    The output is decoded text, stdout and stderr together, without its last newline."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """Return output (stdout or stderr) of executing cmd in a shell."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
