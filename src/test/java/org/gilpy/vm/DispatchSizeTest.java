package org.gilpy.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.CodeModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * HotSpot does not JIT-compile a method whose bytecode exceeds 8000 bytes
 * ({@code -XX:-DontCompileHugeMethods} is off by default), and an interpreted dispatch
 * loop would make every Python program many times slower. Reads Eval.class and fails
 * when the loop grows past the limit; the margin below it is printed so growth shows.
 */
class DispatchSizeTest {
    static final int HUGE_METHOD_LIMIT = 8000;

    static int codeLength(String method) throws IOException {
        ClassModel cm = ClassFile.of().parse(Files.readAllBytes(Path.of("target/classes/org/gilpy/vm/Eval.class")));
        for (MethodModel m : cm.methods()) {
            if (!m.methodName().equalsString(method)) continue;
            CodeModel code = m.code().orElseThrow();
            return ((CodeAttribute) code).codeLength();
        }
        throw new AssertionError("Eval has no method " + method);
    }

    @Test
    void dispatchLoopStaysCompilable() throws IOException {
        int n = codeLength("execute");
        System.out.println("Eval.execute: " + n + " bytes of bytecode (limit " + HUGE_METHOD_LIMIT + ")");
        assertTrue(n < HUGE_METHOD_LIMIT, "Eval.execute has " + n + " bytes of bytecode; HotSpot compiles only "
                + "methods under " + HUGE_METHOD_LIMIT + ". Move work out of the loop into EvalOps.");
    }
}
