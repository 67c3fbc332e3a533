package org.gilpy.modules.socket;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.BytesLike;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyObject;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.vm.Blocking;

/**
 * Socket addresses between Python and Java: {@code (host, port)} for AF_INET,
 * {@code (host, port, flowinfo, scope_id)} for AF_INET6, a path (str or bytes) for
 * AF_UNIX, with CPython's messages for malformed ones. Host names are resolved here
 * (without the GIL); numeric addresses are parsed by {@link InetText}, never resolved.
 */
final class SockAddr {
    private SockAddr() {}

    static final int AF_UNSPEC = 0, AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10;

    /** A Python address for family as a Java one; caller names the method in messages ("bind"). */
    static SocketAddress parse(int family, PyObject addr, String caller) {
        switch (family) {
            case AF_UNIX -> {
                if (addr instanceof PyStr s) return UnixDomainSocketAddress.of(s.value);
                if (addr instanceof BytesLike) {
                    return UnixDomainSocketAddress.of(new String(BytesLike.exact(addr), StandardCharsets.UTF_8));
                }
                throw PyErr.typeError("a bytes-like object is required, not '%s'", addr.type.tpName());
            }
            case AF_INET, AF_INET6 -> {
                String fam = family == AF_INET ? "AF_INET" : "AF_INET6";
                if (!(addr instanceof PyTuple t)) {
                    throw PyErr.typeError("%s(): %s address must be tuple, not %s", caller, fam, addr.type.tpName());
                }
                if (family == AF_INET ? t.size() != 2 : t.size() < 2 || t.size() > 4) {
                    throw PyErr.typeError(family == AF_INET ? "AF_INET address must be a pair (host, port)"
                            : "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                }
                String host = hostArg(t.get(0));
                long port = Abstract.index(t.get(1)).value;
                if (port < 0 || port > 65535) throw PyErr.overflowError("%s(): port must be 0-65535.", caller);
                if (t.size() >= 3) {
                    long flow = Abstract.index(t.get(2)).value;
                    if (flow < 0 || flow > 0xFFFFF) throw PyErr.overflowError("%s(): flowinfo must be 0-1048575.", caller);
                }
                int scope = t.size() == 4 ? (int) Abstract.index(t.get(3)).value : 0;
                InetAddress a = resolveOne(host, family);
                if (scope != 0 && a instanceof Inet6Address) {
                    try {
                        a = Inet6Address.getByAddress(null, a.getAddress(), scope);
                    } catch (UnknownHostException e) {
                        throw NetErrors.gai(NetErrors.EAI_NONAME);
                    }
                }
                return new InetSocketAddress(a, (int) port);
            }
            default -> throw NetErrors.errno(NetErrors.EAFNOSUPPORT);
        }
    }

    /** A host argument: str, bytes or bytearray. */
    static String hostArg(PyObject h) {
        if (h instanceof PyStr s) return s.value;
        if (h instanceof BytesLike && !h.type.name.equals("memoryview")) {
            return new String(BytesLike.exact(h), StandardCharsets.ISO_8859_1);
        }
        throw PyErr.typeError("str, bytes or bytearray expected, not %s", h.type.tpName());
    }

    /** The address of host for an address (AF_INET, AF_INET6): '' is any, '<broadcast>' is broadcast. */
    static InetAddress resolveOne(String host, int family) {
        byte[] raw = null;
        if (host.isEmpty()) raw = new byte[family == AF_INET6 ? 16 : 4];
        else if (host.equals("<broadcast>") && family == AF_INET) raw = new byte[] {-1, -1, -1, -1};
        if (raw != null) {
            try {
                return InetAddress.getByAddress(raw);
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        for (InetAddress a : resolve(host, family)) return a;
        throw NetErrors.gai(NetErrors.EAI_ADDRFAMILY);
    }

    /** All addresses of host in family (AF_UNSPEC: all), numeric hosts without a lookup. */
    static java.util.List<InetAddress> resolve(String host, int family) {
        InetAddress numeric = InetText.numeric(host);
        InetAddress[] all;
        if (numeric != null) {
            all = new InetAddress[] {numeric};
        } else {
            if (host.isEmpty() || host.indexOf('\0') >= 0) throw NetErrors.gai(NetErrors.EAI_NONAME);
            try {
                all = Blocking.call(() -> InetAddress.getAllByName(host));
            } catch (UnknownHostException e) {
                throw NetErrors.gai(NetErrors.EAI_NONAME);
            }
        }
        java.util.List<InetAddress> out = new java.util.ArrayList<>();
        for (InetAddress a : all) {
            if (family == AF_UNSPEC || family == familyOf(a)) out.add(a);
        }
        if (out.isEmpty()) throw NetErrors.gai(numeric != null ? NetErrors.EAI_ADDRFAMILY : NetErrors.EAI_NONAME);
        return out;
    }

    static int familyOf(InetAddress a) {
        return a instanceof Inet4Address ? AF_INET : AF_INET6;
    }

    /** A Java address as Python shows it for family. */
    static PyObject format(SocketAddress sa, int family) {
        if (sa == null) {
            return switch (family) {
                case AF_UNIX -> PyStr.of("");
                case AF_INET6 -> PyTuple.of(PyStr.of("::"), PyInt.of(0), PyInt.of(0), PyInt.of(0));
                default -> PyTuple.of(PyStr.of("0.0.0.0"), PyInt.of(0));
            };
        }
        if (sa instanceof UnixDomainSocketAddress u) return PyStr.of(u.getPath().toString());
        InetSocketAddress in = (InetSocketAddress) sa;
        InetAddress a = in.getAddress();
        if (family == AF_INET6 && a instanceof Inet4Address) {   // an IPv4 peer of a dual-stack socket
            return PyTuple.of(PyStr.of("::ffff:" + a.getHostAddress()), PyInt.of(in.getPort()), PyInt.of(0),
                    PyInt.of(0));
        }
        if (a instanceof Inet6Address a6) {
            return PyTuple.of(PyStr.of(InetText.format(a6.getAddress())), PyInt.of(in.getPort()), PyInt.of(0),
                    PyInt.of(a6.getScopeId()));
        }
        return PyTuple.of(PyStr.of(a.getHostAddress()), PyInt.of(in.getPort()));
    }
}
