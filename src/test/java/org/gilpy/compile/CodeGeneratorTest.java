package org.gilpy.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gilpy.bytecode.Code;
import org.gilpy.bytecode.Constants;
import org.gilpy.bytecode.Disassembler;
import org.gilpy.bytecode.ExceptionTableEntry;
import org.gilpy.bytecode.Opcode;
import org.junit.jupiter.api.Test;

/** Instruction shapes, code attributes and compile-time errors of the code generator. */
class CodeGeneratorTest {

    static Code compile(String source) {
        return Compiler.compile(source, "t.py", "exec");
    }

    /** The first code object named name, searching depth first. */
    static Code code(Code top, String name) {
        if (top.name.equals(name)) return top;
        for (Object c : top.consts) {
            if (c instanceof Code nested) {
                Code found = code(nested, name);
                if (found != null) return found;
            }
        }
        return null;
    }

    /** "OPNAME argrepr" per instruction, e.g. "LOAD_FAST x", "BINARY_OP +", "JUMP_FORWARD to 9". */
    static List<String> ops(Code c) {
        List<String> out = new ArrayList<>();
        for (int word : c.code) {
            String text = Disassembler.instruction(c, word).replaceAll(" +", " ").trim();
            // "LOAD_FAST 0 (x)" -> "LOAD_FAST x"; "CALL 2" and "MAKE_FUNCTION 8 (closure)" stay.
            switch (Opcode.opcodeOf(word).operand) {
                case CONST, NAME, LOCAL, CELL, JUMP, BINOP, CMPOP, FLAG ->
                        text = text.replaceAll("^(\\S+) \\d+ \\((.*)\\)$", "$1 $2");
                default -> { }
            }
            out.add(text);
        }
        return out;
    }

    static String joined(Code c) {
        return String.join("; ", ops(c));
    }

    @Test
    void callsFollowTheVmConvention() {
        assertEquals("LOAD_NAME f; PUSH_NULL; LOAD_CONST 1; LOAD_CONST 2; KW_NAMES ('k',); CALL 2; POP_TOP; "
                + "LOAD_NAME o; LOAD_METHOD m; LOAD_NAME x; CALL 1; POP_TOP; LOAD_CONST None; RETURN_VALUE",
                joined(compile("f(1, k=2)\no.m(x)\n")));
        assertEquals("LOAD_NAME f; PUSH_NULL; LOAD_NAME a; CALL_FUNCTION_EX 0; POP_TOP; "
                + "LOAD_NAME f; PUSH_NULL; BUILD_LIST 0; LOAD_NAME a; LIST_EXTEND 1; LOAD_CONST 1; LIST_APPEND 1; "
                + "LIST_TO_TUPLE; LOAD_CONST 'x'; LOAD_CONST 1; BUILD_MAP 1; LOAD_NAME k; DICT_MERGE 1; "
                + "CALL_FUNCTION_EX 1 (kwargs); POP_TOP; "
                + "LOAD_NAME o; LOAD_ATTR m; PUSH_NULL; LOAD_CONST (); BUILD_MAP 0; LOAD_NAME k; DICT_MERGE 1; "
                + "CALL_FUNCTION_EX 1 (kwargs); POP_TOP; LOAD_CONST None; RETURN_VALUE",
                joined(compile("f(*a)\nf(*a, 1, x=1, **k)\no.m(**k)\n")));
    }

    @Test
    void decoratorsAndClasses() {
        Code m = compile("@d1\n@d2(3)\nclass C(B, metaclass=M):\n    x = 1\n");
        assertEquals("LOAD_NAME d1; PUSH_NULL; LOAD_NAME d2; PUSH_NULL; LOAD_CONST 3; CALL 1; PUSH_NULL; "
                + "LOAD_BUILD_CLASS; PUSH_NULL; LOAD_CONST <code object C, file \"t.py\", line 1>; MAKE_FUNCTION 0; "
                + "LOAD_CONST 'C'; LOAD_NAME B; LOAD_NAME M; KW_NAMES ('metaclass',); CALL 4; CALL 1; CALL 1; "
                + "STORE_NAME C; LOAD_CONST None; RETURN_VALUE", joined(m));
        Code c = code(m, "C");
        assertEquals("LOAD_NAME __name__; STORE_NAME __module__; LOAD_CONST 'C'; STORE_NAME __qualname__; "
                + "LOAD_CONST 1; STORE_NAME x; LOAD_CONST None; RETURN_VALUE", joined(c));
        assertEquals(Code.NOFREE, c.flags);
        assertEquals(1, c.firstLineNo);
    }

    @Test
    void classCellForSuper() {
        Code m = compile("class C:\n    def f(self):\n        return super().f()\n");
        Code c = code(m, "C");
        assertEquals(List.of("__class__"), List.of(c.cellvars));
        assertEquals("LOAD_NAME __name__; STORE_NAME __module__; LOAD_CONST 'C'; STORE_NAME __qualname__; "
                + "LOAD_CLOSURE __class__; BUILD_TUPLE 1; LOAD_CONST <code object f, file \"t.py\", line 2>; "
                + "MAKE_FUNCTION 8 (closure); STORE_NAME f; LOAD_CLOSURE __class__; COPY 1; "
                + "STORE_NAME __classcell__; RETURN_VALUE", joined(c));
        Code f = code(m, "f");
        assertEquals("C.f", f.qualname);
        assertEquals(List.of("__class__"), List.of(f.freevars));
        assertEquals(Code.OPTIMIZED | Code.NEWLOCALS, f.flags);
        assertEquals("LOAD_GLOBAL super; PUSH_NULL; CALL 0; LOAD_METHOD f; CALL 0; RETURN_VALUE", joined(f));
    }

    @Test
    void functionAttributes() {
        Code m = compile("""
                def f(a, b=1, /, c=2, *args, d, e=3, **kw):
                    "doc"
                    def g():
                        return a
                    return g
                """);
        Code f = code(m, "f");
        assertEquals(3, f.argCount);
        assertEquals(2, f.posOnlyArgCount);
        assertEquals(2, f.kwOnlyArgCount);
        assertEquals(List.of("a", "b", "c", "d", "e", "args", "kw", "g"), List.of(f.varnames));
        assertEquals("doc", f.consts[0]);
        assertEquals(Code.OPTIMIZED | Code.NEWLOCALS | Code.VARARGS | Code.VARKEYWORDS, f.flags);
        assertEquals(List.of("a"), List.of(f.cellvars));
        Code g = code(m, "g");
        assertEquals("f.<locals>.g", g.qualname);
        assertEquals(Code.OPTIMIZED | Code.NEWLOCALS | Code.NESTED, g.flags);
        assertEquals(Constants.Singleton.NONE, g.consts[0]);
        assertEquals("LOAD_CONST (1, 2); LOAD_CONST 3; LOAD_CONST ('e',); BUILD_CONST_KEY_MAP 1; "
                + "LOAD_CONST <code object f, file \"t.py\", line 1>; MAKE_FUNCTION 3 (defaults, kwdefaults); "
                + "STORE_NAME f; LOAD_CONST None; RETURN_VALUE", joined(m));
    }

    @Test
    void comprehensionsAndGenerators() {
        Code m = compile("def f(xs):\n    return [x for x in xs if x], (y for y in xs)\n");
        Code f = code(m, "f");
        assertEquals("LOAD_CONST <code object <listcomp>, file \"t.py\", line 2>; MAKE_FUNCTION 0; PUSH_NULL; "
                + "LOAD_FAST xs; GET_ITER; CALL 1; "
                + "LOAD_CONST <code object <genexpr>, file \"t.py\", line 2>; MAKE_FUNCTION 0; PUSH_NULL; "
                + "LOAD_FAST xs; GET_ITER; CALL 1; BUILD_TUPLE 2; RETURN_VALUE", joined(f));
        Code lc = code(m, "<listcomp>");
        assertEquals("f.<locals>.<listcomp>", lc.qualname);
        assertEquals(1, lc.argCount);
        assertEquals("BUILD_LIST 0; LOAD_FAST .0; FOR_ITER to 9; STORE_FAST x; LOAD_FAST x; "
                + "POP_JUMP_IF_FALSE to 2; LOAD_FAST x; LIST_APPEND 2; JUMP_BACKWARD to 2; RETURN_VALUE",
                joined(lc));
        Code ge = code(m, "<genexpr>");
        assertTrue(ge.isGenerator());
        assertEquals(Code.OPTIMIZED | Code.NEWLOCALS | Code.NESTED | Code.GENERATOR | Code.NOFREE, ge.flags);
    }

    @Test
    void tryExceptLayoutAndTable() {
        Code f = code(compile("""
                def f():
                    try:
                        a()
                    except E as e:
                        b(e)
                """), "f");
        assertEquals(List.of(
                "NOP",
                "LOAD_GLOBAL a", "PUSH_NULL", "CALL 0", "POP_TOP",
                "LOAD_CONST None", "RETURN_VALUE",
                "PUSH_EXC_INFO",
                "LOAD_GLOBAL E", "CHECK_EXC_MATCH", "POP_JUMP_IF_FALSE to 27", "STORE_FAST e",
                "LOAD_GLOBAL b", "PUSH_NULL", "LOAD_FAST e", "CALL 1", "POP_TOP",
                "POP_EXCEPT", "LOAD_CONST None", "STORE_FAST e", "DELETE_FAST e",
                "LOAD_CONST None", "RETURN_VALUE",
                "LOAD_CONST None", "STORE_FAST e", "DELETE_FAST e", "RERAISE 1",
                "RERAISE 0",
                "COPY 3", "POP_EXCEPT", "RERAISE 1"), ops(f));
        List<ExceptionTableEntry> table = List.of(f.exceptionTable);
        assertEquals(4, table.size());
        assertEquals(new ExceptionTableEntry(1, 5, 7, 0, false), table.get(0));
        assertEquals(28, table.get(1).target());
        assertEquals(1, table.get(1).depth());
        assertTrue(table.get(1).lasti());
    }

    @Test
    void returnThroughFinallyAndWith() {
        Code f = code(compile("""
                def f(x):
                    with m() as y:
                        try:
                            return x
                        finally:
                            g()
                """), "f");
        String all = joined(f);
        // The return value stays on the stack under the inlined finally body and the exit call.
        assertTrue(all.contains("LOAD_FAST x; LOAD_GLOBAL g; PUSH_NULL; CALL 0; POP_TOP; SWAP 2; PUSH_NULL; "
                + "LOAD_CONST None; LOAD_CONST None; LOAD_CONST None; CALL 3; POP_TOP; RETURN_VALUE"), all);
        assertTrue(all.contains("PUSH_EXC_INFO; WITH_EXCEPT_START; POP_JUMP_IF_TRUE"), all);
    }

    @Test
    void breakAndContinueUnwind() {
        Code f = code(compile("""
                def f(xs):
                    for x in xs:
                        try:
                            if x: break
                            continue
                        except E:
                            pass
                """), "f");
        String all = joined(f);
        // break: pop the iterator and leave (here straight to the inlined return); the
        // continue's jump is threaded into the condition's jump.
        assertTrue(all.contains("LOAD_FAST x; POP_JUMP_IF_FALSE to 2; POP_TOP; LOAD_CONST None; RETURN_VALUE"), all);
        assertTrue(all.contains("POP_EXCEPT; JUMP_BACKWARD to 2"), all);
    }

    @Test
    void constantsAreFoldedAndKeptDistinct() {
        Code m = compile("a = -1\nb = 2 ** 10\nc = 'ab' * 2\nd = (1, 2.0, None)\ne = (0, 0.0, False, -0.0)\n"
                + "x = 1 + 2j\ny = not 1\nz = 1 / 0\n");
        assertEquals(-1L, m.consts[0]);
        assertTrue(List.of(m.consts).contains(1024L));
        assertTrue(List.of(m.consts).contains("abab"));
        assertTrue(List.of(m.consts).contains(new Constants.Complex(1.0, 2.0)));
        Constants.Tuple t = (Constants.Tuple) List.of(m.consts).stream()
                .filter(c -> c instanceof Constants.Tuple tt && tt.items().size() == 4).findFirst().orElseThrow();
        assertEquals(List.of(0L, 0.0, false, -0.0), t.items());
        assertNotEquals(t.items().get(1), t.items().get(3));
        assertTrue(joined(m).contains("LOAD_CONST 1; LOAD_CONST 0; BINARY_OP /"), joined(m));
    }

    @Test
    void assignmentShapes() {
        assertEquals("LOAD_NAME b; LOAD_NAME a; SWAP 2; STORE_NAME a; STORE_NAME b; "
                + "LOAD_NAME d; UNPACK_EX 257 (1 before, 1 after); STORE_NAME a; STORE_NAME b; STORE_NAME c; "
                + "LOAD_NAME v; COPY 1; STORE_NAME x; STORE_NAME y; "
                + "LOAD_NAME o; COPY 1; LOAD_ATTR n; LOAD_CONST 1; BINARY_OP +=; SWAP 2; STORE_ATTR n; "
                + "LOAD_NAME s; LOAD_NAME i; COPY 2; COPY 2; BINARY_SUBSCR; LOAD_CONST 2; BINARY_OP *=; SWAP 3; SWAP 2; "
                + "STORE_SUBSCR; LOAD_CONST None; RETURN_VALUE",
                joined(compile("a, b = b, a\na, *b, c = d\nx = y = v\no.n += 1\ns[i] *= 2\n")));
    }

    @Test
    void chainedComparisonAndBooleans() {
        assertEquals("LOAD_NAME a; LOAD_NAME b; SWAP 2; COPY 2; COMPARE_OP <; JUMP_IF_FALSE_OR_POP to 9; "
                + "LOAD_NAME c; COMPARE_OP <; JUMP_FORWARD to 11; SWAP 2; POP_TOP; STORE_NAME x; "
                + "LOAD_NAME a; JUMP_IF_TRUE_OR_POP to 15; LOAD_NAME b; STORE_NAME y; "
                + "LOAD_NAME a; LOAD_NAME b; CONTAINS_OP not in; STORE_NAME z; LOAD_CONST None; RETURN_VALUE",
                joined(compile("x = a < b < c\ny = a or b\nz = not a in b\n")));
    }

    @Test
    void importsAndPrint() {
        assertEquals("LOAD_CONST 0; LOAD_CONST None; IMPORT_NAME a.b.c; IMPORT_FROM b; SWAP 2; POP_TOP; "
                + "IMPORT_FROM c; STORE_NAME d; POP_TOP; "
                + "LOAD_CONST 1; LOAD_CONST ('x', 'y'); IMPORT_NAME m; IMPORT_FROM x; STORE_NAME z; "
                + "IMPORT_FROM y; STORE_NAME y; POP_TOP; "
                + "LOAD_CONST 0; LOAD_CONST None; IMPORT_NAME p.q; STORE_NAME p; "
                + "LOAD_CONST 0; LOAD_CONST ('*',); IMPORT_NAME s; IMPORT_STAR; LOAD_CONST None; RETURN_VALUE",
                joined(compile("import a.b.c as d\nfrom .m import x as z, y\nimport p.q\nfrom s import *\n")));
    }

    @Test
    void interactiveAndEvalModes() {
        assertEquals("LOAD_NAME x; PRINT_EXPR; LOAD_CONST 1; PRINT_EXPR; LOAD_CONST None; RETURN_VALUE",
                joined(Compiler.compile("x; 1\n", "<stdin>", "single")));
        assertEquals("LOAD_NAME x; LOAD_CONST 1; BINARY_OP +; RETURN_VALUE",
                joined(Compiler.compile("x + 1", "<string>", "eval")));
    }

    @Test
    void annotations() {
        Code m = compile("x: int = 1\ny: str\n");
        assertEquals("SETUP_ANNOTATIONS; LOAD_CONST 1; STORE_NAME x; LOAD_NAME int; LOAD_NAME __annotations__; "
                + "LOAD_CONST 'x'; STORE_SUBSCR; LOAD_NAME str; LOAD_NAME __annotations__; LOAD_CONST 'y'; "
                + "STORE_SUBSCR; LOAD_CONST None; RETURN_VALUE", joined(m));
        Code f = code(compile("def f():\n    x: int = 1\n    y: undefined\n"), "f");
        assertEquals("LOAD_CONST 1; STORE_FAST x; LOAD_CONST None; RETURN_VALUE", joined(f));
    }

    @Test
    void everyInstructionHasAPositionFromItsNode() {
        Code m = compile("x = a.b(c,\n   d)\n");
        int call = -1;
        for (int i = 0; i < m.code.length; i++) {
            if (Opcode.opcodeOf(m.code[i]) == Opcode.CALL) call = i;
        }
        assertEquals(1, m.lines[call]);
        assertEquals(2, m.endLines[call]);
        assertEquals(4, m.cols[call]);
        assertEquals(5, m.endCols[call]);
    }

    // ---- compile-time errors ------------------------------------------------------

    @Test
    void codeGeneratorErrors() {
        assertEquals("'return' outside function @ 1:1-1:9", SymbolTableTest.error("return 1\n"));
        assertEquals("'return' outside function @ 1:10-1:18", SymbolTableTest.error("class C: return 1\n"));
        assertEquals("'break' outside loop @ 1:1-1:6", SymbolTableTest.error("break\n"));
        assertEquals("'break' outside loop @ 2:14-2:19", SymbolTableTest.error("for x in y:\n    def f(): break\n"));
        assertEquals("'continue' not properly in loop @ 1:1-1:9", SymbolTableTest.error("continue\n"));
        assertEquals("'yield' outside function @ 1:1-1:8", SymbolTableTest.error("yield 1\n"));
        assertEquals("'yield' outside function @ 2:5-2:12", SymbolTableTest.error("class C:\n    yield 1\n"));
        assertEquals("multiple starred expressions in assignment @ 1:1-1:10", SymbolTableTest.error("a, *b, *c = d\n"));
        assertEquals("starred assignment target must be in a list or tuple @ 1:1-1:3", SymbolTableTest.error("*a = b\n"));
        assertEquals("default 'except:' must be last @ 2:1-2:13",
                SymbolTableTest.error("try: pass\nexcept: pass\nexcept E: pass\n"));
        assertEquals("keyword argument repeated: a @ 1:8-1:11", SymbolTableTest.error("f(a=1, a=2)\n"));
        assertEquals("cannot assign to __debug__ @ 1:1-1:10", SymbolTableTest.error("__debug__ = 1\n"));
        assertEquals("cannot delete __debug__ @ 1:5-1:14", SymbolTableTest.error("del __debug__\n"));
        assertEquals("cannot assign to __debug__ @ 1:1-1:23", SymbolTableTest.error("def f(__debug__): pass\n"));
        assertEquals("cannot assign to __debug__ @ 1:1-1:15", SymbolTableTest.error("f(__debug__=1)\n"));
    }

    @Test
    void futureImportsAndLimits() {
        assertEquals("future feature nested is not defined @ 2:1-2:0",
                SymbolTableTest.error("'doc'\nfrom __future__ import division, nested\n"));
        assertEquals("not a chance @ 1:1-1:0", SymbolTableTest.error("from __future__ import braces\n"));
        assertEquals("from __future__ imports must occur at the beginning of the file @ 2:1-2:32",
                SymbolTableTest.error("import os\nfrom __future__ import division\n"));
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 21; i++) nested.append("    ".repeat(i)).append("for x").append(i).append(" in y:\n");
        nested.append("    ".repeat(21)).append("pass\n");
        assertEquals("too many statically nested blocks @ 21:81-22:89", SymbolTableTest.error(nested.toString()));
        String deep = "x = " + String.join(" + ", java.util.Collections.nCopies(3100, "a")) + "\n";
        org.junit.jupiter.api.Assertions.assertThrows(CompileRecursionError.class,
                () -> Compiler.compile(deep, "t.py", "exec"));
    }

    @Test
    void syntaxErrorsCarryTheSourceLineOnlyForFiles() {
        org.gilpy.parse.PySyntaxError e = org.junit.jupiter.api.Assertions.assertThrows(
                org.gilpy.parse.PySyntaxError.class, () -> Compiler.compile("x = 1\nreturn x\n", "t.py", "exec"));
        assertEquals("return x\n", e.text);
        assertEquals(org.gilpy.parse.PySyntaxError.Kind.SYNTAX_ERROR, e.kind);
        e = org.junit.jupiter.api.Assertions.assertThrows(
                org.gilpy.parse.PySyntaxError.class, () -> Compiler.compile("return 1\n", "<string>", "exec"));
        assertEquals(null, e.text);
    }
}
