package org.gilpy.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gilpy.bytecode.Code;
import org.gilpy.bytecode.Disassembler;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden disassembly: every src/test/dis/NAME.py is compiled and its listing (with
 * positions and per-code details) must equal NAME.dis beside it. After an intended
 * change to the compiler, regenerate all listings with
 * <pre>./bin/mvn25 -o test -Dtest=DisassemblyGoldenTest -Dgilpy.regen=true</pre>
 * and review the diff. Every program's code must also pass the {@link CodeVerifier}.
 */
class DisassemblyGoldenTest {
    static final Path DIR = Path.of("src", "test", "dis");

    @TestFactory
    Stream<DynamicTest> listingsMatch() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(DIR)) {
            files = list.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    static String listing(Path py) throws IOException {
        String source = Files.readString(py, StandardCharsets.UTF_8);
        Code code = Compiler.compile(source, py.getFileName().toString(), "exec");
        List<String> problems = CodeVerifier.verify(code, (int) source.lines().count() + 1);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        return new Disassembler().positions(true).details(true).disassemble(code);
    }

    private static void check(Path py) throws IOException {
        String actual = listing(py);
        String name = py.getFileName().toString();
        Path dis = py.resolveSibling(name.substring(0, name.length() - 3) + ".dis");
        if (Boolean.getBoolean("gilpy.regen")) {
            Files.writeString(dis, actual, StandardCharsets.UTF_8);
            return;
        }
        String expected = Files.exists(dis) ? Files.readString(dis, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, dis + " differs; after reviewing, regenerate with "
                + "./bin/mvn25 -o test -Dtest=DisassemblyGoldenTest -Dgilpy.regen=true");
    }
}
