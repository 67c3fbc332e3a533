package org.gilpy.vm;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The build compiled every module of the standard library (Precompiler, run by Maven before
 * the tests), and the importer takes that code for the source it was made from, and only
 * for that source.
 */
class PrecompiledImportTest {
    private static final Path LIB = Path.of("src", "main", "resources", "org", "gilpy", "lib");

    @TestFactory
    Stream<DynamicTest> everyLibraryModuleIsPrecompiled() throws IOException {
        try (Stream<Path> files = Files.walk(LIB)) {
            return files.filter(p -> p.toString().endsWith(".py")).sorted().toList().stream().map(p -> {
                String resource = "org/gilpy/lib/" + LIB.relativize(p).toString().replace('\\', '/');
                return DynamicTest.dynamicTest(resource,
                        () -> assertNotNull(Importer.precompiled(resource, Files.readAllBytes(p))));
            });
        }
    }

    @Test
    void anEditedSourceIsCompiledAfresh() throws IOException {
        byte[] raw = Files.readAllBytes(LIB.resolve("keyword.py"));
        byte[] edited = java.util.Arrays.copyOf(raw, raw.length + 1);
        edited[raw.length] = '\n';
        assertNull(Importer.precompiled("org/gilpy/lib/keyword.py", edited));
        assertNull(Importer.precompiled("org/gilpy/lib/no_such_module.py", raw));
    }
}
