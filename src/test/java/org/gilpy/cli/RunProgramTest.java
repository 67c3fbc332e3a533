package org.gilpy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gilpy.modules.BuiltinsModule;
import org.gilpy.modules.ModuleRegistry;
import org.gilpy.modules.SysModule;
import org.gilpy.modules.io.StdStreams;
import org.gilpy.objects.Abstract;
import org.gilpy.objects.PyException;
import org.gilpy.objects.PyObject;
import org.gilpy.vm.Interpreter;
import org.gilpy.vm.TracebackPrinter;
import org.junit.jupiter.api.Test;

/**
 * Runs small programs through the whole pipeline in-process and compares stdout with
 * what CPython 3.11 prints. Each case pins a behaviour that once broke; the golden
 * corpus (src/test/python) takes over once its runner exists.
 */
class RunProgramTest {
    static String run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StdStreams.Streams std = StdStreams.over(new ByteArrayInputStream(new byte[0]), out, out, false);
        PyObject stdout = std.stdout();
        ModuleRegistry.registerAll();
        Interpreter.init(SysModule.create(List.of("t.py"), List.of("", "<jar>"), SysModule.Flags.DEFAULT,
                std.stdin(), stdout, std.stderr()), BuiltinsModule.create());
        try {
            Interpreter.runMain(Interpreter.compile(source, "t.py", "exec"), null);
        } catch (PyException e) {
            Abstract.callMethod(stdout, "write", org.gilpy.objects.PyStr.of(TracebackPrinter.format(e.value)));
        }
        Abstract.callMethod(stdout, "flush");
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void reraiseInsideProtectedRegionsTerminates() {
        assertEquals("finally\ncaught division by zero\nexit\n", run("""
                class CM:
                    def __enter__(self): return self
                    def __exit__(self, *a): print("exit"); return False
                try:
                    try:
                        1 / 0
                    finally:
                        print("finally")
                except ZeroDivisionError as e:
                    print("caught", e)
                try:
                    with CM():
                        raise KeyError(1)
                except KeyError:
                    pass
                """));
    }

    @Test
    void zeroArgumentSuperAndGenerators() {
        assertEquals("A(2) [0, 1, 4]\n", run("""
                class A:
                    def __init__(self, x): self.x = x
                    def __repr__(self): return f"A({self.x!r})"
                class B(A):
                    def __init__(self, x): super().__init__(x + 1)
                def gen(n):
                    for i in range(n):
                        yield i * i
                print(B(1), list(gen(3)))
                """));
    }

    @Test
    void doubleStarArgumentsMerge() {
        assertEquals("1 2\nf() got multiple values for keyword argument 'a'\n", run("""
                def f(a, b): print(a, b)
                f(**{"a": 1}, **{"b": 2})
                try:
                    f(**{"a": 1}, **{"a": 2})
                except TypeError as e:
                    print(str(e).replace("__main__.", ""))
                """));
    }

    @Test
    void docstringsAsciiConversionAndConstants() {
        assertEquals("doc None\n'\\xe9' 'é'\n3 True [2, 3] (1+2j) b'ab'\n", run("""
                def f():
                    "doc"
                    return "not a doc"
                def g():
                    return "not a doc either"
                print(f.__doc__, g.__doc__)
                print(f"{'é'!a}", f"{'é'!r}")
                print(len({3, 1, 2}), 2 in {3, 1, 2}, [1, 2, 3][1:], 1 + 2j, b"ab")
                """));
    }
}
