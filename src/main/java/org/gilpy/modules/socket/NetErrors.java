package org.gilpy.modules.socket;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.nio.channels.AlreadyBoundException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnsupportedAddressTypeException;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyDict;
import org.gilpy.objects.PyErr;
import org.gilpy.objects.PyExc;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyInt;
import org.gilpy.objects.PyOSError;
import org.gilpy.objects.PyStr;
import org.gilpy.objects.PyTuple;
import org.gilpy.objects.PyType;

/**
 * The errors of the socket module as CPython raises them: an OSError (or the subclass
 * its errno selects) with Linux's errno and message, {@code socket.gaierror} with the
 * getaddrinfo codes ({@code [Errno -2] Name or service not known}), {@code socket.herror},
 * and {@code TimeoutError('timed out')}. Java's exceptions are mapped to errno by type,
 * then by message.
 */
final class NetErrors {
    private NetErrors() {}

    static final int ENOTSOCK = 88, EDESTADDRREQ = 89, EMSGSIZE = 90, ENOPROTOOPT = 92, EPROTONOSUPPORT = 93,
            EOPNOTSUPP = 95, EAFNOSUPPORT = 97, EADDRINUSE = 98, EADDRNOTAVAIL = 99, ENETUNREACH = 101,
            EISCONN = 106, ENOTCONN = 107, EHOSTUNREACH = 113;

    /** getaddrinfo's error codes (glibc). */
    static final int EAI_BADFLAGS = -1, EAI_NONAME = -2, EAI_AGAIN = -3, EAI_FAIL = -4, EAI_FAMILY = -6,
            EAI_SOCKTYPE = -7, EAI_SERVICE = -8, EAI_ADDRFAMILY = -9;

    static final PyType GAIERROR = errorType("gaierror");
    static final PyType HERROR = errorType("herror");

    private static PyType errorType(String name) {
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__module__"), PyStr.of("socket"));
        return (PyType) Abstract.call(PyType.TYPE, PyStr.of(name), PyTuple.of(PyExc.OSError), ns);
    }

    static String strerror(int errno) {
        return switch (errno) {
            case ENOTSOCK -> "Socket operation on non-socket";
            case EDESTADDRREQ -> "Destination address required";
            case EMSGSIZE -> "Message too long";
            case ENOPROTOOPT -> "Protocol not available";
            case EPROTONOSUPPORT -> "Protocol not supported";
            case EOPNOTSUPP -> "Operation not supported";
            case EAFNOSUPPORT -> "Address family not supported by protocol";
            case EADDRINUSE -> "Address already in use";
            case EADDRNOTAVAIL -> "Cannot assign requested address";
            case ENETUNREACH -> "Network is unreachable";
            case EISCONN -> "Transport endpoint is already connected";
            case ENOTCONN -> "Transport endpoint is not connected";
            case EHOSTUNREACH -> "No route to host";
            default -> PyOSError.strerror(errno);
        };
    }

    static PyException errno(int errno) {
        return PyErr.oserror(errno, strerror(errno));
    }

    static PyException timeout() {
        return PyErr.withArgs(PyExc.TimeoutError, PyStr.of("timed out"));
    }

    static PyException gai(int code) {
        String msg = switch (code) {
            case EAI_BADFLAGS -> "Bad value for ai_flags";
            case EAI_NONAME -> "Name or service not known";
            case EAI_AGAIN -> "Temporary failure in name resolution";
            case EAI_FAIL -> "Non-recoverable failure in name resolution";
            case EAI_FAMILY -> "ai_family not supported";
            case EAI_SOCKTYPE -> "ai_socktype not supported";
            case EAI_SERVICE -> "Servname not supported for ai_socktype";
            case EAI_ADDRFAMILY -> "Address family for hostname not supported";
            default -> "Unknown error";
        };
        return PyErr.withArgs(GAIERROR, PyInt.of(code), PyStr.of(msg));
    }

    static PyException herror(int code, String msg) {
        return PyErr.withArgs(HERROR, PyInt.of(code), PyStr.of(msg));
    }

    /** The errno CPython would see where Java threw e. */
    static int errnoOf(Throwable e) {
        if (e instanceof ClosedChannelException || e instanceof ClosedSelectorException) return PyOSError.EBADF;
        if (e instanceof NotYetConnectedException) return ENOTCONN;
        if (e instanceof AlreadyConnectedException) return EISCONN;
        if (e instanceof ConnectionPendingException) return PyOSError.EALREADY;
        if (e instanceof AlreadyBoundException || e instanceof NotYetBoundException) return PyOSError.EINVAL;
        if (e instanceof UnsupportedAddressTypeException) return EAFNOSUPPORT;
        if (e instanceof PortUnreachableException) return PyOSError.ECONNREFUSED;
        String m = String.valueOf(e.getMessage());
        if (m.contains("Address already in use")) return EADDRINUSE;
        if (m.contains("Cannot assign requested address")) return EADDRNOTAVAIL;
        if (m.contains("Connection refused")) return PyOSError.ECONNREFUSED;
        if (m.contains("Connection reset")) return PyOSError.ECONNRESET;
        if (m.contains("Broken pipe")) return PyOSError.EPIPE;
        if (m.contains("Network is unreachable")) return ENETUNREACH;
        if (m.contains("No route to host") || e instanceof NoRouteToHostException) return EHOSTUNREACH;
        if (m.contains("Connection timed out")) return PyOSError.ETIMEDOUT;
        if (m.contains("Permission denied")) return PyOSError.EACCES;
        if (m.contains("Protocol family unavailable") || m.contains("family not supported")) return EAFNOSUPPORT;
        if (m.contains("Message too long")) return EMSGSIZE;
        if (m.contains("not connected")) return ENOTCONN;
        if (m.contains("No such file or directory")) return PyOSError.ENOENT;
        if (m.contains("Invalid argument")) return PyOSError.EINVAL;
        if (m.contains("Protocol not available")) return ENOPROTOOPT;
        if (m.contains("Too many open files")) return PyOSError.EMFILE;
        if (e instanceof BindException) return EADDRINUSE;
        if (e instanceof ConnectException) return PyOSError.ECONNREFUSED;
        return PyOSError.EIO;
    }

    /** The OSError for a failed socket operation. */
    static PyException of(Throwable e) {
        if (e instanceof OsError o) return errno(o.errno);
        return errno(errnoOf(e));
    }

    /** A failure that already knows its errno (thrown inside blocking sections). */
    static final class OsError extends IOException {
        final int errno;

        OsError(int errno) {
            super(strerror(errno));
            this.errno = errno;
        }
    }
}
