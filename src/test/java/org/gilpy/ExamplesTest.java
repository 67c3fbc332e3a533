package org.gilpy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code examples/<name>.py} runs as a real gilpy process ({@link GilpyProcess})
 * and must print exactly {@code examples/<name>.out}, write nothing on stderr and exit
 * with status 0 (see examples/README.md). Examples whose output depends on scheduling
 * check themselves with {@code assert} and print fixed lines, so a broken property
 * fails here as an AssertionError on stderr.
 *
 * <p>The examples run one at a time: several of them measure elapsed time, and a
 * second program competing for the two cores of the project machine would blur it.
 */
class ExamplesTest {
    static final Path ROOT = Path.of("examples");
    static final long TIMEOUT_SECONDS = 120;

    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path example : programs()) {
            String name = example.getFileName().toString();
            tests.add(DynamicTest.dynamicTest(name, example.toUri(), () -> {
                String mismatch = GilpyProcess.mismatch(example, "examples/" + name,
                        GilpyProcess.run(example, TIMEOUT_SECONDS), TIMEOUT_SECONDS);
                if (mismatch != null) fail(mismatch);
            }));
        }
        return tests.stream();
    }

    /** Every example has its expected output beside it, even when that is one fixed line. */
    @Test
    void everyExampleHasExpectedOutput() throws IOException {
        List<Path> examples = programs();
        assertFalse(examples.isEmpty(), "no examples found in " + ROOT.toAbsolutePath());
        for (Path example : examples) {
            if (!Files.exists(GilpyProcess.sibling(example, ".out"))) {
                fail(example + " has no " + GilpyProcess.sibling(example, ".out").getFileName());
            }
        }
    }

    static List<Path> programs() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".py")).sorted().toList();
        }
    }
}
