package org.gilpy.modules.socket;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The services and protocols databases ({@code /etc/services}, {@code /etc/protocols}),
 * read once, as getservbyname and getprotobyname read them: an entry is a name, a number
 * (with {@code /protocol} for services) and aliases; {@code #} starts a comment.
 */
final class NetDb {
    private NetDb() {}

    private record Service(String name, List<String> aliases, int port, String proto) {}

    private static volatile List<Service> services;
    private static volatile List<String[]> protocols;

    private static List<String[]> lines(String file) {
        List<String[]> out = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of(file), java.nio.charset.StandardCharsets.ISO_8859_1)) {
                int hash = line.indexOf('#');
                if (hash >= 0) line = line.substring(0, hash);
                String[] f = line.trim().split("\\s+");
                if (f.length >= 2) out.add(f);
            }
        } catch (IOException e) {
            // no database: nothing is found
        }
        return out;
    }

    private static List<Service> services() {
        List<Service> s = services;
        if (s == null) {
            s = new ArrayList<>();
            for (String[] f : lines("/etc/services")) {
                int slash = f[1].indexOf('/');
                if (slash < 0) continue;
                try {
                    int port = Integer.parseInt(f[1].substring(0, slash));
                    s.add(new Service(f[0], List.of(f).subList(2, f.length), port, f[1].substring(slash + 1)));
                } catch (NumberFormatException e) {
                    // skip a malformed line
                }
            }
            services = s;
        }
        return s;
    }

    /** The port of a service name (or alias) for proto (null: any), or null. */
    static Integer servicePort(String name, String proto) {
        for (Service s : services()) {
            if ((proto == null || s.proto.equals(proto)) && (s.name.equals(name) || s.aliases.contains(name))) {
                return s.port;
            }
        }
        return null;
    }

    /** The name of the service on port for proto (null: any), or null. */
    static String serviceName(int port, String proto) {
        for (Service s : services()) {
            if (s.port == port && (proto == null || s.proto.equals(proto))) return s.name;
        }
        return null;
    }

    /** The number of a protocol name (or alias), or null. */
    static Integer protocol(String name) {
        List<String[]> p = protocols;
        if (p == null) protocols = p = lines("/etc/protocols");
        for (String[] f : p) {
            for (int i = 0; i < f.length; i++) {
                if (i != 1 && f[i].equals(name)) {
                    try {
                        return Integer.parseInt(f[1]);
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
