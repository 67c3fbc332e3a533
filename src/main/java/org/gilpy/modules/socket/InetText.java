package org.gilpy.modules.socket;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Numeric IP addresses as text, parsed and printed as glibc does (what CPython's
 * {@code inet_aton}, {@code inet_pton} and {@code inet_ntop} call): inet_aton's lenient
 * forms ({@code 127.1}, {@code 0x7f.0.0.1}, octal parts), strict dotted quads for
 * inet_pton, and IPv6 with {@code ::} and a trailing dotted quad, printed with the
 * longest run of zero groups compressed.
 */
final class InetText {
    private InetText() {}

    /** inet_aton: 4 bytes, or null when s is not an address; text after a space is ignored. */
    static byte[] aton(String s) {
        int sp = s.indexOf(' ');
        if (sp >= 0) s = s.substring(0, sp);
        if (s.isEmpty() || s.endsWith(".")) return null;
        String[] parts = s.split("\\.", -1);
        if (parts.length > 4) return null;
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = cNumber(parts[i]);
            if (v[i] < 0) return null;
        }
        long last = v[parts.length - 1];
        int lastBytes = 5 - parts.length;
        if (last >= 1L << (8 * lastBytes)) return null;
        long addr = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (v[i] > 255) return null;
            addr |= v[i] << (8 * (3 - i));
        }
        addr |= last;
        return new byte[] {(byte) (addr >>> 24), (byte) (addr >>> 16), (byte) (addr >>> 8), (byte) addr};
    }

    /** A C integer literal (0x hex, leading-0 octal, decimal) up to 32 bits, or -1. */
    private static long cNumber(String p) {
        if (p.isEmpty()) return -1;
        int radix = 10, i = 0;
        if (p.length() > 1 && p.charAt(0) == '0' && (p.charAt(1) == 'x' || p.charAt(1) == 'X')) {
            radix = 16;
            i = 2;
        } else if (p.charAt(0) == '0') {
            radix = 8;
        }
        long v = 0;
        if (i == p.length() && radix == 16) return 0;
        for (; i < p.length(); i++) {
            int d = Character.digit(p.charAt(i), radix);
            if (d < 0) return -1;
            v = v * radix + d;
            if (v > 0xFFFFFFFFL) return -1;
        }
        return v;
    }

    /** inet_pton(AF_INET): exactly four decimal parts 0-255 without leading zeros, or null. */
    static byte[] pton4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) return null;
        byte[] out = new byte[4];
        for (int i = 0; i < 4; i++) {
            String p = parts[i];
            if (p.isEmpty() || p.length() > 3 || p.length() > 1 && p.charAt(0) == '0') return null;
            int v = 0;
            for (char c : p.toCharArray()) {
                if (c < '0' || c > '9') return null;
                v = v * 10 + (c - '0');
            }
            if (v > 255) return null;
            out[i] = (byte) v;
        }
        return out;
    }

    /** inet_pton(AF_INET6): 16 bytes, or null. */
    static byte[] pton6(String s) {
        byte[] out = new byte[16];
        int dbl = s.indexOf("::");
        if (dbl >= 0 && s.indexOf("::", dbl + 1) >= 0) return null;
        String head = dbl >= 0 ? s.substring(0, dbl) : s;
        String tail = dbl >= 0 ? s.substring(dbl + 2) : "";
        int[] h = groups(head, dbl < 0 || tail.isEmpty());
        int[] t = dbl >= 0 ? groups(tail, true) : new int[0];
        if (h == null || t == null) return null;
        int n = h.length + t.length;
        if (dbl >= 0 ? n > 7 : n != 8) return null;
        for (int i = 0; i < h.length; i++) put(out, i, h[i]);
        for (int i = 0; i < t.length; i++) put(out, 8 - t.length + i, t[i]);
        return out;
    }

    private static void put(byte[] out, int group, int v) {
        out[2 * group] = (byte) (v >> 8);
        out[2 * group + 1] = (byte) v;
    }

    /** Colon-separated hex groups; the last may be a dotted quad (two groups) when allowed. */
    private static int[] groups(String s, boolean quadAllowed) {
        if (s.isEmpty()) return new int[0];
        String[] parts = s.split(":", -1);
        java.util.List<Integer> g = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && quadAllowed && p.indexOf('.') >= 0) {
                byte[] q = pton4(p);
                if (q == null) return null;
                g.add((q[0] & 0xFF) << 8 | q[1] & 0xFF);
                g.add((q[2] & 0xFF) << 8 | q[3] & 0xFF);
                continue;
            }
            if (p.isEmpty() || p.length() > 4) return null;
            int v = 0;
            for (char c : p.toCharArray()) {
                int d = Character.digit(c, 16);
                if (d < 0 || c > 'f') return null;
                v = v * 16 + d;
            }
            g.add(v);
        }
        return g.stream().mapToInt(Integer::intValue).toArray();
    }

    /** inet_ntop(AF_INET6) as glibc prints it. */
    static String format(byte[] a) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) w[i] = (a[2 * i] & 0xFF) << 8 | a[2 * i + 1] & 0xFF;
        int bestBase = -1, bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (w[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && w[j] == 0) j++;
            if (j - i > bestLen) {
                bestBase = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) bestBase = -1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLen) {
                if (i == bestBase) sb.append(':');
                continue;
            }
            if (i != 0) sb.append(':');
            if (i == 6 && bestBase == 0 && (bestLen == 6 || bestLen == 5 && w[5] == 0xFFFF)) {
                sb.append(a[12] & 0xFF).append('.').append(a[13] & 0xFF).append('.').append(a[14] & 0xFF)
                        .append('.').append(a[15] & 0xFF);
                break;
            }
            sb.append(Integer.toHexString(w[i]));
        }
        if (bestBase >= 0 && bestBase + bestLen == 8) sb.append(':');
        return sb.toString();
    }

    /** A numeric host (inet_aton form or IPv6, with an optional %scope) as an address, or null. */
    static InetAddress numeric(String host) {
        try {
            if (host.indexOf(':') >= 0) {
                int pct = host.indexOf('%');
                byte[] b = pton6(pct >= 0 ? host.substring(0, pct) : host);
                if (b == null) return null;
                if (pct >= 0) {
                    String scope = host.substring(pct + 1);
                    try {
                        return java.net.Inet6Address.getByAddress(null, b, Integer.parseInt(scope));
                    } catch (NumberFormatException e) {
                        return java.net.Inet6Address.getByAddress(null, b,
                                java.net.NetworkInterface.getByName(scope));
                    }
                }
                return java.net.Inet6Address.getByAddress(null, b, 0);
            }
            if (host.indexOf(' ') >= 0) return null;
            byte[] b = aton(host);
            return b == null ? null : InetAddress.getByAddress(b);
        } catch (UnknownHostException | java.net.SocketException | NullPointerException e) {
            return null;
        }
    }
}
