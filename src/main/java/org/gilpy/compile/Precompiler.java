package org.gilpy.compile;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.gilpy.bytecode.Code;
import org.gilpy.bytecode.CodeFile;
import org.gilpy.parse.SourceDecoder;

/**
 * The build step that compiles the standard library's Python sources into {@link CodeFile}s
 * ({@code x.py} beside {@code x.gpyc}), so that importing them skips the parser and the
 * compiler, which dominate a cold import. Run by Maven after the classes are compiled:
 * {@code java -cp target/classes org.gilpy.compile.Precompiler target/classes/org/gilpy/lib}.
 * Each module is compiled under the name the importer gives jar modules,
 * {@code <frozen dotted.name>}. A source that does not compile, or warns, fails the build.
 */
public final class Precompiler {
    private Precompiler() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
        // the compiler recurses over the syntax tree: give it the stack gilpy runs with
        Thread t = new Thread(null, () -> {
            try {
                System.out.println("gilpy: precompiled " + compileTree(root) + " modules under " + root);
            } catch (IOException | RuntimeException e) {
                failure.set(e);
            }
        }, "precompile", 16L << 20);
        t.start();
        t.join();
        if (failure.get() != null) {
            failure.get().printStackTrace();
            System.exit(1);
        }
    }

    /** Compiles every .py under root; returns how many. */
    static int compileTree(Path root) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        for (Path p : sources) {
            byte[] raw = Files.readAllBytes(p);
            String filename = "<frozen " + moduleName(root.relativize(p)) + ">";
            List<CompileWarning> warnings = new ArrayList<>();
            Code code = Compiler.compile(SourceDecoder.decode(raw, p.toString()), filename, "exec", warnings);
            if (!warnings.isEmpty()) {
                throw new IllegalStateException(p + ": compile-time warning " + warnings.get(0));
            }
            Path out = p.resolveSibling(CodeFile.resourceFor(p.getFileName().toString()));
            try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out)))) {
                CodeFile.write(code, crc(raw), o);
            }
        }
        return sources.size();
    }

    /** "json/decoder.py" is json.decoder; "json/__init__.py" is json. */
    static String moduleName(Path relative) {
        String s = relative.toString().replace('\\', '/');
        s = s.substring(0, s.length() - ".py".length());
        if (s.endsWith("/__init__")) s = s.substring(0, s.length() - "/__init__".length());
        return s.replace('/', '.');
    }

    public static int crc(byte[] raw) {
        CRC32 c = new CRC32();
        c.update(raw);
        return (int) c.getValue();
    }
}
