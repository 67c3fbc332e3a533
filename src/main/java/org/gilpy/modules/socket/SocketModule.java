package org.gilpy.modules.socket;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gilpy.modules.io.Descriptors;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.ArgParser;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyBytes;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyFloat;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyList;
import org.gilpy.objects.PyMethod;
import org.gilpy.objects.PyModule;
import org.gilpy.objects.PyNone;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.vm.Blocking;

/**
 * The {@code _socket} module, which {@code lib/socket.py} wraps: the socket type
 * ({@link PySocket}), name resolution (through the JDK's resolver, without the GIL),
 * services and protocols (from {@code /etc/services} and {@code /etc/protocols}),
 * address text conversion ({@link InetText}), byte order, the default timeout, and the
 * Linux constants. Errors are {@link NetErrors}.
 */
public final class SocketModule {
    private SocketModule() {}

    static final int SOCK_NONBLOCK = 2048, SOCK_CLOEXEC = 524288;
    static final int AI_PASSIVE = 1, AI_CANONNAME = 2, AI_NUMERICHOST = 4, AI_NUMERICSERV = 1024;
    static final int NI_NUMERICHOST = 1, NI_NUMERICSERV = 2, NI_NOFQDN = 4, NI_NAMEREQD = 8, NI_DGRAM = 16;

    private static final Object[][] CONSTANTS = {
        {"AF_UNSPEC", 0}, {"AF_UNIX", 1}, {"AF_INET", 2}, {"AF_INET6", 10},
        {"SOCK_STREAM", 1}, {"SOCK_DGRAM", 2}, {"SOCK_RAW", 3}, {"SOCK_RDM", 4}, {"SOCK_SEQPACKET", 5},
        {"SOCK_NONBLOCK", SOCK_NONBLOCK}, {"SOCK_CLOEXEC", SOCK_CLOEXEC},
        {"SOL_SOCKET", 1}, {"SOL_IP", 0}, {"SOL_TCP", 6}, {"SOL_UDP", 17},
        {"SO_REUSEADDR", 2}, {"SO_TYPE", 3}, {"SO_ERROR", 4}, {"SO_BROADCAST", 6}, {"SO_SNDBUF", 7},
        {"SO_RCVBUF", 8}, {"SO_KEEPALIVE", 9}, {"SO_LINGER", PySocket.SO_LINGER}, {"SO_REUSEPORT", 15},
        {"SO_ACCEPTCONN", 30}, {"SO_PROTOCOL", PySocket.SO_PROTOCOL}, {"SO_DOMAIN", PySocket.SO_DOMAIN},
        {"SOMAXCONN", 4096},
        {"IPPROTO_IP", 0}, {"IPPROTO_ICMP", 1}, {"IPPROTO_TCP", 6}, {"IPPROTO_UDP", 17}, {"IPPROTO_IPV6", 41},
        {"IPPROTO_RAW", 255}, {"IPPROTO_ICMPV6", 58},
        {"TCP_NODELAY", 1}, {"TCP_KEEPIDLE", 4}, {"TCP_KEEPINTVL", 5}, {"TCP_KEEPCNT", 6},
        {"TCP_QUICKACK", PySocket.TCP_QUICKACK},
        {"IP_TOS", 1}, {"IP_MULTICAST_TTL", 33}, {"IP_MULTICAST_LOOP", 34},
        {"MSG_PEEK", PySocket.MSG_PEEK}, {"MSG_DONTWAIT", PySocket.MSG_DONTWAIT}, {"MSG_WAITALL", PySocket.MSG_WAITALL},
        {"MSG_NOSIGNAL", PySocket.MSG_NOSIGNAL},
        {"SHUT_RD", 0}, {"SHUT_WR", 1}, {"SHUT_RDWR", 2},
        {"INADDR_ANY", 0L}, {"INADDR_LOOPBACK", 0x7f000001L}, {"INADDR_BROADCAST", 0xffffffffL},
        {"INADDR_NONE", 0xffffffffL},
        {"AI_PASSIVE", AI_PASSIVE}, {"AI_CANONNAME", AI_CANONNAME}, {"AI_NUMERICHOST", AI_NUMERICHOST},
        {"AI_NUMERICSERV", AI_NUMERICSERV}, {"AI_V4MAPPED", 8}, {"AI_ALL", 16}, {"AI_ADDRCONFIG", 32},
        {"IPV6_V6ONLY", PySocket.IPV6_V6ONLY}, {"IPV6_MULTICAST_HOPS", PySocket.IPV6_MULTICAST_HOPS},
        {"IPV6_MULTICAST_LOOP", PySocket.IPV6_MULTICAST_LOOP},
        {"NI_NUMERICHOST", NI_NUMERICHOST}, {"NI_NUMERICSERV", NI_NUMERICSERV}, {"NI_NOFQDN", NI_NOFQDN},
        {"NI_NAMEREQD", NI_NAMEREQD}, {"NI_DGRAM", NI_DGRAM}, {"NI_MAXHOST", 1025}, {"NI_MAXSERV", 32},
        {"EAI_BADFLAGS", -1}, {"EAI_NONAME", -2}, {"EAI_AGAIN", -3}, {"EAI_FAIL", -4}, {"EAI_FAMILY", -6},
        {"EAI_SOCKTYPE", -7}, {"EAI_SERVICE", -8}, {"EAI_ADDRFAMILY", -9}, {"EAI_MEMORY", -10},
        {"EAI_SYSTEM", -11}, {"EAI_OVERFLOW", -12}, {"EAI_NODATA", -5},
    };

    public static PyModule create() {
        PyModule m = new PyModule("_socket");
        TypeBuilder().forEach(m::put);
        for (Object[] c : CONSTANTS) {
            m.put((String) c[0], PyInt.of(((Number) c[1]).longValue()));
        }
        m.put("socket", PySocket.TYPE);
        m.put("SocketType", PySocket.TYPE);
        m.put("error", PyExc.OSError);
        m.put("timeout", PyExc.TimeoutError);
        m.put("gaierror", NetErrors.GAIERROR);
        m.put("herror", NetErrors.HERROR);
        m.put("has_ipv6", org.gilpy.objects.PyBool.TRUE);
        return m;
    }

    private static java.util.Map<String, PyObject> TypeBuilder() {
        return org.gilpy.objects.TypeBuilder.moduleFunctions(SocketModule.class, new PyModule("_socket"));
    }

    // ---- descriptors --------------------------------------------------------------------------

    @PyMethod(doc = "Duplicate an integer socket file descriptor.")
    public static long dup(PyObject fd) {
        long f = Abstract.index(fd).value;
        if (!(Descriptors.endpoint(f) instanceof SockHandle h)) {
            throw NetErrors.errno(Descriptors.readiness(f) == null ? org.gilpy.objects.PyOSError.EBADF
                    : NetErrors.ENOTSOCK);
        }
        h.retain();
        return Descriptors.register(h);
    }

    @PyMethod(doc = "Close an integer socket file descriptor.")
    public static void close(PyObject fd) {
        Descriptors.close(Abstract.index(fd).value);
    }

    /** socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0): two connected _socket.socket objects. */
    @PyMethod(doc = "Create a pair of socket objects from the sockets returned by the platform socketpair() function.")
    public static PyObject socketpair(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("socketpair", args, kwnames, new String[] {"family", "type", "proto"}, 0);
        int fam = a[0] == null ? SockAddr.AF_UNIX : PyInt.asInt(a[0]);
        int typ = a[1] == null ? SockHandle.SOCK_STREAM : PyInt.asInt(a[1]);
        int pro = a[2] == null ? 0 : PyInt.asInt(a[2]);
        if (fam != SockAddr.AF_UNIX && fam != SockAddr.AF_INET && fam != SockAddr.AF_INET6) {
            throw NetErrors.errno(NetErrors.EAFNOSUPPORT);
        }
        if ((typ & 0xF) != SockHandle.SOCK_STREAM) throw NetErrors.errno(NetErrors.EOPNOTSUPP);
        SockHandle[] pair;
        try {
            pair = Blocking.call(() -> SockHandle.pair(fam));
        } catch (IOException e) {
            throw NetErrors.of(e);
        }
        PyObject[] out = new PyObject[2];
        for (int i = 0; i < 2; i++) {
            PySocket s = new PySocket(PySocket.TYPE);
            s.family = fam;
            s.kind = SockHandle.SOCK_STREAM;
            s.proto = pro;
            s.timeout = PySocket.defaultTimeout;
            s.handle = pair[i];
            s.fd = Descriptors.register(pair[i]);
            out[i] = s;
        }
        return PyTuple.of(out);
    }

    // ---- timeouts -----------------------------------------------------------------------------

    @PyMethod(doc = "Returns the default timeout in seconds (float) for new socket objects.")
    public static PyObject getdefaulttimeout() {
        double t = PySocket.defaultTimeout;
        return t < 0 ? PyNone.NONE : PyFloat.of(t);
    }

    @PyMethod(doc = "Set the default timeout in seconds (float) for new socket objects.")
    public static void setdefaulttimeout(PyObject t) {
        PySocket.defaultTimeout = PySocket.timeoutArg(t);
    }

    // ---- byte order ---------------------------------------------------------------------------

    private static long intArg(PyObject x) {
        if (x instanceof PyFloat) throw PyErr.typeError("expected int, float found");
        return Abstract.index(x).value;
    }

    private static long short16(String fname, PyObject x) {
        PyInt i = Abstract.index(x);
        if (i.big != null ? i.big.signum() < 0 : i.value < 0) {
            throw PyErr.overflowError("%s: can't convert negative Python int to C 16-bit unsigned integer", fname);
        }
        if (i.big != null || i.value > 0xFFFF) {
            throw PyErr.overflowError("%s: Python int too large to convert to C 16-bit unsigned integer", fname);
        }
        return i.value;
    }

    private static long long32(PyObject x) {
        if (x instanceof PyFloat) throw PyErr.typeError("expected int, float found");
        PyInt i = Abstract.index(x);
        if (i.big != null ? i.big.signum() < 0 : i.value < 0) {
            throw PyErr.overflowError("can't convert negative value to unsigned int");
        }
        if (i.big != null || i.value > 0xFFFFFFFFL) throw PyErr.overflowError("int larger than 32 bits");
        return i.value;
    }

    @PyMethod(doc = "Convert a 16-bit unsigned integer from host to network byte order.")
    public static long htons(PyObject x) { return Short.reverseBytes((short) short16("htons", x)) & 0xFFFF; }

    @PyMethod(doc = "Convert a 16-bit unsigned integer from network to host byte order.")
    public static long ntohs(PyObject x) { return Short.reverseBytes((short) short16("ntohs", x)) & 0xFFFF; }

    @PyMethod(doc = "Convert a 32-bit integer from host to network byte order.")
    public static long htonl(PyObject x) { return Integer.reverseBytes((int) long32(x)) & 0xFFFFFFFFL; }

    @PyMethod(doc = "Convert a 32-bit integer from network to host byte order.")
    public static long ntohl(PyObject x) { return Integer.reverseBytes((int) long32(x)) & 0xFFFFFFFFL; }

    // ---- address text -------------------------------------------------------------------------

    @PyMethod(doc = "Convert an IP address in string format (123.45.67.89) to the 32-bit packed binary format used in low-level network functions.")
    public static PyObject inet_aton(PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw PyErr.typeError("inet_aton() argument 1 must be str, not %s", s.type.tpName());
        }
        byte[] b = InetText.aton(str.value);
        if (b == null) throw PyErr.format(PyExc.OSError, "illegal IP address string passed to inet_aton");
        return PyBytes.wrap(b);
    }

    @PyMethod(doc = "Convert an IP address from 32-bit packed binary format to string format.")
    public static String inet_ntoa(PyObject packed) {
        byte[] b = bytesArg(packed);
        if (b.length != 4) throw PyErr.format(PyExc.OSError, "packed IP wrong length for inet_ntoa");
        return (b[0] & 0xFF) + "." + (b[1] & 0xFF) + "." + (b[2] & 0xFF) + "." + (b[3] & 0xFF);
    }

    private static byte[] bytesArg(PyObject o) {
        if (o instanceof PyStr || !(o instanceof BytesLike)) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", o.type.tpName());
        }
        return BytesLike.exact(o);
    }

    @PyMethod(doc = "Convert an IP address from its family-specific string format to a packed, binary format.")
    public static PyObject inet_pton(PyObject family, PyObject s) {
        int f = PyInt.asInt(family);
        if (!(s instanceof PyStr str)) {
            throw PyErr.typeError("inet_pton() argument 2 must be str, not %s", s.type.tpName());
        }
        byte[] b;
        if (f == SockAddr.AF_INET) b = InetText.pton4(str.value);
        else if (f == SockAddr.AF_INET6) b = InetText.pton6(str.value);
        else throw NetErrors.errno(NetErrors.EAFNOSUPPORT);
        if (b == null) throw PyErr.format(PyExc.OSError, "illegal IP address string passed to inet_pton");
        return PyBytes.wrap(b);
    }

    @PyMethod(doc = "Convert a packed IP address of the given family to string format.")
    public static String inet_ntop(PyObject family, PyObject packed) {
        int f = PyInt.asInt(family);
        byte[] b = bytesArg(packed);
        if (f == SockAddr.AF_INET) {
            if (b.length != 4) throw PyErr.valueError("invalid length of packed IP address string");
            return inet_ntoa(packed);
        }
        if (f == SockAddr.AF_INET6) {
            if (b.length != 16) throw PyErr.valueError("invalid length of packed IP address string");
            return InetText.format(b);
        }
        throw PyErr.valueError("unknown address family %d", f);
    }

    // ---- host names ---------------------------------------------------------------------------

    @PyMethod(doc = "Return the current host's name.")
    public static String gethostname() {
        try {
            String h = Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
            if (!h.isEmpty()) return h;
        } catch (IOException | RuntimeException e) {
            // fall through to the JDK
        }
        try {
            return Blocking.call(() -> InetAddress.getLocalHost().getHostName());
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @PyMethod(doc = "Return the IP address (a string of the form '255.255.255.255') for a host.")
    public static String gethostbyname(PyObject host) {
        return SockAddr.resolveOne(SockAddr.hostArg(host), SockAddr.AF_INET).getHostAddress();
    }

    @PyMethod(doc = "Return the true host name, a list of aliases, and a list of IP addresses, for a host.")
    public static PyObject gethostbyname_ex(PyObject host) {
        String h = SockAddr.hostArg(host);
        List<PyObject> addrs = new ArrayList<>();
        if (h.isEmpty()) {
            addrs.add(PyStr.of("0.0.0.0"));
        } else {
            for (InetAddress a : SockAddr.resolve(h, SockAddr.AF_INET)) addrs.add(PyStr.of(a.getHostAddress()));
        }
        return PyTuple.of(PyStr.of(h), new PyList(), PyList.of(addrs));
    }

    @PyMethod(doc = "Return the true host name, a list of aliases, and a list of IP addresses, for a host.")
    public static PyObject gethostbyaddr(PyObject host) {
        String h = SockAddr.hostArg(host);
        InetAddress a = SockAddr.resolve(h.isEmpty() ? "0.0.0.0" : h, SockAddr.AF_UNSPEC).get(0);
        String ip = a instanceof java.net.Inet6Address ? InetText.format(a.getAddress()) : a.getHostAddress();
        String name = reverse(a);
        if (name == null) throw NetErrors.herror(1, "Unknown host");
        return PyTuple.of(PyStr.of(name), new PyList(), PyList.of(List.of(PyStr.of(ip))));
    }

    /** The name of an address by reverse lookup (without the GIL), or null. */
    private static String reverse(InetAddress a) {
        String name;
        try {
            name = Blocking.call(() -> InetAddress.getByAddress(a.getAddress()).getCanonicalHostName());
        } catch (UnknownHostException e) {
            return null;
        }
        InetAddress numeric = InetText.numeric(name);
        return numeric != null ? null : name;
    }

    /** getaddrinfo(host, port, family=0, type=0, proto=0, flags=0): 5-tuples with plain ints. */
    @PyMethod(doc = "Resolve host and port into addrinfo struct.")
    public static PyObject getaddrinfo(PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgParser.parse("getaddrinfo", args, kwnames,
                new String[] {"host", "port", "family", "type", "proto", "flags"}, 2);
        String host;
        if (a[0] == PyNone.NONE) host = null;
        else if (a[0] instanceof PyStr s) host = s.value;
        else if (a[0] instanceof PyBytes) host = SockAddr.hostArg(a[0]);
        else throw PyErr.typeError("getaddrinfo() argument 1 must be string or None");
        String service;
        if (a[1] == PyNone.NONE) service = null;
        else if (a[1] instanceof PyInt) service = Long.toString(PyInt.asLong(a[1]));
        else if (a[1] instanceof PyStr s) service = s.value;
        else if (a[1] instanceof PyBytes) service = SockAddr.hostArg(a[1]);
        else throw PyErr.format(PyExc.OSError, "Int or String expected");
        int family = a[2] == null ? 0 : PyInt.asInt(a[2]);
        int type = a[3] == null ? 0 : PyInt.asInt(a[3]);
        int proto = a[4] == null ? 0 : PyInt.asInt(a[4]);
        int flags = a[5] == null ? 0 : PyInt.asInt(a[5]);
        if (host == null && service == null) throw NetErrors.gai(NetErrors.EAI_NONAME);
        if (family != 0 && family != SockAddr.AF_INET && family != SockAddr.AF_INET6) {
            throw NetErrors.gai(NetErrors.EAI_FAMILY);
        }
        if (type < 0 || type > 3) throw NetErrors.gai(NetErrors.EAI_SOCKTYPE);

        // the (type, proto) pairs asked for
        int[][] kinds = {{1, 6}, {2, 17}, {3, 0}};
        List<int[]> socks = new ArrayList<>();
        for (int[] k : kinds) {
            if (type != 0 && k[0] != type) continue;
            if (proto != 0 && proto != k[1]) continue;
            socks.add(new int[] {k[0], proto != 0 ? proto : k[1]});
        }
        if (socks.isEmpty()) throw NetErrors.gai(NetErrors.EAI_SERVICE);

        // the port per (type, proto): a number, or a service name looked up per protocol
        int[] ports = new int[socks.size()];
        boolean numericPort = service == null || service.matches("[0-9]+");
        if (numericPort) {
            int p = service == null ? 0 : (int) (Long.parseLong(service) & 0xFFFF);
            java.util.Arrays.fill(ports, p);
        } else {
            if ((flags & AI_NUMERICSERV) != 0) throw NetErrors.gai(NetErrors.EAI_NONAME);
            boolean any = false;
            for (int i = 0; i < socks.size(); i++) {
                String protoName = socks.get(i)[0] == 1 ? "tcp" : socks.get(i)[0] == 2 ? "udp" : null;
                Integer p = protoName == null ? null : NetDb.servicePort(service, protoName);
                ports[i] = p == null ? -1 : p;
                any |= p != null;
            }
            if (!any) throw NetErrors.gai(NetErrors.EAI_SERVICE);
        }

        List<InetAddress> addrs = new ArrayList<>();
        try {
            if (host == null) {
                boolean passive = (flags & AI_PASSIVE) != 0;
                InetAddress v4 = InetAddress.getByAddress(passive ? new byte[4] : new byte[] {127, 0, 0, 1});
                byte[] six = new byte[16];
                if (!passive) six[15] = 1;
                InetAddress v6 = java.net.Inet6Address.getByAddress(null, six, 0);
                List<InetAddress> both = passive ? List.of(v4, v6) : List.of(v6, v4);
                for (InetAddress x : both) {
                    if (family == 0 || SockAddr.familyOf(x) == family) addrs.add(x);
                }
            } else if ((flags & AI_NUMERICHOST) != 0 && InetText.numeric(host) == null) {
                throw NetErrors.gai(NetErrors.EAI_NONAME);
            } else {
                addrs.addAll(SockAddr.resolve(host, family));
            }
        } catch (UnknownHostException e) {
            throw NetErrors.gai(NetErrors.EAI_NONAME);
        }
        List<PyObject> out = new ArrayList<>();
        boolean first = true;
        for (InetAddress addr : addrs) {
            int fam = SockAddr.familyOf(addr);
            for (int i = 0; i < socks.size(); i++) {
                if (ports[i] < 0) continue;
                String canon = "";
                if (first && (flags & AI_CANONNAME) != 0) canon = host == null ? "" : host;
                first = false;
                PyObject sa = SockAddr.format(new java.net.InetSocketAddress(addr, ports[i]), fam);
                out.add(PyTuple.of(PyInt.of(fam), PyInt.of(socks.get(i)[0]), PyInt.of(socks.get(i)[1]),
                        PyStr.of(canon), sa));
            }
        }
        return PyList.of(out);
    }

    @PyMethod(doc = "Get host and port for a sockaddr.")
    public static PyObject getnameinfo(PyObject sockaddr, PyObject flagsArg) {
        if (!(sockaddr instanceof PyTuple t)) throw PyErr.typeError("getnameinfo() argument 1 must be a tuple");
        if (t.size() < 2 || t.size() > 4) throw PyErr.typeError("getnameinfo(): illegal sockaddr argument");
        int flags = PyInt.asInt(flagsArg);
        String host = SockAddr.hostArg(t.get(0));
        long port = Abstract.index(t.get(1)).value;
        if (port < 0 || port > 65535) throw PyErr.overflowError("getnameinfo(): port must be 0-65535.");
        InetAddress a = InetText.numeric(host);
        if (a == null) throw NetErrors.gai(NetErrors.EAI_NONAME);
        String ip = a instanceof java.net.Inet6Address ? InetText.format(a.getAddress()) : a.getHostAddress();
        String name = ip;
        if ((flags & NI_NUMERICHOST) == 0) {
            String r = reverse(a);
            if (r != null) name = (flags & NI_NOFQDN) != 0 && r.indexOf('.') > 0 ? r.substring(0, r.indexOf('.')) : r;
            else if ((flags & NI_NAMEREQD) != 0) throw NetErrors.gai(NetErrors.EAI_NONAME);
        } else if ((flags & NI_NAMEREQD) != 0) {
            throw NetErrors.gai(NetErrors.EAI_NONAME);
        }
        String serv = Long.toString(port);
        if ((flags & NI_NUMERICSERV) == 0) {
            String s = NetDb.serviceName((int) port, (flags & NI_DGRAM) != 0 ? "udp" : "tcp");
            if (s != null) serv = s;
        }
        return PyTuple.of(PyStr.of(name), PyStr.of(serv));
    }

    // ---- services and protocols ---------------------------------------------------------------

    @PyMethod(optional = 1, doc = "Return a port number from a service name and protocol name.")
    public static long getservbyname(PyObject name, PyObject proto) {
        String n = strArg("getservbyname", 1, name);
        String p = proto == null ? null : strArg("getservbyname", 2, proto);
        Integer port = NetDb.servicePort(n, p);
        if (port == null) throw PyErr.format(PyExc.OSError, "service/proto not found");
        return port;
    }

    @PyMethod(optional = 1, doc = "Return the service name from a port number and protocol name.")
    public static String getservbyport(PyObject port, PyObject proto) {
        long p = Abstract.index(port).value;
        if (p < 0 || p > 65535) throw PyErr.overflowError("getservbyport: port must be 0-65535.");
        String pr = proto == null ? null : strArg("getservbyport", 2, proto);
        String name = NetDb.serviceName((int) p, pr);
        if (name == null) throw PyErr.format(PyExc.OSError, "port/proto not found");
        return name;
    }

    @PyMethod(doc = "Return the protocol number for the named protocol.")
    public static long getprotobyname(PyObject name) {
        Integer n = NetDb.protocol(strArg("getprotobyname", 1, name));
        if (n == null) throw PyErr.format(PyExc.OSError, "protocol not found");
        return n;
    }

    private static String strArg(String fname, int pos, PyObject o) {
        if (o instanceof PyStr s) return s.value;
        throw PyErr.typeError("%s() argument %d must be str, not %s", fname, pos, o.type.tpName());
    }
}
