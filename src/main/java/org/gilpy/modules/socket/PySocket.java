package org.gilpy.modules.socket;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import org.gilpy.modules.io.Descriptors;
import org.gilpy.modules.io.Endpoint;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyAttribute;
import org.gilpy.objects.PyByteArray;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyGetter;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyOSError;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PySlice;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * {@code _socket.socket}: one descriptor of a {@link SockHandle}, with the socket's
 * timeout (as CPython keeps it per object: negative for None, i.e. blocking; 0 for
 * non-blocking, raising BlockingIOError; positive seconds, raising TimeoutError). The
 * descriptor number comes from the table {@code os} and {@code open} share, so it never
 * collides with a file's. {@code socket.socket} in {@code lib/socket.py} subclasses it.
 * {@code handle} is null once closed or detached (fd is then -1).
 */
public class PySocket extends PyObject {
    public static final PyType TYPE = PyType.builtin("socket", PySocket.class, PyType.OBJECT, PySocket::new);

    @PyAttribute("__module__")
    static final PyObject MODULE = PyStr.of("_socket");

    /** MSG_NOSIGNAL asks for EPIPE instead of SIGPIPE, which is all the JVM ever gives: always honoured. */
    static final int MSG_PEEK = 2, MSG_DONTWAIT = 64, MSG_WAITALL = 256, MSG_NOSIGNAL = 16384;

    /** socket.setdefaulttimeout's value (negative: None). */
    static volatile double defaultTimeout = -1;

    int family = SockAddr.AF_INET, kind = SockHandle.SOCK_STREAM, proto;
    double timeout = -1;
    SockHandle handle;
    int fd = -1;

    /** The instance dict of a Python subclass's instance (socket.socket); _socket.socket has none. */
    private org.gilpy.objects.PyDict dict;

    public PySocket(PyType type) {
        super(type);
    }

    @Override
    public org.gilpy.objects.PyDict getDict() {
        if (dict == null && type != TYPE) dict = new org.gilpy.objects.PyDict();
        return dict;
    }

    @Override
    public boolean setDict(org.gilpy.objects.PyDict d) {
        if (type == TYPE) return false;
        dict = d;
        return true;
    }

    /** socket(family=-1, type=-1, proto=-1, fileno=None). */
    @PyMethod
    public void __init__(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("socket", args, kwnames, new String[] {"family", "type", "proto", "fileno"}, 0);
        int fam = a[0] == null ? -1 : PyInt.asInt(a[0]);
        int typ = a[1] == null ? -1 : PyInt.asInt(a[1]);
        int pro = a[2] == null ? -1 : PyInt.asInt(a[2]);
        if (handle != null) closeFd();
        timeout = defaultTimeout;
        if (a[3] != null && a[3] != PyNone.NONE) {
            long f = Abstract.index(a[3]).value;
            if (f < 0) throw PyErr.valueError("negative file descriptor");
            Endpoint e = Descriptors.endpoint(f);
            if (e == null) {
                throw NetErrors.errno(Descriptors.readiness(f) == null ? PyOSError.EBADF : NetErrors.ENOTSOCK);
            }
            if (!(e instanceof SockHandle h)) throw NetErrors.errno(NetErrors.ENOTSOCK);
            handle = h;
            fd = (int) f;
            family = fam == -1 ? h.family : fam;
            kind = typ == -1 ? h.kind : typ & 0xF;
            proto = pro == -1 ? 0 : pro;
            return;
        }
        family = fam == -1 ? SockAddr.AF_INET : fam;
        int k = typ == -1 ? SockHandle.SOCK_STREAM : typ;
        kind = k & 0xF;
        proto = pro == -1 ? 0 : pro;
        if ((k & SocketModule.SOCK_NONBLOCK) != 0) timeout = 0;
        if (family != SockAddr.AF_INET && family != SockAddr.AF_INET6 && family != SockAddr.AF_UNIX) {
            throw NetErrors.errno(NetErrors.EAFNOSUPPORT);
        }
        if (kind != SockHandle.SOCK_STREAM && kind != SockHandle.SOCK_DGRAM) {
            throw NetErrors.errno(PyOSError.EINVAL);
        }
        if (proto != 0 && proto != (kind == SockHandle.SOCK_STREAM ? 6 : 17)) {
            throw NetErrors.errno(NetErrors.EPROTONOSUPPORT);
        }
        try {
            handle = new SockHandle(family, kind);
        } catch (IOException e) {
            throw NetErrors.of(e);
        }
        fd = Descriptors.register(handle);
        if (timeout >= 0) Descriptors.setBlocking(fd, false);
    }

    /** A socket object for a handle that has no descriptor yet (accept, socketpair). */
    static int register(SockHandle h) {
        return Descriptors.register(h);
    }

    SockHandle open() {
        SockHandle h = handle;
        if (h == null) throw NetErrors.errno(PyOSError.EBADF);
        return h;
    }

    static PyException error(IOException e) {
        if (e instanceof SockHandle.Timeout) return NetErrors.timeout();
        return NetErrors.of(e);
    }

    // ---- attributes ---------------------------------------------------------------------------

    @PyGetter("family")
    public long familyAttr() { return family; }

    @PyGetter("type")
    public long typeAttr() { return kind; }

    @PyGetter("proto")
    public long protoAttr() { return proto; }

    @PyGetter("timeout")
    public PyObject timeoutAttr() { return gettimeout(); }

    @PyMethod
    public long fileno() { return fd; }

    @PyMethod
    public PyObject __repr__() {
        return PyStr.of(String.format("<socket object, fd=%d, family=%d, type=%d, proto=%d>", fd, family, kind, proto));
    }

    // ---- timeouts -----------------------------------------------------------------------------

    /** A timeout argument: None (negative), or non-negative seconds. */
    static double timeoutArg(PyObject t) {
        if (t == PyNone.NONE) return -1;
        double v = t instanceof PyFloat ? PyFloat.asDouble(t) : Abstract.index(t).value;
        if (Double.isNaN(v)) throw PyErr.valueError("Invalid value NaN (not a number)");
        if (v < 0) throw PyErr.valueError("Timeout value out of range");
        if (v >= 9.223372036854776e9) throw PyErr.overflowError("timestamp out of range for platform time_t");
        return v;
    }

    @PyMethod
    public void settimeout(PyObject t) { setTimeout(timeoutArg(t)); }

    @PyMethod
    public PyObject gettimeout() { return timeout < 0 ? PyNone.NONE : PyFloat.of(timeout); }

    @PyMethod
    public void setblocking(PyObject flag) { setTimeout(Abstract.isTrue(flag) ? -1 : 0); }

    /** A timeout (seconds; -1: none) and, as in CPython, O_NONBLOCK on the descriptor
     * whenever there is one (os.get_blocking and signal.set_wakeup_fd read it). */
    private void setTimeout(double t) {
        timeout = t;
        if (handle != null && fd >= 0) Descriptors.setBlocking(fd, t < 0);
    }

    @PyMethod
    public boolean getblocking() { return timeout != 0; }

    // ---- connections --------------------------------------------------------------------------

    @PyMethod
    public void bind(PyObject address) {
        SockHandle h = open();
        SocketAddress sa = SockAddr.parse(family, address, "bind");
        try {
            h.bind(sa);
        } catch (IOException e) {
            throw error(e);
        }
    }

    @PyMethod(optional = 1)
    public void listen(PyObject backlog) {
        SockHandle h = open();
        int n = backlog == null ? 128 : PyInt.asInt(backlog);
        try {
            h.listen(n);
        } catch (IOException e) {
            throw error(e);
        }
    }

    /** _accept(): (fd, address) of a new connection; socket.accept wraps the fd. */
    @PyMethod
    public PyObject _accept() {
        SockHandle h = open();
        try {
            SockHandle c = h.accept(timeout);
            PyObject addr = SockAddr.format(c.peerAddress(), family);
            return PyTuple.of(PyInt.of(register(c)), addr);
        } catch (IOException e) {
            throw error(e);
        }
    }

    @PyMethod
    public void connect(PyObject address) {
        SockHandle h = open();
        SocketAddress sa = SockAddr.parse(family, address, "connect");
        try {
            h.connect(sa, timeout);
        } catch (IOException e) {
            throw error(e);
        }
    }

    @PyMethod
    public long connect_ex(PyObject address) {
        SockHandle h = open();
        SocketAddress sa = SockAddr.parse(family, address, "connect_ex");
        try {
            h.connect(sa, timeout);
            return 0;
        } catch (SockHandle.Timeout e) {
            return PyOSError.EAGAIN;
        } catch (NetErrors.OsError e) {
            return e.errno;
        } catch (IOException e) {
            return NetErrors.errnoOf(e);
        }
    }

    @PyMethod
    public void shutdown(PyObject how) {
        SockHandle h = open();
        try {
            h.shutdown(PyInt.asInt(how));
        } catch (IOException e) {
            throw error(e);
        }
    }

    @PyMethod
    public void close() {
        if (handle != null) closeFd();
    }

    private void closeFd() {
        int f = fd;
        handle = null;
        fd = -1;
        Descriptors.close(f);
    }

    /** detach(): the descriptor, which stays open; this object is closed. */
    @PyMethod
    public long detach() {
        int f = fd;
        handle = null;
        fd = -1;
        return f;
    }

    @PyMethod
    public PyObject getsockname() {
        SockHandle h = open();
        try {
            return SockAddr.format(h.localAddress(), family);
        } catch (IOException e) {
            throw error(e);
        }
    }

    @PyMethod
    public PyObject getpeername() {
        SockHandle h = open();
        try {
            return SockAddr.format(h.peerAddress(), family);
        } catch (IOException e) {
            throw error(e);
        }
    }

    // ---- data ---------------------------------------------------------------------------------

    /** The timeout of one call with these flags (MSG_DONTWAIT: non-blocking); other flags are refused. */
    private double callTimeout(PyObject flags, int allowed) {
        int f = flags == null ? 0 : PyInt.asInt(flags);
        if ((f & ~(MSG_DONTWAIT | MSG_NOSIGNAL | allowed)) != 0) throw NetErrors.errno(NetErrors.EOPNOTSUPP);
        return (f & MSG_DONTWAIT) != 0 ? 0 : timeout;
    }

    private static boolean waitAll(PyObject flags) {
        return flags != null && (PyInt.asInt(flags) & MSG_WAITALL) != 0;
    }

    private static boolean peek(PyObject flags) {
        return flags != null && (PyInt.asInt(flags) & MSG_PEEK) != 0;
    }

    private static int sizeArg(PyObject n, String fname) {
        long v = Abstract.index(n).value;
        if (v < 0) throw PyErr.valueError("negative buffersize in %s", fname);
        return (int) Math.min(v, Integer.MAX_VALUE - 8);
    }

    @PyMethod(optional = 1)
    public PyObject recv(PyObject bufsize, PyObject flags) {
        int n = sizeArg(bufsize, "recv");
        SockHandle h = open();
        double t = callTimeout(flags, MSG_WAITALL | MSG_PEEK);
        ByteBuffer buf = ByteBuffer.allocate(Math.min(n, 1 << 20));
        receive(h, buf, t, waitAll(flags), peek(flags));
        return PyBytes.wrap(java.util.Arrays.copyOf(buf.array(), buf.position()));
    }

    private void receive(SockHandle h, ByteBuffer buf, double t, boolean all, boolean peek) {
        try {
            int got = h.recv(buf, t, peek);
            while (all && !peek && got > 0 && buf.hasRemaining()) got = h.recv(buf, t, false);
        } catch (IOException e) {
            throw error(e);
        }
    }

    @PyMethod(optional = 2)
    public long recv_into(PyObject buffer, PyObject nbytes, PyObject flags) {
        int cap = bufferLength(buffer);
        int n = nbytes == null ? 0 : sizeArg(nbytes, "recv_into");
        if (n > cap) throw PyErr.valueError("buffer too small for requested bytes");
        if (n == 0) n = cap;
        SockHandle h = open();
        double t = callTimeout(flags, MSG_WAITALL | MSG_PEEK);
        ByteBuffer buf = ByteBuffer.allocate(n);
        receive(h, buf, t, waitAll(flags), peek(flags));
        return fill(buffer, buf);
    }

    @PyMethod(optional = 1)
    public PyObject recvfrom(PyObject bufsize, PyObject flags) {
        int n = sizeArg(bufsize, "recvfrom");
        SockHandle h = open();
        double t = callTimeout(flags, MSG_PEEK);
        ByteBuffer buf = ByteBuffer.allocate(Math.min(n, 1 << 20));
        try {
            SocketAddress from = h.recvFrom(buf, t, peek(flags));
            PyObject addr = from == null ? PyNone.NONE : SockAddr.format(from, family);
            return PyTuple.of(PyBytes.wrap(java.util.Arrays.copyOf(buf.array(), buf.position())), addr);
        } catch (IOException e) {
            throw error(e);
        }
    }

    @PyMethod(optional = 2)
    public PyObject recvfrom_into(PyObject buffer, PyObject nbytes, PyObject flags) {
        int cap = bufferLength(buffer);
        int n = nbytes == null ? 0 : sizeArg(nbytes, "recvfrom_into");
        if (n > cap) throw PyErr.valueError("nbytes is greater than the length of the buffer");
        if (n == 0) n = cap;
        SockHandle h = open();
        double t = callTimeout(flags, MSG_PEEK);
        ByteBuffer buf = ByteBuffer.allocate(n);
        try {
            SocketAddress from = h.recvFrom(buf, t, peek(flags));
            long got = fill(buffer, buf);
            return PyTuple.of(PyInt.of(got), from == null ? PyNone.NONE : SockAddr.format(from, family));
        } catch (IOException e) {
            throw error(e);
        }
    }

    /** The writable buffer's size in bytes (TypeError for a read-only one). */
    private static int bufferLength(PyObject b) {
        if (b instanceof PyByteArray ba) return ba.bytesLength();
        if (b.type.name.equals("memoryview")) {
            if (Abstract.isTrue(Abstract.getAttr(b, "readonly"))) {
                throw PyErr.typeError("recv_into() argument 'buffer' must be read-write bytes-like object, not memoryview");
            }
            return (int) Abstract.index(Abstract.getAttr(b, "nbytes")).value;
        }
        throw PyErr.typeError("recv_into() argument 'buffer' must be read-write bytes-like object, not %s", b.type.tpName());
    }

    /** Copies what buf received into the start of target; returns the count. */
    private static long fill(PyObject target, ByteBuffer buf) {
        int n = buf.position();
        if (target instanceof PyByteArray ba) {
            System.arraycopy(buf.array(), 0, ba.bytesData(), 0, n);
        } else if (n > 0) {
            PyObject flat = Abstract.callMethod(target, "cast", PyStr.of("B"));
            Abstract.setItem(flat, new PySlice(PyInt.of(0), PyInt.of(n), PyNone.NONE),
                    PyBytes.wrap(java.util.Arrays.copyOf(buf.array(), n)));
        }
        return n;
    }

    /** The bytes of a bytes-like argument (a private copy when it could change while we wait). */
    private static byte[] data(PyObject d) {
        if (d instanceof PyStr || !(d instanceof BytesLike)) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", d.type.tpName());
        }
        return BytesLike.exact(d);
    }

    @PyMethod(optional = 1)
    public long send(PyObject data, PyObject flags) {
        byte[] b = data(data);
        SockHandle h = open();
        double t = callTimeout(flags, 0);
        try {
            return h.send(ByteBuffer.wrap(b), t);
        } catch (IOException e) {
            throw error(e);
        }
    }

    @PyMethod(optional = 1)
    public void sendall(PyObject data, PyObject flags) {
        byte[] b = data(data);
        SockHandle h = open();
        double t = callTimeout(flags, 0);
        long deadline = t > 0 ? System.nanoTime() + (long) (t * 1e9) : 0;
        ByteBuffer buf = ByteBuffer.wrap(b);
        try {
            do {
                double left = t > 0 ? (deadline - System.nanoTime()) / 1e9 : t;
                if (t > 0 && left <= 0) throw NetErrors.timeout();
                h.send(buf, left);
            } while (buf.hasRemaining());
        } catch (IOException e) {
            throw error(e);
        }
    }

    /** sendto(data, address) or sendto(data, flags, address). */
    @PyMethod(optional = 1)
    public long sendto(PyObject data, PyObject flagsOrAddr, PyObject addr) {
        if (flagsOrAddr == null) throw PyErr.typeError("sendto() takes 2 or 3 arguments (1 given)");
        PyObject flags = addr == null ? null : flagsOrAddr;
        PyObject where = addr == null ? flagsOrAddr : addr;
        byte[] b = data(data);
        SockHandle h = open();
        double t = callTimeout(flags, 0);
        SocketAddress sa = SockAddr.parse(family, where, "sendto");
        try {
            return h.sendTo(ByteBuffer.wrap(b), sa, t);
        } catch (IOException e) {
            throw error(e);
        }
    }

    // ---- options ------------------------------------------------------------------------------

    static final int SOL_SOCKET = 1, IPPROTO_IP = 0, IPPROTO_TCP = 6, IPPROTO_IPV6 = 41;
    static final int SO_REUSEADDR = 2, SO_TYPE = 3, SO_ERROR = 4, SO_BROADCAST = 6, SO_SNDBUF = 7, SO_RCVBUF = 8,
            SO_KEEPALIVE = 9, SO_LINGER = 13, SO_REUSEPORT = 15, SO_ACCEPTCONN = 30, SO_PROTOCOL = 38,
            SO_DOMAIN = 39, TCP_NODELAY = 1, TCP_KEEPIDLE = 4, TCP_KEEPINTVL = 5, TCP_KEEPCNT = 6,
            TCP_QUICKACK = 12, IP_TOS = 1, IP_MULTICAST_TTL = 33, IP_MULTICAST_LOOP = 34,
            IPV6_MULTICAST_HOPS = 18, IPV6_MULTICAST_LOOP = 19, IPV6_V6ONLY = 26;

    /** The JDK option for (level, name), or null. */
    private static SocketOption<?> option(int level, int name) {
        return switch (level) {
            case SOL_SOCKET -> switch (name) {
                case SO_REUSEADDR -> StandardSocketOptions.SO_REUSEADDR;
                case SO_REUSEPORT -> StandardSocketOptions.SO_REUSEPORT;
                case SO_BROADCAST -> StandardSocketOptions.SO_BROADCAST;
                case SO_SNDBUF -> StandardSocketOptions.SO_SNDBUF;
                case SO_RCVBUF -> StandardSocketOptions.SO_RCVBUF;
                case SO_KEEPALIVE -> StandardSocketOptions.SO_KEEPALIVE;
                default -> null;
            };
            case IPPROTO_TCP -> switch (name) {
                case TCP_NODELAY -> StandardSocketOptions.TCP_NODELAY;
                case TCP_KEEPIDLE -> jdk.net.ExtendedSocketOptions.TCP_KEEPIDLE;
                case TCP_KEEPINTVL -> jdk.net.ExtendedSocketOptions.TCP_KEEPINTERVAL;
                case TCP_KEEPCNT -> jdk.net.ExtendedSocketOptions.TCP_KEEPCOUNT;
                case TCP_QUICKACK -> jdk.net.ExtendedSocketOptions.TCP_QUICKACK;
                default -> null;
            };
            // the JDK sets its multicast options of an IPv6 socket at the IPv6 level
            case IPPROTO_IPV6 -> switch (name) {
                case IPV6_MULTICAST_HOPS -> StandardSocketOptions.IP_MULTICAST_TTL;
                case IPV6_MULTICAST_LOOP -> StandardSocketOptions.IP_MULTICAST_LOOP;
                default -> null;
            };
            case IPPROTO_IP -> switch (name) {
                case IP_TOS -> StandardSocketOptions.IP_TOS;
                case IP_MULTICAST_TTL -> StandardSocketOptions.IP_MULTICAST_TTL;
                case IP_MULTICAST_LOOP -> StandardSocketOptions.IP_MULTICAST_LOOP;
                default -> null;
            };
            default -> null;
        };
    }

    /** setsockopt(level, optname, value): value an int or a bytes-like object holding a C int. */
    @PyMethod(optional = 1)
    public void setsockopt(PyObject level, PyObject optname, PyObject value) {
        if (value == null) throw PyErr.typeError("setsockopt() takes exactly 3 arguments (2 given)");
        SockHandle h = open();
        int lv = PyInt.asInt(level), name = PyInt.asInt(optname);
        long v;
        boolean linger = lv == SOL_SOCKET && name == SO_LINGER;
        if (value instanceof PyInt || value.type.lookup("__index__") != null) {
            v = Abstract.index(value).value;
            if (linger) throw NetErrors.errno(PyOSError.EINVAL);   // an int is shorter than struct linger
        } else if (value instanceof BytesLike && !(value instanceof PyStr)) {
            byte[] b = BytesLike.exact(value);
            if (b.length < (linger ? 8 : 4)) throw NetErrors.errno(PyOSError.EINVAL);
            v = cInt(b, 0);
            if (linger) v = v == 0 ? -1 : Math.max(cInt(b, 4), 0);   // struct linger {l_onoff, l_linger}: the JDK's seconds, -1 off
        } else {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", value.type.tpName());
        }
        if (lv == SOL_SOCKET && (name == SO_PROTOCOL || name == SO_DOMAIN)) throw NetErrors.errno(NetErrors.ENOPROTOOPT);
        if (lv == IPPROTO_IPV6 && name == IPV6_V6ONLY && h.family == SockAddr.AF_INET6) {
            if (v != 0) throw NetErrors.errno(NetErrors.ENOPROTOOPT);   // the JDK's IPv6 sockets are dual-stack
            return;
        }
        SocketOption<?> opt = linger ? StandardSocketOptions.SO_LINGER : option(lv, name);
        if (opt == null) throw NetErrors.errno(NetErrors.ENOPROTOOPT);
        try {
            set(h, opt, v);
        } catch (IOException e) {
            throw error(e);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            throw NetErrors.errno(NetErrors.ENOPROTOOPT);
        }
    }

    /** The little-endian C int at b[at..at+4). */
    private static int cInt(byte[] b, int at) {
        return b[at] & 0xFF | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | b[at + 3] << 24;
    }

    @SuppressWarnings("unchecked")
    private static void set(SockHandle h, SocketOption<?> opt, long v) throws IOException {
        if (opt.type() == Boolean.class) h.setOption((SocketOption<Boolean>) opt, v != 0);
        else h.setOption((SocketOption<Integer>) opt, (int) v);
    }

    /** getsockopt(level, optname[, buflen]): an int, or buflen bytes holding it. */
    @PyMethod(optional = 1)
    public PyObject getsockopt(PyObject level, PyObject optname, PyObject buflen) {
        SockHandle h = open();
        int lv = PyInt.asInt(level), name = PyInt.asInt(optname);
        long v;
        if (lv == SOL_SOCKET && name == SO_TYPE) {
            v = h.kind;
        } else if (lv == SOL_SOCKET && name == SO_ERROR) {
            v = h.pendingError();
        } else if (lv == SOL_SOCKET && name == SO_ACCEPTCONN) {
            v = h.listening() ? 1 : 0;
        } else if (lv == IPPROTO_IPV6 && name == IPV6_V6ONLY && h.family == SockAddr.AF_INET6) {
            v = 0;
        } else if (lv == SOL_SOCKET && name == SO_DOMAIN) {
            v = h.family;
        } else if (lv == SOL_SOCKET && name == SO_PROTOCOL) {
            v = h.family == SockAddr.AF_UNIX ? 0 : h.kind == SockHandle.SOCK_STREAM ? IPPROTO_TCP : 17;
        } else if (lv == SOL_SOCKET && name == SO_LINGER) {
            int secs;
            try {
                secs = h.getOption(StandardSocketOptions.SO_LINGER);
            } catch (IOException e) {
                throw error(e);
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                throw NetErrors.errno(NetErrors.ENOPROTOOPT);
            }
            if (buflen == null) return PyInt.of(secs < 0 ? 0 : 1);
            int n = PyInt.asInt(buflen);
            if (n <= 0 || n > 1024) throw PyErr.format(org.gilpy.objects.PyExc.OSError, "getsockopt buflen out of range");
            byte[] out = new byte[n];
            long pair = (secs < 0 ? 0L : 1L) | (long) Math.max(secs, 0) << 32;
            for (int i = 0; i < Math.min(n, 8); i++) out[i] = (byte) (pair >> (8 * i));
            return PyBytes.wrap(out);
        } else {
            SocketOption<?> opt = option(lv, name);
            if (opt == null) throw NetErrors.errno(NetErrors.ENOPROTOOPT);
            try {
                Object o = h.getOption(opt);
                v = o instanceof Boolean bo ? (bo ? 1 : 0) : ((Number) o).longValue();
            } catch (IOException e) {
                throw error(e);
            } catch (UnsupportedOperationException | IllegalArgumentException e) {
                throw NetErrors.errno(NetErrors.ENOPROTOOPT);
            }
        }
        if (buflen == null) return PyInt.of(v);
        int n = PyInt.asInt(buflen);
        if (n <= 0 || n > 1024) throw PyErr.format(org.gilpy.objects.PyExc.OSError, "getsockopt buflen out of range");
        byte[] out = new byte[n];
        for (int i = 0; i < Math.min(n, 4); i++) out[i] = (byte) (v >> (8 * i));
        return PyBytes.wrap(out);
    }
}
