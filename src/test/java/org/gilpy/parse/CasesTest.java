package org.gilpy.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of {@code cases/*.txt}: gilpy's tree (as {@link AstDump}) or SyntaxError must
 * equal what CPython 3.11 gives, as recorded by {@code cases/regen_cases.py}. One
 * container per file, so a failing file names the area that broke.
 */
class CasesTest {
    @TestFactory
    Stream<DynamicContainer> cases() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(CaseFiles.DIR)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        return files.stream().map(f -> {
            try {
                List<CaseFiles.Case> cases = CaseFiles.read(f);
                return DynamicContainer.dynamicContainer(f.getFileName().toString(), cases.stream().map(c ->
                        DynamicTest.dynamicTest(c.name(), () -> assertEquals(c.expected(), CaseFiles.actual(c)))));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
