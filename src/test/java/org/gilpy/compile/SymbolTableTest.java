package org.gilpy.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gilpy.compile.Scope.Binding;
import org.gilpy.parse.Parser;
import org.gilpy.parse.PySyntaxError;
import org.junit.jupiter.api.Test;

/** Scope classification of tricky cases, and the SyntaxErrors the symbol table raises. */
class SymbolTableTest {

    private static SymbolTable table(String source) {
        return SymbolTable.build(Parser.parseModule(source, "t.py"));
    }

    /** The block reached by a dotted path of block names from the module ("f.g", "C.m", "f.listcomp"). */
    private static Scope scope(SymbolTable t, String path) {
        Scope s = t.top;
        for (String part : path.split("\\.")) {
            Scope found = null;
            for (Scope c : s.children) {
                if (c.name.equals(part)) {
                    found = c;
                    break;
                }
            }
            if (found == null) throw new AssertionError("no block " + part + " in " + s.name);
            s = found;
        }
        return s;
    }

    private static void assertBinding(Binding expected, SymbolTable t, String path, String name) {
        assertEquals(expected, scope(t, path).binding(name), path + ": " + name);
    }

    @Test
    void functionLocalsAndGlobals() {
        SymbolTable t = table("""
                x = 1
                def f(a):
                    b = a + x
                    global g
                    g = b
                    print(len(a))
                """);
        assertBinding(Binding.LOCAL, t, "f", "a");
        assertBinding(Binding.LOCAL, t, "f", "b");
        assertBinding(Binding.GLOBAL_IMPLICIT, t, "f", "x");
        assertBinding(Binding.GLOBAL_IMPLICIT, t, "f", "print");
        assertBinding(Binding.GLOBAL_EXPLICIT, t, "f", "g");
        // A global declaration anywhere makes the module's own name explicitly global too.
        assertEquals(Binding.GLOBAL_EXPLICIT, t.top.binding("g"));
        assertEquals(List.of("a"), scope(t, "f").params);
    }

    @Test
    void closuresMakeCellsAndFreeVariables() {
        SymbolTable t = table("""
                def outer(p):
                    v = 1
                    w = 2
                    def mid():
                        def inner():
                            nonlocal w
                            w = p + v
                        return inner
                    return mid
                """);
        assertBinding(Binding.CELL, t, "outer", "p");
        assertBinding(Binding.CELL, t, "outer", "v");
        assertBinding(Binding.CELL, t, "outer", "w");
        // mid never mentions them but passes them through.
        assertBinding(Binding.FREE, t, "outer.mid", "p");
        assertBinding(Binding.FREE, t, "outer.mid", "w");
        assertBinding(Binding.FREE, t, "outer.mid.inner", "w");
        assertBinding(Binding.FREE, t, "outer.mid.inner", "v");
        assertEquals(List.of("p", "v", "w"), scope(t, "outer").cellvars());
        assertEquals(List.of("p", "v", "w"), scope(t, "outer.mid").freevars());
        assertTrue(scope(t, "outer.mid").nested);
        assertFalse(scope(t, "outer").nested);
    }

    @Test
    void classBodiesAreInvisibleToMethods() {
        SymbolTable t = table("""
                def f():
                    v = 1
                    u = 2
                    class C:
                        v = 3
                        w = v
                        def m(self):
                            return v, u, w
                    return C
                """);
        // Inside m, v and u are f's (free), w is global: class names are not visible.
        assertBinding(Binding.FREE, t, "f.C.m", "v");
        assertBinding(Binding.FREE, t, "f.C.m", "u");
        assertBinding(Binding.GLOBAL_IMPLICIT, t, "f.C.m", "w");
        // C binds v itself (a NAME in its body) but also hands f's cell on to m.
        Scope c = scope(t, "f.C");
        assertEquals(Binding.LOCAL, c.binding("v"));
        assertTrue((c.flags("v") & Scope.DEF_FREE_CLASS) != 0);
        assertEquals(List.of("u", "v"), c.freevars());
        assertBinding(Binding.CELL, t, "f", "v");
        assertBinding(Binding.CELL, t, "f", "u");
    }

    @Test
    void superGivesTheClassItsCell() {
        SymbolTable t = table("""
                class C(B):
                    def m(self):
                        return super().m()
                    def n(self):
                        return lambda: __class__
                    def plain(self):
                        return 1
                class D:
                    def m(self):
                        return 2
                """);
        assertTrue(scope(t, "C").needsClassClosure);
        assertEquals(List.of("__class__"), scope(t, "C").cellvars());
        assertBinding(Binding.FREE, t, "C.m", "__class__");
        assertBinding(Binding.FREE, t, "C.n", "__class__");
        assertBinding(Binding.FREE, t, "C.n.lambda", "__class__");
        assertEquals(null, scope(t, "C.plain").binding("__class__"));
        assertFalse(scope(t, "D").needsClassClosure);
    }

    @Test
    void comprehensionsAreFunctionsButTheOutermostIterableIsNot() {
        SymbolTable t = table("""
                def f(xs, ys):
                    return [x + y for x in xs for y in ys if x]
                class K:
                    n = 3
                    a = [n for i in range(n)]
                """);
        Scope comp = scope(t, "f.listcomp");
        assertEquals(Scope.Kind.COMPREHENSION, comp.kind);
        assertEquals(List.of(".0"), comp.params);
        assertEquals(Binding.LOCAL, comp.binding("x"));
        assertEquals(Binding.FREE, comp.binding("ys"));
        assertEquals(null, comp.binding("xs"));
        assertBinding(Binding.CELL, t, "f", "ys");
        assertBinding(Binding.LOCAL, t, "f", "xs");
        // In a class body, the element's n is the global n; range(n) runs in the class.
        assertBinding(Binding.GLOBAL_IMPLICIT, t, "K.listcomp", "n");
        assertEquals(null, scope(t, "K.listcomp").binding("range"));
        assertEquals(Binding.LOCAL, scope(t, "K").binding("n"));
    }

    @Test
    void assignmentExpressionsBindOutsideTheComprehension() {
        SymbolTable t = table("""
                def f(data):
                    if any((hit := d) > 0 for d in data):
                        return hit
                [last := i for i in range(3)]
                """);
        assertBinding(Binding.CELL, t, "f", "hit");
        assertBinding(Binding.FREE, t, "f.genexpr", "hit");
        assertEquals(Binding.GLOBAL_EXPLICIT, t.top.binding("last"));
        assertBinding(Binding.GLOBAL_EXPLICIT, t, "listcomp", "last");
    }

    @Test
    void generatorsAndMangling() {
        SymbolTable t = table("""
                class Widget:
                    __slots = 1
                    def __m(self, __p):
                        yield self.__slots
                g = (i for i in ())
                """);
        Scope w = scope(t, "Widget");
        assertEquals(Binding.LOCAL, w.binding("_Widget__slots"));
        assertEquals(Binding.LOCAL, w.binding("_Widget__m"));
        assertEquals(List.of("self", "_Widget__p"), scope(t, "Widget.__m").params);
        assertTrue(scope(t, "Widget.__m").generator);
        assertTrue(scope(t, "genexpr").generator);
        assertEquals("_A__x", Scope.mangle("__A", "__x"));
        assertEquals("__x__", Scope.mangle("A", "__x__"));
        assertEquals("__x", Scope.mangle("___", "__x"));
        assertEquals("_x", Scope.mangle("A", "_x"));
    }

    // ---- errors -------------------------------------------------------------------

    /** Compiles source and returns the SyntaxError as "msg @ line:offset-endLine:endOffset". */
    static String error(String source) {
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Compiler.compile(source, "x.py", "exec"));
        return e.msg + " @ " + e.lineno + ":" + e.offset + "-" + e.endLineno + ":" + e.endOffset;
    }

    @Test
    void declarationErrorsHaveCPythonsMessagesAndPositions() {
        assertEquals("name 'x' is assigned to before global declaration @ 3:5-3:13",
                error("def f():\n    x = 1\n    global x\n"));
        assertEquals("name 'x' is used prior to global declaration @ 3:5-3:13",
                error("def f():\n    print(x)\n    global x\n"));
        assertEquals("name 'x' is parameter and global @ 2:5-2:13", error("def f(x):\n    global x\n"));
        assertEquals("name 'x' is parameter and nonlocal @ 2:5-2:15", error("def f(x):\n    nonlocal x\n"));
        assertEquals("no binding for nonlocal 'x' found @ 2:5-2:15", error("def f():\n    nonlocal x\n"));
        assertEquals("nonlocal declaration not allowed at module level @ 1:1-1:11", error("nonlocal x\n"));
        assertEquals("annotated name 'x' can't be global @ 3:5-3:13", error("def f():\n    x: int\n    global x\n"));
        assertEquals("annotated name 'x' can't be nonlocal @ 3:5-3:15", error("def f():\n    x: int\n    nonlocal x\n"));
        assertEquals("name 'x' is nonlocal and global @ 4:9-4:19",
                error("def f():\n    x = 1\n    def g():\n        nonlocal x\n        global x\n"));
        assertEquals("name 'x' is used prior to nonlocal declaration @ 5:5-5:15",
                error("def f():\n  x = 1\n  def g():\n    print(x)\n    nonlocal x\n"));
    }

    @Test
    void otherSymbolTableErrors() {
        assertEquals("duplicate argument 'a' in function definition @ 1:13-1:14", error("def f(a, b, a): pass\n"));
        assertEquals("duplicate argument 'a' in function definition @ 1:11-1:12", error("lambda a, a: 1\n"));
        assertEquals("'yield' inside list comprehension @ 1:3-1:8", error("[(yield) for x in y]\n"));
        assertEquals("'yield' inside generator expression @ 1:3-1:8", error("((yield) for x in y)\n"));
        assertEquals("'yield' inside dict comprehension @ 1:3-1:8", error("{(yield): 1 for x in y}\n"));
        assertEquals("assignment expression cannot be used in a comprehension iterable expression @ 1:14-1:22",
                error("[x for x in (y := [1])]\n"));
        assertEquals("assignment expression cannot rebind comprehension iteration variable 'x' @ 1:3-1:4",
                error("[(x := 1) for x in y]\n"));
        assertEquals("assignment expression within a comprehension cannot be used in a class body @ 2:7-2:8",
                error("class C:\n    [(y := 1) for x in z]\n"));
        assertEquals("import * only allowed at module level @ 2:19-2:20", error("def f():\n    from m import *\n"));
    }
}
