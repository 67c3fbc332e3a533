"""Low-level networking interface (gilpy's socket, over the _socket module).

socket.socket adds to _socket.socket what CPython's Python layer adds: enum-valued
family and type, a readable repr, the context manager, accept() returning a socket
object, dup(), and makefile() with file objects that keep the socket open until they
are closed. Every blocking call releases the GIL; a timeout is a deadline on one call.
"""

import _socket
import io
import os
from _socket import *
from enum import IntEnum, IntFlag

_GLOBAL_DEFAULT_TIMEOUT = object()


IntEnum._convert_("AddressFamily", __name__,
                  lambda name: name.isupper() and name.startswith("AF_"))
IntEnum._convert_("SocketKind", __name__, lambda name: name.isupper() and name.startswith("SOCK_"))
IntFlag._convert_("MsgFlag", __name__, lambda name: name.isupper() and name.startswith("MSG_"))
IntFlag._convert_("AddressInfo", __name__, lambda name: name.isupper() and name.startswith("AI_"))

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server", "has_dualstack_ipv6",
           "AddressFamily", "SocketKind", "SocketIO", "socketpair"]
__all__.extend(n for n in dir(_socket) if not n.startswith("_"))

_blocking_errnos = {11}   # EAGAIN (EWOULDBLOCK)


def _intenum_converter(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


class socket(_socket.socket):
    """A socket object: socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._io_refs = 0
        self._closed = False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, "_closed", False)
        text = "<%s.%s%s fd=%i, family=%s, type=%s, proto=%i" % (
            self.__class__.__module__, self.__class__.__qualname__, " [closed]" if closed else "",
            self.fileno(), self.family, self.type, self.proto)
        if not closed:
            try:
                laddr = self.getsockname()
                if laddr:
                    text += ", laddr=%s" % str(laddr)
            except error:
                pass
            try:
                raddr = self.getpeername()
                if raddr:
                    text += ", raddr=%s" % str(raddr)
            except error:
                pass
        return text + ">"

    def __getstate__(self):
        raise TypeError("cannot pickle %r object" % self.__class__.__name__)

    def dup(self):
        """A new socket object for a duplicate of this socket's descriptor."""
        fd = dup(self.fileno())
        sock = self.__class__(self.family, self.type, self.proto, fileno=fd)
        sock.settimeout(self.gettimeout())
        return sock

    def accept(self):
        """Wait for a connection: (new socket, address of the peer)."""
        fd, addr = self._accept()
        sock = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout():
            sock.setblocking(True)
        return sock, addr

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object over the socket (modes r, w, b); the socket stays open until it is closed."""
        if not set(mode) <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        writing = "w" in mode
        reading = "r" in mode or not writing
        binary = "b" in mode
        rawmode = ("r" if reading else "") + ("w" if writing else "")
        raw = SocketIO(self, rawmode)
        self._io_refs += 1
        if buffering is None:
            buffering = -1
        if buffering < 0:
            buffering = io.DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if not binary:
                raise ValueError("unbuffered streams must be binary")
            return raw
        if reading and writing:
            buffer = io.BufferedRWPair(raw, raw, buffering)
        elif reading:
            buffer = io.BufferedReader(raw, buffering)
        else:
            buffer = io.BufferedWriter(raw, buffering)
        if binary:
            return buffer
        text = io.TextIOWrapper(buffer, encoding, errors, newline)
        text.mode = mode
        return text

    def sendfile(self, file, offset=0, count=None):
        """Send a file (opened in binary mode) until EOF or count bytes; returns the bytes sent."""
        if "b" not in getattr(file, "mode", "b"):
            raise ValueError("file should be opened in binary mode")
        if not self.type & SOCK_STREAM:
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is not None:
            if not isinstance(count, int):
                raise TypeError("count must be a positive integer (got {!r})".format(count))
            if count <= 0:
                raise ValueError("count must be a positive integer (got {!r})".format(count))
        if offset:
            file.seek(offset)
        total = 0
        try:
            while count is None or total < count:
                size = 8192 if count is None else min(8192, count - total)
                data = file.read(size)
                if not data:
                    break
                self.sendall(data)
                total += len(data)
            return total
        finally:
            if total > 0 and hasattr(file, "seek"):
                file.seek(offset + total)

    def _decref_socketios(self):
        if self._io_refs > 0:
            self._io_refs -= 1
        if self._closed:
            self.close()

    def _real_close(self, _ss=_socket.socket):
        _ss.close(self)

    def close(self):
        self._closed = True
        if self._io_refs <= 0:
            self._real_close()

    def detach(self):
        """Close the socket object without closing its descriptor, and return the descriptor."""
        self._closed = True
        return super().detach()

    @property
    def family(self):
        """The address family of the socket (an AddressFamily)."""
        return _intenum_converter(super().family, AddressFamily)

    @property
    def type(self):
        """The kind of the socket (a SocketKind)."""
        return _intenum_converter(super().type, SocketKind)


SocketType = _socket.socket


def fromfd(fd, family, type, proto=0):
    """A socket object for a duplicate of descriptor fd."""
    nfd = dup(fd)
    return socket(family, type, proto, nfd)


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """A pair of connected socket objects (AF_UNIX unless family says otherwise)."""
    if family is None:
        family = AF_UNIX
    a, b = _socket.socketpair(family, type, proto)
    a = socket(family, type, proto, a.detach())
    b = socket(family, type, proto, b.detach())
    return a, b


class SocketIO(io.RawIOBase):
    """Raw I/O over a socket, for makefile(): modes r, w, rw (with or without b)."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        if "b" not in mode:
            mode += "b"
        self._mode = mode
        self._reading = "r" in mode
        self._writing = "w" in mode
        self._timeout_occurred = False

    def readinto(self, b):
        self._checkClosed()
        self._checkReadable()
        if self._timeout_occurred:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv_into(b)
        except timeout:
            self._timeout_occurred = True
            raise
        except error as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def write(self, b):
        self._checkClosed()
        self._checkWritable()
        try:
            return self._sock.send(b)
        except error as e:
            if e.errno in _blocking_errnos:
                return None
            raise

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._reading

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._writing

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return super().seekable()

    def fileno(self):
        self._checkClosed()
        return self._sock.fileno()

    @property
    def name(self):
        if not self.closed:
            return self.fileno()
        return -1

    @property
    def mode(self):
        return self._mode

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._decref_socketios()
        self._sock = None


def getfqdn(name=""):
    """The fully qualified name of name (of this host when empty)."""
    name = name.strip()
    if not name or name == "0.0.0.0":
        name = gethostname()
    try:
        hostname, aliases, ipaddrs = gethostbyaddr(name)
    except error:
        pass
    else:
        aliases.insert(0, hostname)
        for name in aliases:
            if "." in name:
                break
        else:
            name = hostname
    return name


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connect to (host, port), trying each address getaddrinfo gives; returns the socket."""
    host, port = address
    errors = []
    for af, socktype, proto, canonname, sa in getaddrinfo(host, port, 0, SOCK_STREAM):
        sock = None
        try:
            sock = socket(af, socktype, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sa)
            errors.clear()
            return sock
        except error as exc:
            if not all_errors:
                errors.clear()
            errors.append(exc)
            if sock is not None:
                sock.close()
    if errors:
        try:
            if not all_errors:
                raise errors[0]
            raise ExceptionGroup("create_connection failed", errors)
        finally:
            errors = []
    raise error("getaddrinfo returns an empty list")


def has_dualstack_ipv6():
    """True: an AF_INET6 socket also accepts IPv4 connections (the JDK's sockets are dual-stack)."""
    return has_ipv6


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A TCP socket bound to address and listening (SO_REUSEADDR set)."""
    if dualstack_ipv6 and family != AF_INET6:
        raise ValueError("dualstack_ipv6 requires AF_INET6 family")
    sock = socket(family, SOCK_STREAM)
    try:
        if family != AF_UNIX:
            sock.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        try:
            sock.bind(address)
        except error as err:
            msg = "%s (while attempting to bind on address %r)" % (err.strerror, address)
            raise error(err.errno, msg) from None
        if backlog is None:
            sock.listen()
        else:
            sock.listen(backlog)
        return sock
    except error:
        sock.close()
        raise


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolve host and port into a list of (family, type, proto, canonname, sockaddr)."""
    return [(_intenum_converter(af, AddressFamily), _intenum_converter(kind, SocketKind), pr, canon, sa)
            for af, kind, pr, canon, sa in _socket.getaddrinfo(host, port, family, type, proto, flags)]
