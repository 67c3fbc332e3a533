package org.gilpy.modules.socket;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gilpy.modules.io.Endpoint;
import org.gilpy.vm.Blocking;

/**
 * One operating-system socket, shared by every descriptor that refers to it
 * ({@code dup}, {@code socket(fileno=...)}): a non-blocking NIO channel and the waits
 * that blocking calls and timeouts need.
 *
 * <p>A stream socket starts as a {@link SocketChannel}; {@code listen} replaces it with a
 * {@link ServerSocketChannel} bound to the same address (the JDK cannot turn one into the
 * other). Datagram sockets are a {@link DatagramChannel}. Channels are always
 * non-blocking: a blocking call tries the operation, and when it would block waits on a
 * selector of this socket (one for reads, one for writes, so that two threads can wait on
 * one socket at once) until it is ready or the deadline passes. The wait is
 * {@link Blocking#interruptibly}, so it runs without the GIL and a signal can cut a wait
 * of the main thread short (a selector wakes on a Java interrupt without closing
 * anything). All state is guarded by this object's monitor; waits do not hold it.
 */
final class SockHandle implements Endpoint {
    static final int SOCK_STREAM = 1, SOCK_DGRAM = 2;

    final int family, kind;
    private SocketChannel stream;
    private ServerSocketChannel server;
    private DatagramChannel dgram;
    /** Options set so far, applied again when listen replaces the channel. */
    private final Map<SocketOption<Object>, Object> options = new LinkedHashMap<>();
    private Selector readSelector, writeSelector;
    /** What MSG_PEEK read ahead: stream bytes, or one datagram and its sender (see recvFrom). */
    private ByteBuffer peekedStream, peekedDatagram;
    private SocketAddress peekedFrom;
    private boolean connecting, readShut, writeShut, closed;
    /** A socketpair end: its name is '' although the JDK bound it to a path (removed at once). */
    boolean unnamed;
    /** Descriptors referring to this socket. */
    private int refs = 1;

    SockHandle(int family, int kind) throws IOException {
        this.family = family;
        this.kind = kind;
        ProtocolFamily pf = protocolFamily(family);
        if (kind == SOCK_DGRAM) {
            if (family == SockAddr.AF_UNIX) throw new NetErrors.OsError(NetErrors.EPROTONOSUPPORT);
            dgram = DatagramChannel.open(pf);
            dgram.configureBlocking(false);
        } else {
            stream = SocketChannel.open(pf);
            stream.configureBlocking(false);
        }
    }

    /** A handle for a channel that accept returned. */
    private SockHandle(int family, SocketChannel accepted) throws IOException {
        this.family = family;
        this.kind = SOCK_STREAM;
        this.stream = accepted;
        accepted.configureBlocking(false);
    }

    static ProtocolFamily protocolFamily(int family) {
        return switch (family) {
            case SockAddr.AF_INET -> StandardProtocolFamily.INET;
            case SockAddr.AF_INET6 -> StandardProtocolFamily.INET6;
            default -> StandardProtocolFamily.UNIX;
        };
    }

    synchronized void retain() { refs++; }

    synchronized SelectableChannel current() throws IOException {
        if (closed) throw new NetErrors.OsError(org.gilpy.objects.PyOSError.EBADF);
        return stream != null ? stream : server != null ? server : dgram;
    }

    synchronized boolean listening() { return server != null; }

    // ---- waiting ------------------------------------------------------------------------------

    /** An operation that returns null when it would block. */
    interface Try<T> {
        T run() throws IOException;
    }

    /**
     * Runs op until it does not block: at once when timeout is 0 (EAGAIN if it would
     * block), else waiting for ops (SelectionKey.OP_*) up to timeout seconds (negative:
     * no limit; TimeoutError when it passes).
     */
    <T> T io(int ops, double timeout, Try<T> op) throws IOException {
        T r = op.run();
        if (r != null) return r;
        if (timeout == 0) throw new NetErrors.OsError(org.gilpy.objects.PyOSError.EAGAIN);
        long deadline = timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
        while (true) {
            if (!await(ops, deadline)) throw new Timeout();
            r = op.run();
            if (r != null) return r;
        }
    }

    /** The deadline passed (TimeoutError "timed out"). */
    static final class Timeout extends IOException {
        Timeout() {
            super("timed out");
        }
    }

    /** Waits until ops may be ready; false once the deadline has passed. */
    private boolean await(int ops, long deadline) throws IOException {
        Selector sel = selector(ops);
        try {
            // without a timeout, a socket call is restarted under SA_RESTART (signal.siginterrupt)
            return Blocking.interruptibly(() -> {
                long wait = 0;
                if (deadline != Long.MAX_VALUE) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) return false;
                    wait = Math.max(1, (left + 999_999) / 1_000_000);
                }
                try {
                    synchronized (sel) {   // one waiter at a time; the others queue here, without the GIL
                        sel.select(wait);
                        sel.selectedKeys().clear();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (Thread.interrupted()) throw new InterruptedException();
                return true;
            }, deadline == Long.MAX_VALUE);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (ClosedSelectorException e) {
            throw new NetErrors.OsError(org.gilpy.objects.PyOSError.EBADF);
        }
    }

    /** The selector for reads (accept, read) or writes (connect, write), registered for ops. */
    private synchronized Selector selector(int ops) throws IOException {
        SelectableChannel ch = current();
        boolean reading = (ops & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0;
        Selector sel = reading ? readSelector : writeSelector;
        if (sel == null) {
            sel = Selector.open();
            if (reading) readSelector = sel;
            else writeSelector = sel;
        }
        SelectionKey key = ch.keyFor(sel);
        if (key == null) ch.register(sel, ops);
        else if (key.interestOps() != ops) key.interestOps(ops);
        return sel;
    }

    /** Closes the selectors, which deregisters the channel so that closing it is immediate. */
    private void closeSelectors() throws IOException {
        Selector r = readSelector, w = writeSelector;
        readSelector = writeSelector = null;
        if (r != null) r.close();
        if (w != null) w.close();
    }

    // ---- operations ---------------------------------------------------------------------------

    synchronized void bind(SocketAddress addr) throws IOException {
        NetworkChannel ch = (NetworkChannel) current();
        if (ch.getLocalAddress() != null) throw new NetErrors.OsError(org.gilpy.objects.PyOSError.EINVAL);
        if (addr instanceof UnixDomainSocketAddress u && Files.exists(u.getPath(), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new NetErrors.OsError(NetErrors.EADDRINUSE);
        }
        ch.bind(addr);
    }

    /** listen(backlog): a stream socket becomes a server on the address it is bound to (any port if none). */
    synchronized void listen(int backlog) throws IOException {
        current();
        if (server != null) return;
        if (stream == null) throw new NetErrors.OsError(NetErrors.EOPNOTSUPP);
        if (stream.isConnected() || connecting) throw new NetErrors.OsError(org.gilpy.objects.PyOSError.EINVAL);
        SocketAddress local = stream.getLocalAddress();
        ServerSocketChannel s = ServerSocketChannel.open(protocolFamily(family));
        try {
            s.configureBlocking(false);
            if (family != SockAddr.AF_UNIX) {   // the JDK sets SO_REUSEADDR on servers; C does not
                s.setOption(java.net.StandardSocketOptions.SO_REUSEADDR, false);
            }
            for (var e : options.entrySet()) {
                if (s.supportedOptions().contains(e.getKey())) s.setOption(e.getKey(), e.getValue());
            }
            closeSelectors();
            stream.close();
            if (local instanceof UnixDomainSocketAddress u) Files.deleteIfExists(u.getPath());
            s.bind(local, Math.max(backlog, 0));
        } catch (IOException | RuntimeException e) {
            s.close();
            stream = null;
            closed = true;
            throw e;
        }
        stream = null;
        server = s;
    }

    /** accept(): the connected socket and its peer's address, waiting as the timeout says. */
    SockHandle accept(double timeout) throws IOException {
        ServerSocketChannel s;
        synchronized (this) {
            current();
            if (server == null) throw new NetErrors.OsError(org.gilpy.objects.PyOSError.EINVAL);
            s = server;
        }
        SocketChannel c = io(SelectionKey.OP_ACCEPT, timeout, s::accept);
        return new SockHandle(family, c);
    }

    /**
     * connect(addr): 0 once connected; waits as the timeout says (EINPROGRESS when
     * non-blocking, TimeoutError after the timeout, the socket then still connecting).
     */
    void connect(SocketAddress addr, double timeout) throws IOException {
        SocketChannel c;
        synchronized (this) {
            current();
            if (dgram != null) {
                dgram.connect(addr);
                return;
            }
            if (server != null) throw new NetErrors.OsError(NetErrors.EISCONN);
            c = stream;
            if (connecting) {
                if (!c.finishConnect()) throw new NetErrors.OsError(org.gilpy.objects.PyOSError.EALREADY);
                connecting = false;
                throw new NetErrors.OsError(NetErrors.EISCONN);
            }
            if (c.isConnected()) throw new NetErrors.OsError(NetErrors.EISCONN);
            try {
                if (c.connect(addr)) return;
            } catch (IOException | RuntimeException e) {
                renew();
                throw e;
            }
            connecting = true;
        }
        if (timeout == 0) throw new NetErrors.OsError(org.gilpy.objects.PyOSError.EINPROGRESS);
        try {
            io(SelectionKey.OP_CONNECT, timeout, () -> finishConnect(c) ? Boolean.TRUE : null);
        } catch (Timeout t) {
            throw t;
        } catch (IOException e) {
            synchronized (this) {
                connecting = false;
                renew();
            }
            throw e;
        }
    }

    /**
     * After a failed connect the JDK has closed the channel; a socket stays usable (connect
     * may be tried again, as after ECONNREFUSED in C), so a fresh channel takes its place.
     */
    private synchronized void renew() throws IOException {
        if (closed || stream == null || stream.isOpen()) return;
        closeSelectors();
        SocketChannel c = SocketChannel.open(protocolFamily(family));
        c.configureBlocking(false);
        for (var e : options.entrySet()) {
            if (c.supportedOptions().contains(e.getKey())) c.setOption(e.getKey(), e.getValue());
        }
        stream = c;
    }

    private synchronized boolean finishConnect(SocketChannel c) throws IOException {
        if (!c.finishConnect()) return false;
        connecting = false;
        return true;
    }

    /** SO_ERROR: the errno of a failed non-blocking connect (once), else 0. */
    synchronized int pendingError() {
        if (!connecting || stream == null) return 0;
        try {
            if (stream.finishConnect()) connecting = false;
            return 0;
        } catch (IOException e) {
            connecting = false;
            try {
                renew();
            } catch (IOException again) {
                // the socket stays closed; later calls say EBADF
            }
            return NetErrors.errnoOf(e);
        }
    }

    /** The stream channel, finishing a non-blocking connect that has completed. */
    private synchronized SocketChannel connectedStream() throws IOException {
        current();
        if (stream == null) throw new NetErrors.OsError(NetErrors.ENOTCONN);
        if (connecting && stream.finishConnect()) connecting = false;
        if (!stream.isConnected()) throw new NetErrors.OsError(NetErrors.ENOTCONN);
        return stream;
    }

    /** recv: up to buf.remaining() bytes (0 at end of stream); peek leaves them to be read again. */
    int recv(ByteBuffer buf, double timeout, boolean peek) throws IOException {
        int before = buf.position();
        recvFrom(buf, timeout, peek);
        return buf.position() - before;
    }

    /**
     * recvfrom: fills buf from the socket; returns the sender's address (null for a
     * stream socket). With peek the data is kept (MSG_PEEK): a stream keeps the bytes
     * read, a datagram socket the whole datagram and its sender, and the next receive
     * returns them first.
     */
    SocketAddress recvFrom(ByteBuffer buf, double timeout, boolean peek) throws IOException {
        if (kind == SOCK_DGRAM) {
            DatagramChannel d = datagram();
            synchronized (this) {
                if (peekedDatagram != null) {
                    copy(peekedDatagram.duplicate(), buf);
                    SocketAddress from = peekedFrom;
                    if (!peek) {
                        peekedDatagram = null;
                        peekedFrom = null;
                    }
                    return from;
                }
            }
            if (!peek) return io(SelectionKey.OP_READ, timeout, () -> d.receive(buf));
            ByteBuffer whole = ByteBuffer.allocate(65536);
            SocketAddress from = io(SelectionKey.OP_READ, timeout, () -> d.receive(whole));
            whole.flip();
            synchronized (this) {
                peekedDatagram = whole;
                peekedFrom = from;
            }
            copy(whole.duplicate(), buf);
            return from;
        }
        if (buf.remaining() == 0) return null;
        SocketChannel c = connectedStream();
        synchronized (this) {
            if (peekedStream != null) {
                if (buf.remaining() > peekedStream.remaining()) {   // what else has arrived, without waiting
                    ByteBuffer more = ByteBuffer.allocate(buf.remaining() - peekedStream.remaining());
                    if (c.read(more) > 0) {
                        more.flip();
                        ByteBuffer all = ByteBuffer.allocate(peekedStream.remaining() + more.remaining());
                        all.put(peekedStream).put(more).flip();
                        peekedStream = all;
                    }
                }
                ByteBuffer src = peek ? peekedStream.duplicate() : peekedStream;
                copy(src, buf);
                if (!peekedStream.hasRemaining()) peekedStream = null;
                return null;
            }
            if (readShut) return null;
        }
        ByteBuffer into = peek ? ByteBuffer.allocate(buf.remaining()) : buf;
        io(SelectionKey.OP_READ, timeout, () -> {
            int got = c.read(into);
            return got == 0 ? null : got;
        });
        if (peek) {
            into.flip();
            synchronized (this) {
                if (into.hasRemaining()) peekedStream = into;
                if (into.hasRemaining()) copy(into.duplicate(), buf);
            }
        }
        return null;
    }

    /** The most one stream write passes to the JDK, which copies a heap buffer's whole remainder each call. */
    private static final int MAX_WRITE = 1 << 18;

    /** Writes what the socket takes of at most MAX_WRITE bytes of buf (non-blocking). */
    private static int writeSome(SocketChannel c, ByteBuffer buf) throws IOException {
        int n = Math.min(buf.remaining(), MAX_WRITE);
        int k = c.write(buf.slice(buf.position(), n));
        buf.position(buf.position() + k);
        return k;
    }

    /** Copies as much of src as fits into dst. */
    private static void copy(ByteBuffer src, ByteBuffer dst) {
        int n = Math.min(src.remaining(), dst.remaining());
        ByteBuffer part = src.slice(src.position(), n);
        dst.put(part);
        src.position(src.position() + n);
    }

    /** True when MSG_PEEK has read data ahead that the next receive returns. */
    @Override
    public synchronized boolean readAhead() {
        return peekedStream != null || peekedDatagram != null;
    }

    private synchronized DatagramChannel datagram() throws IOException {
        current();
        return dgram;
    }

    /** send: some of buf (at least one byte unless buf is empty), waiting for room. */
    int send(ByteBuffer buf, double timeout) throws IOException {
        if (kind == SOCK_DGRAM) {
            DatagramChannel d = datagram();
            if (!d.isConnected()) throw new NetErrors.OsError(NetErrors.EDESTADDRREQ);
            int n = buf.remaining();
            if (n == 0) return d.write(buf);
            return io(SelectionKey.OP_WRITE, timeout, () -> {
                int k = d.write(buf);
                return k == 0 ? null : k;
            });
        }
        SocketChannel c;
        synchronized (this) {
            current();
            if (stream == null || !stream.isConnected() && !connecting) {
                throw new NetErrors.OsError(stream == null ? NetErrors.ENOTCONN : org.gilpy.objects.PyOSError.EPIPE);
            }
        }
        c = connectedStream();
        synchronized (this) {
            if (writeShut) throw new NetErrors.OsError(org.gilpy.objects.PyOSError.EPIPE);
        }
        if (!buf.hasRemaining()) return 0;
        return io(SelectionKey.OP_WRITE, timeout, () -> {
            int k = writeSome(c, buf);
            return k == 0 ? null : k;
        });
    }

    /** sendto for a datagram socket. */
    int sendTo(ByteBuffer buf, SocketAddress to, double timeout) throws IOException {
        if (kind != SOCK_DGRAM) {
            throw new NetErrors.OsError(connectedStream() != null ? NetErrors.EISCONN : NetErrors.ENOTCONN);
        }
        DatagramChannel d = datagram();
        if (d.isConnected() && !to.equals(d.getRemoteAddress())) throw new NetErrors.OsError(NetErrors.EISCONN);
        int n = buf.remaining();
        if (n == 0) return d.send(buf, to);
        return io(SelectionKey.OP_WRITE, timeout, () -> {
            int k = d.send(buf, to);
            return k == 0 ? null : k;
        });
    }

    synchronized void shutdown(int how) throws IOException {
        current();
        if (how < 0 || how > 2) throw new NetErrors.OsError(org.gilpy.objects.PyOSError.EINVAL);
        if (stream == null || !stream.isConnected()) throw new NetErrors.OsError(NetErrors.ENOTCONN);
        if (how != 1) {
            readShut = true;
            stream.shutdownInput();
        }
        if (how != 0) {
            writeShut = true;
            stream.shutdownOutput();
        }
    }

    synchronized SocketAddress localAddress() throws IOException {
        NetworkChannel ch = (NetworkChannel) current();
        return unnamed ? null : ch.getLocalAddress();
    }

    synchronized SocketAddress peerAddress() throws IOException {
        current();
        if (unnamed) return null;
        SocketAddress a = stream != null ? (stream.isConnected() ? stream.getRemoteAddress() : null)
                : dgram != null ? dgram.getRemoteAddress() : null;
        if (a == null) throw new NetErrors.OsError(NetErrors.ENOTCONN);
        return a;
    }

    @SuppressWarnings("unchecked")
    synchronized <T> void setOption(SocketOption<T> opt, T value) throws IOException {
        NetworkChannel ch = (NetworkChannel) current();
        if (!ch.supportedOptions().contains(opt)) {
            if (!(opt == java.net.StandardSocketOptions.TCP_NODELAY || opt == java.net.StandardSocketOptions.SO_KEEPALIVE)
                    || stream != null) {
                throw new NetErrors.OsError(NetErrors.ENOPROTOOPT);
            }
        } else {
            ch.setOption(opt, value);
        }
        options.put((SocketOption<Object>) (SocketOption<?>) opt, value);
    }

    @SuppressWarnings("unchecked")
    synchronized <T> T getOption(SocketOption<T> opt) throws IOException {
        NetworkChannel ch = (NetworkChannel) current();
        if (ch.supportedOptions().contains(opt)) return ch.getOption(opt);
        Object v = options.get(opt);
        if (v == null && opt.type() == Boolean.class) v = Boolean.FALSE;
        if (v == null) throw new NetErrors.OsError(NetErrors.ENOPROTOOPT);
        return (T) v;
    }

    // ---- the descriptor (Endpoint) --------------------------------------------------------------

    @Override
    public int read(byte[] b, int n) throws IOException {
        return recv(ByteBuffer.wrap(b, 0, n), -1, false);
    }

    @Override
    public void write(byte[] b, int n) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(b, 0, n);
        while (buf.hasRemaining()) send(buf, -1);
    }

    /** One descriptor is closed; the last one closes the socket. */
    @Override
    public void close() throws IOException {
        SelectableChannel ch;
        synchronized (this) {
            if (closed || --refs > 0) return;
            closed = true;
            ch = stream != null ? stream : server != null ? server : dgram;
            closeSelectors();
        }
        ch.close();
    }

    @Override
    public synchronized SelectableChannel channel() {
        if (closed) return null;
        return stream != null ? stream : server != null ? server : dgram;
    }

    @Override
    public synchronized int interest(boolean readIn) {
        if (server != null) return readIn ? SelectionKey.OP_ACCEPT : 0;
        if (readIn) return SelectionKey.OP_READ;
        return connecting ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
    }

    @Override
    public int poll() {
        SelectableChannel ch = channel();
        if (ch == null) return POLLNVAL;
        int in = interest(true), out = interest(false);
        try (Selector sel = Selector.open()) {
            SelectionKey key = ch.register(sel, in | out);
            sel.selectNow();
            int ready = key.isValid() ? key.readyOps() : 0;
            return ((ready & in) != 0 || readAhead() ? POLLIN : 0) | ((ready & out) != 0 ? POLLOUT : 0);
        } catch (IOException e) {
            return POLLERR;
        }
    }

    @Override
    public Watch watch(Runnable wake) {
        return () -> { };   // select waits on channel() instead
    }

    /** A connected pair of AF_UNIX stream sockets (the JDK binds the listener to a temporary path, removed at once). */
    static SockHandle[] pair(int family) throws IOException {
        SockHandle a, b;
        if (family == SockAddr.AF_UNIX) {
            try (ServerSocketChannel l = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                l.bind(null);
                UnixDomainSocketAddress where = (UnixDomainSocketAddress) l.getLocalAddress();
                SocketChannel c = SocketChannel.open(where);
                SocketChannel s = l.accept();
                Files.deleteIfExists(where.getPath());
                a = new SockHandle(family, c);
                b = new SockHandle(family, s);
                a.unnamed = b.unnamed = true;
            }
        } else {
            ProtocolFamily pf = protocolFamily(family);
            try (ServerSocketChannel l = ServerSocketChannel.open(pf)) {
                java.net.InetAddress lo = family == SockAddr.AF_INET6 ? java.net.InetAddress.getByName("::1")
                        : java.net.InetAddress.getByName("127.0.0.1");
                l.bind(new java.net.InetSocketAddress(lo, 0));
                SocketChannel c = SocketChannel.open(l.getLocalAddress());
                SocketChannel s = l.accept();
                a = new SockHandle(family, c);
                b = new SockHandle(family, s);
            }
        }
        return new SockHandle[] {a, b};
    }
}
