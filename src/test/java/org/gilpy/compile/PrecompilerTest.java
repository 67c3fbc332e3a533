package org.gilpy.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gilpy.bytecode.Code;
import org.gilpy.bytecode.CodeFile;
import org.gilpy.bytecode.Disassembler;
import org.gilpy.parse.SourceDecoder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link CodeFile} round trips and {@link Precompiler}'s naming: every module of the
 * standard library, compiled, written and read back, gives the same code object (its
 * full disassembly with positions, names and constants, recursively).
 */
class PrecompilerTest {
    private static final Path LIB = Path.of("src", "main", "resources", "org", "gilpy", "lib");

    @TestFactory
    Stream<DynamicTest> everyLibraryModuleRoundTrips() throws IOException {
        try (Stream<Path> files = Files.walk(LIB)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(LIB.relativize(p).toString(), () -> roundTrip(p)));
        }
    }

    private static void roundTrip(Path p) throws IOException {
        byte[] raw = Files.readAllBytes(p);
        Code code = Compiler.compile(SourceDecoder.decode(raw, p.toString()), "<frozen m>", "exec");
        int crc = Precompiler.crc(raw);
        Code back = CodeFile.read(new DataInputStream(new ByteArrayInputStream(bytes(code, crc))), crc);
        assertNotNull(back);
        assertEquals(listing(code), listing(back));
    }

    private static String listing(Code c) {
        return new Disassembler().positions(true).details(true).disassemble(c) + exceptionTables(c);
    }

    private static String exceptionTables(Code c) {
        StringBuilder b = new StringBuilder(java.util.Arrays.toString(c.exceptionTable));
        for (Object k : c.consts) if (k instanceof Code nested) b.append(exceptionTables(nested));
        return b.toString();
    }

    private static byte[] bytes(Code code, int crc) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(b)) {
            CodeFile.write(code, crc, out);
        }
        return b.toByteArray();
    }

    @Test
    void everyKindOfConstantSurvives() throws IOException {
        String src = "a = (None, ..., True, False, 7, -2**70, 1.5, -0.0, float('nan'), 2j, 'x\\ud800y', b'\\x00\\xff',"
                + " ('t', (1,)), 10**40)\ndef f(x, /, y, *a, k=1, **kw):\n    def g(): return x\n    return g\n"
                + "try:\n    pass\nexcept Exception as e:\n    raise\nf(**{'y': 1})\n";
        Code code = Compiler.compile(src, "<frozen t>", "exec");
        Code back = CodeFile.read(new DataInputStream(new ByteArrayInputStream(bytes(code, 5))), 5);
        assertEquals(listing(code), listing(back));
        assertArrayEquals(code.cellToArg, back.cellToArg);
        Code f = (Code) java.util.Arrays.stream(back.consts).filter(k -> k instanceof Code).findFirst().orElseThrow();
        assertEquals(1, f.posOnlyArgCount);
        assertTrue(f.cellvars.length > 0);
    }

    @Test
    void anotherSourceOrVersionIsRefused() throws IOException {
        Code code = Compiler.compile("x = 1\n", "<frozen t>", "exec");
        byte[] b = bytes(code, 42);
        assertNull(CodeFile.read(new DataInputStream(new ByteArrayInputStream(b)), 43));
        b[7] ^= 1;  // the version word
        assertNull(CodeFile.read(new DataInputStream(new ByteArrayInputStream(b)), 42));
    }

    @Test
    void moduleNamesAsTheImporterGivesThem() {
        assertEquals("json.decoder", Precompiler.moduleName(Path.of("json", "decoder.py")));
        assertEquals("json", Precompiler.moduleName(Path.of("json", "__init__.py")));
        assertEquals("os", Precompiler.moduleName(Path.of("os.py")));
        assertEquals("x/y.gpyc", CodeFile.resourceFor("x/y.py"));
    }
}
