package org.gilpy.objects;

import static org.gilpy.objects.PyAsserts.*;
import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** The built-in exceptions' own behaviour, against CPython 3.11 (src/test/python/exceptions). */
class ExceptionsTest {
    static PyObject exc(PyType t, Object... args) { return builtin(t, args); }

    static PyObject exckw(PyType t, Object[] pos, Object... kw) {
        PyObject[] args = new PyObject[pos.length + kw.length / 2];
        String[] names = new String[kw.length / 2];
        for (int i = 0; i < pos.length; i++) args[i] = py(pos[i]);
        for (int k = 0; k < names.length; k++) {
            names[k] = (String) kw[2 * k];
            args[pos.length + k] = py(kw[2 * k + 1]);
        }
        return t.call(args, names);
    }

    static String attr(PyObject o, String name) { return repr(Abstract.getAttr(o, name)); }

    @Test
    void argsStrRepr() {
        Object[][] cases = {
            {exc(PyExc.Exception), "Exception()", "", "()"},
            {exc(PyExc.Exception, "one"), "Exception('one')", "one", "('one',)"},
            {exc(PyExc.Exception, "a", "b"), "Exception('a', 'b')", "('a', 'b')", "('a', 'b')"},
            {exc(PyExc.Exception, 1), "Exception(1)", "1", "(1,)"},
            {exc(PyExc.ValueError, ""), "ValueError('')", "", "('',)"},
            {exc(PyExc.ValueError, (Object) null), "ValueError(None)", "None", "(None,)"},
            {exc(PyExc.TypeError, list("l"), dict("d", 1)), "TypeError(['l'], {'d': 1})", "(['l'], {'d': 1})", "(['l'], {'d': 1})"},
        };
        for (Object[] c : cases) {
            PyObject e = (PyObject) c[0];
            assertEquals(c[1], repr(e));
            assertEquals(c[2], str(e));
            assertEquals(c[3], attr(e, "args"));
        }
        PyObject e = exc(PyExc.ValueError, "x");
        Abstract.setAttr(e, "args", tuple("changed", 2));
        assertEquals("('changed', 2)", str(e));
        Abstract.setAttr(e, "args", py("str"));
        assertEquals("('s', 't', 'r')", attr(e, "args"));
        assertRaises(PyExc.TypeError, "ValueError() takes no keyword arguments",
                () -> exckw(PyExc.ValueError, new Object[0], "x", 1));
        assertRaises(PyExc.TypeError, "'int' object is not iterable", () -> Abstract.setAttr(e, "args", py(5)));
        assertRaises(PyExc.TypeError, "args may not be deleted", () -> Abstract.setAttr(e, "args", null));
    }

    @Test
    void keyError() {
        assertEquals("KeyError('k')", repr(exc(PyExc.KeyError, "k")));
        assertEquals("'k'", str(exc(PyExc.KeyError, "k")));
        assertEquals("", str(exc(PyExc.KeyError)));
        assertEquals("('a', 'b')", str(exc(PyExc.KeyError, "a", "b")));
        assertEquals("1", str(exc(PyExc.KeyError, 1)));
        assertEquals("''", str(exc(PyExc.KeyError, "")));
        assertEquals("'line\\nbreak'", str(exc(PyExc.KeyError, "line\nbreak")));
        assertEquals("KeyError('x')", str(exc(PyExc.KeyError, exc(PyExc.KeyError, "x"))));
        assertEquals("'missing'", str(PyErr.keyError(PyStr.of("missing")).value));
    }

    @Test
    void stopIterationAndSystemExit() {
        assertEquals("StopIteration()", repr(exc(PyExc.StopIteration)));
        assertEquals("None", attr(exc(PyExc.StopIteration), "value"));
        assertEquals("1", attr(exc(PyExc.StopIteration, 1, 2), "value"));
        assertEquals("7", attr(PyErr.stopIteration(PyInt.of(7)).value, "value"));
        PyObject s = exc(PyExc.StopIteration, 1);
        Abstract.setAttr(s, "value", py(5));
        assertEquals("5", attr(s, "value"));
        assertEquals("(1,)", attr(s, "args"));
        assertEquals("SystemExit(3)", repr(exc(PyExc.SystemExit, 3)));
        Object[][] codes = {{new Object[0], "None", "()"}, {new Object[] {0}, "0", "(0,)"}, {new Object[] {"message"}, "'message'", "('message',)"},
            {new Object[] {null}, "None", "(None,)"}, {new Object[] {1, 2}, "(1, 2)", "(1, 2)"}};
        for (Object[] c : codes) {
            PyObject e = exc(PyExc.SystemExit, (Object[]) c[0]);
            assertEquals(c[1], attr(e, "code"));
            assertEquals(c[2], attr(e, "args"));
        }
        assertFalse(PyExc.SystemExit.isSubtypeOf(PyExc.Exception));
    }

    @Test
    void osError() {
        PyObject e = exc(PyExc.OSError, 2, "No such file or directory", "missing.txt");
        assertEquals("FileNotFoundError", e.type.name);
        assertEquals("2", attr(e, "errno"));
        assertEquals("'No such file or directory'", attr(e, "strerror"));
        assertEquals("'missing.txt'", attr(e, "filename"));
        assertEquals("(2, 'No such file or directory')", attr(e, "args"));
        assertEquals("[Errno 2] No such file or directory: 'missing.txt'", str(e));
        assertEquals("FileNotFoundError(2, 'No such file or directory')", repr(e));
        int[] errnos = {2, 13, 17, 20, 21, 1, 9999, 11, 32, 111, 104, 103, 10, 3, 110, 4, 115};
        String[] names = {"FileNotFoundError", "PermissionError", "FileExistsError", "NotADirectoryError",
            "IsADirectoryError", "PermissionError", "OSError", "BlockingIOError", "BrokenPipeError",
            "ConnectionRefusedError", "ConnectionResetError", "ConnectionAbortedError", "ChildProcessError",
            "ProcessLookupError", "TimeoutError", "InterruptedError", "BlockingIOError"};
        for (int i = 0; i < errnos.length; i++) assertEquals(names[i], exc(PyExc.OSError, errnos[i], "msg").type.name);
        PyObject m = exc(PyExc.OSError, "just a message");
        assertEquals("None", attr(m, "errno"));
        assertEquals("None", attr(m, "strerror"));
        assertEquals("just a message", str(m));
        PyObject two = exc(PyExc.OSError, 1, "Operation", "a", null, "b");
        assertEquals("'a'", attr(two, "filename"));
        assertEquals("'b'", attr(two, "filename2"));
        assertEquals("[Errno 1] Operation: 'a' -> 'b'", str(two));
        assertEquals("(<class 'PermissionError'>, (1, 'Operation', 'a', None, 'b'))", repr(call(two, "__reduce__")));
        assertEquals("(2, 'x', None)", attr(exc(PyExc.OSError, 2, "x", null), "args"));
        assertEquals("(2, 'x', 'f', None, 'g', 6)", attr(exc(PyExc.OSError, 2, "x", "f", null, "g", 6), "args"));
        assertEquals("2", str(exc(PyExc.OSError, 2)));
        assertEquals("[Errno None] x", str(exc(PyExc.OSError, null, "x")));
        assertEquals("OSError", exc(PyExc.OSError, "2", "x").type.name);
        assertEquals("PermissionError", exc(PyExc.OSError, true, "x").type.name);
        assertEquals("FileNotFoundError", exc(PyExc.FileNotFoundError, 17, "x").type.name);
        PyObject b = exc(PyExc.BlockingIOError, 11, "x", 5);
        assertEquals("5", attr(b, "characters_written"));
        assertEquals("(11, 'x', 5)", attr(b, "args"));
        assertEquals("[Errno 11] x", str(b));
        assertRaises(PyExc.AttributeError, "characters_written",
                () -> Abstract.getAttr(exc(PyExc.BlockingIOError, 11, "x"), "characters_written"));
        assertRaises(PyExc.TypeError, "OSError() takes no keyword arguments", () -> exckw(PyExc.OSError, new Object[] {2, "x"}, "x", 1));
        PyObject f = exc(PyExc.OSError, 2, "x");
        Abstract.setAttr(f, "errno", py(7));
        Abstract.setAttr(f, "filename", py("q"));
        assertEquals("[Errno 7] x: 'q'", str(f));
        assertEquals("FileNotFoundError", f.type.name);
        PyException j = PyErr.oserror(2, "No such file or directory", "x");
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory: 'x'", j.getMessage());
        assertEquals("IsADirectoryError: [Errno 21] Is a directory: '.'", PyErr.oserrorFromErrno(21, ".").getMessage());
        assertEquals("FileNotFoundError",
                PyErr.fromIOException(new java.nio.file.NoSuchFileException("a"), "a").value.type.name);
        assertTrue(PyExc.FileNotFoundError.isSubtypeOf(PyExc.OSError));
    }

    @Test
    void osErrorPythonSubclassUsingInit() {
        // class E(OSError): def __init__(self, *a): pass  → parsing moves to __init__, args stay ()
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__init__"), new PyObject(PyType.OBJECT) {
            @Override
            public PyObject call(PyObject[] args, String[] kwnames) { return PyNone.NONE; }
        });
        PyType sub = PyType.heap(PyType.TYPE, "E", new PyType[] {PyExc.OSError}, ns);
        sub.factory = PyExc.OSError.factory;
        PyObject e = builtin(sub, 2, "x", "f");
        assertEquals("E", e.type.name);
        assertEquals("None", attr(e, "errno"));
        assertEquals("()", attr(e, "args"));
        // class E2(OSError): pass → parsed in __new__, no errno mapping for subclasses
        PyType sub2 = PyType.heap(PyType.TYPE, "E2", new PyType[] {PyExc.OSError}, new PyDict());
        sub2.factory = PyExc.OSError.factory;
        PyObject e2 = builtin(sub2, 2, "x", "f");
        assertEquals("E2", e2.type.name);
        assertEquals("2", attr(e2, "errno"));
        assertEquals("(2, 'x')", attr(e2, "args"));
        assertEquals("'f'", attr(e2, "filename"));
        assertNotNull(e2.getDict());
    }

    @Test
    void importNameAttributeErrors() {
        PyObject i = exckw(PyExc.ImportError, new Object[] {"m"}, "name", "n", "path", "p");
        assertEquals("'n'", attr(i, "name"));
        assertEquals("'p'", attr(i, "path"));
        assertEquals("'m'", attr(i, "msg"));
        assertEquals("{}", repr(Abstract.getAttr(i, "__dict__")));
        assertEquals("None", attr(exc(PyExc.ImportError, "m", "b"), "msg"));
        assertEquals("('m', 'b')", str(exc(PyExc.ImportError, "m", "b")));
        assertEquals("", str(exckw(PyExc.ImportError, new Object[0], "name", "x")));
        assertRaises(PyExc.TypeError, "'foo' is an invalid keyword argument for ImportError()",
                () -> exckw(PyExc.ImportError, new Object[0], "foo", 1));
        assertEquals("(<class 'ImportError'>, ('m',), {'name': 'n'})",
                repr(call(exckw(PyExc.ImportError, new Object[] {"m"}, "name", "n"), "__reduce__")));
        assertEquals("(<class 'ImportError'>, ('m',))", repr(call(exc(PyExc.ImportError, "m"), "__reduce__")));
        PyException mnf = PyErr.moduleNotFound("x");
        assertEquals("ModuleNotFoundError: No module named 'x'", mnf.getMessage());
        assertEquals("'x'", attr(mnf.value, "name"));
        assertEquals("3", attr(exckw(PyExc.AttributeError, new Object[] {"m"}, "name", "n", "obj", 3), "obj"));
        assertEquals("None", attr(exc(PyExc.AttributeError, "m"), "name"));
        assertRaises(PyExc.TypeError, "'foo' is an invalid keyword argument for AttributeError()",
                () -> exckw(PyExc.AttributeError, new Object[0], "foo", 1));
        PyException na = PyErr.noAttribute(PyInt.of(1), "zz");
        assertEquals("'zz'", attr(na.value, "name"));
        assertEquals("1", attr(na.value, "obj"));
        assertEquals("{}", repr(na.value.getDict()));
        assertEquals("'n'", attr(exckw(PyExc.NameError, new Object[] {"m"}, "name", "n"), "name"));
        assertRaises(PyExc.TypeError, "'foo' is an invalid keyword argument for NameError()",
                () -> exckw(PyExc.NameError, new Object[0], "foo", 1));
        assertEquals("NameError: name 'q' is not defined", PyErr.nameError("q").getMessage());
        assertEquals("'v'", attr(PyErr.unboundLocal("v").value, "name"));
    }

    @Test
    void syntaxError() {
        assertRaises(PyExc.TypeError, "function takes at least 4 arguments (2 given)",
                () -> exc(PyExc.SyntaxError, "msg", tuple("f.py", 3)));
        assertEquals("'txt'", attr(exc(PyExc.SyntaxError, "msg", tuple("f.py", 3, 4, "txt")), "text"));
        assertEquals("msg (f.py, line 3)", str(exc(PyExc.SyntaxError, "msg", tuple("dir/f.py", 3, 4, "txt"))));
        assertEquals("msg (f.py)", str(exc(PyExc.SyntaxError, "msg", tuple("dir/f.py", null, 4, "txt"))));
        assertEquals("msg (line 3)", str(exc(PyExc.SyntaxError, "msg", tuple(null, 3, 4, "txt"))));
        assertEquals("msg", str(exc(PyExc.SyntaxError, "msg", tuple(null, null, 4, "txt"))));
        assertEquals("msg (f.py)", str(exc(PyExc.SyntaxError, "msg", tuple("f.py", 3.0, 4, "txt"))));
        assertEquals("6", attr(exc(PyExc.SyntaxError, "msg", tuple("f.py", 3, 4, "txt", 5, 6)), "end_offset"));
        assertRaises(PyExc.TypeError, "end_offset must be provided when end_lineno is provided",
                () -> exc(PyExc.SyntaxError, "msg", tuple("f.py", 3, 4, "txt", 5)));
        assertRaises(PyExc.TypeError, "function takes at most 6 arguments (7 given)",
                () -> exc(PyExc.SyntaxError, "msg", tuple("f.py", 3, 4, "txt", 5, 6, 7)));
        assertRaises(PyExc.TypeError, "function takes at least 4 arguments (1 given)", () -> exc(PyExc.SyntaxError, "msg", "x"));
        assertEquals("SyntaxError('msg', ('f.py', 3, 4, 'txt'), 3)", repr(exc(PyExc.SyntaxError, "msg", tuple("f.py", 3, 4, "txt"), 3)));
        assertEquals("('msg', ('f.py', 3, 4, 'txt'))", attr(exc(PyExc.SyntaxError, "msg", tuple("f.py", 3, 4, "txt")), "args"));
        assertEquals("None", attr(exc(PyExc.SyntaxError), "msg"));
        assertEquals("None", str(exc(PyExc.SyntaxError)));
        assertEquals("1", attr(exc(PyExc.SyntaxError, 1, 2, 3), "msg"));
        assertEquals("None", attr(exc(PyExc.SyntaxError, "m"), "print_file_and_line"));
        PyException p = PyErr.syntaxError(PyExc.IndentationError, "unexpected indent", "x.py", 3, 5, "  y = 1\n", 3, 6);
        assertEquals("IndentationError: unexpected indent (x.py, line 3)", p.getMessage());
        assertEquals("5", attr(p.value, "offset"));
        assertEquals("'x.py'", attr(p.value, "filename"));
    }

    @Test
    void unicodeErrors() {
        assertEquals("'utf-8' codec can't decode byte 0xff in position 2: invalid start byte",
                str(exc(PyExc.UnicodeDecodeError, "utf-8", PyBytes.wrap(new byte[] {'a', 'b', (byte) 0xff}), 2, 3, "invalid start byte")));
        PyObject abcd = PyBytes.wrap("abcd".getBytes());
        assertEquals("'utf-8' codec can't decode bytes in position 1-2: bad", str(exc(PyExc.UnicodeDecodeError, "utf-8", abcd, 1, 3, "bad")));
        assertEquals("'utf-8' codec can't decode bytes in position 10-12: bad", str(exc(PyExc.UnicodeDecodeError, "utf-8", abcd, 10, 13, "bad")));
        assertEquals("UnicodeDecodeError('utf-8', b'abcd', 1, 3, 'bad')", repr(exc(PyExc.UnicodeDecodeError, "utf-8", abcd, 1, 3, "bad")));
        assertRaises(PyExc.TypeError, "a bytes-like object is required, not 'str'",
                () -> exc(PyExc.UnicodeDecodeError, "utf-8", "ab", 1, 2, "x"));
        assertRaises(PyExc.TypeError, "function takes exactly 5 arguments (2 given)", () -> exc(PyExc.UnicodeDecodeError, "utf-8", abcd));
        assertRaises(PyExc.TypeError, "argument 1 must be str, not int", () -> exc(PyExc.UnicodeDecodeError, 1, abcd, 1, 2, "r"));
        assertRaises(PyExc.TypeError, "argument 5 must be str, not int", () -> exc(PyExc.UnicodeDecodeError, "u", abcd, 1, 2, 5));
        assertRaises(PyExc.TypeError, "argument 2 must be str, not bytes", () -> exc(PyExc.UnicodeEncodeError, "u", abcd, 1, 2, "r"));
        assertRaises(PyExc.TypeError, "UnicodeDecodeError() takes no keyword arguments",
                () -> exckw(PyExc.UnicodeDecodeError, new Object[] {"u", abcd, 1, 2, "r"}, "x", 1));
        String s = "a\u00e9\u1234\uD808\uDF45";
        assertEquals("'ascii' codec can't encode character '\\xe9' in position 1: bad", str(exc(PyExc.UnicodeEncodeError, "ascii", s, 1, 2, "bad")));
        assertEquals("'ascii' codec can't encode character '\\u1234' in position 2: bad", str(exc(PyExc.UnicodeEncodeError, "ascii", s, 2, 3, "bad")));
        assertEquals("'ascii' codec can't encode character '\\U00012345' in position 3: bad", str(exc(PyExc.UnicodeEncodeError, "ascii", s, 3, 4, "bad")));
        assertEquals("'ascii' codec can't encode characters in position 1-3: bad", str(exc(PyExc.UnicodeEncodeError, "ascii", s, 1, 4, "bad")));
        assertEquals("can't translate character '\\xe9' in position 1: bad", str(exc(PyExc.UnicodeTranslateError, "a\u00e9", 1, 2, "bad")));
        assertEquals("can't translate characters in position 0-1: bad", str(exc(PyExc.UnicodeTranslateError, "a\u00e9", 0, 2, "bad")));
        assertRaises(PyExc.TypeError, "function takes exactly 4 arguments (3 given)", () -> exc(PyExc.UnicodeTranslateError, "a", 1, 2));
        assertEquals("", str(exc(PyExc.UnicodeError)));
        PyObject d = exc(PyExc.UnicodeDecodeError, "ascii", PyBytes.wrap("abc".getBytes()), 0, 1, "bad");
        assertRaises(PyExc.TypeError, "an integer is required", () -> Abstract.setAttr(d, "start", py("x")));
        assertRaises(PyExc.TypeError, "can't delete numeric/char attribute", () -> Abstract.setAttr(d, "start", null));
        Abstract.setAttr(d, "start", py(2));
        assertEquals("'ascii' codec can't decode bytes in position 2-0: bad", str(d));
        assertEquals("b'abc'", attr(d, "object"));
        assertEquals("'UnicodeDecodeError'", repr(PyStr.of(PyErr.unicodeDecodeError("utf-8", new byte[] {1}, 0, 1, "x").value.type.name)));
    }

    @Test
    void notesTracebackContext() {
        PyObject e = exc(PyExc.Exception, "notes");
        assertNull(Abstract.lookupAttr(e, "__notes__"));
        call(e, "add_note", "first note");
        call(e, "add_note", "second note");
        assertEquals("['first note', 'second note']", attr(e, "__notes__"));
        assertRaises(PyExc.TypeError, "note must be a str, not 'int'", () -> call(e, "add_note", 3));
        PyObject f = exc(PyExc.Exception);
        Abstract.setAttr(f, "__notes__", py(5));
        assertRaises(PyExc.TypeError, "Cannot add note: __notes__ is not a list", () -> call(f, "add_note", "x"));
        PyObject t = exc(PyExc.TypeError, "wt");
        assertSame(t, call(t, "with_traceback", (Object) null));
        assertRaises(PyExc.TypeError, "__traceback__ must be a traceback or None", () -> call(t, "with_traceback", 5));
        assertRaises(PyExc.TypeError, "exception context must be None or derive from BaseException",
                () -> Abstract.setAttr(t, "__context__", py(5)));
        assertRaises(PyExc.TypeError, "exception cause must be None or derive from BaseException",
                () -> Abstract.setAttr(t, "__cause__", py(5)));
        assertRaises(PyExc.TypeError, "__traceback__ may not be deleted", () -> Abstract.setAttr(t, "__traceback__", null));
        assertRaises(PyExc.TypeError, "__context__ may not be deleted", () -> Abstract.setAttr(t, "__context__", null));
        assertEquals("False", attr(t, "__suppress_context__"));
        Abstract.setAttr(t, "__cause__", py(null));
        assertEquals("True", attr(t, "__suppress_context__"));
        assertEquals("None", attr(exc(PyExc.ValueError, "x"), "__traceback__"));
        PyObject r = exc(PyExc.RuntimeError, "with attrs");
        Abstract.setAttr(r, "extra", list(1, 2));
        assertEquals("[1, 2]", attr(r, "extra"));
        assertEquals("(<class 'Exception'>, (1,))", repr(call(exc(PyExc.Exception, 1), "__reduce__")));
        assertEquals("(<class 'RuntimeError'>, ('with attrs',), {'extra': [1, 2]})", repr(call(r, "__reduce__")));
        PyObject s = exc(PyExc.Exception);
        call(s, "__setstate__", dict("a", 1));
        assertEquals("1", attr(s, "a"));
        assertRaises(PyExc.TypeError, "state is not a dictionary", () -> call(s, "__setstate__", 5));
    }

    @Test
    void identityEqualityAndHierarchy() {
        PyObject a = exc(PyExc.ValueError, "x"), b = exc(PyExc.ValueError, "x");
        assertFalse(eq(a, b));
        assertTrue(eq(a, a));
        assertTrue(eq(Abstract.getAttr(a, "args"), Abstract.getAttr(b, "args")));
        assertEquals("ArithmeticError", PyExc.ZeroDivisionError.mro[1].name);
        assertTrue(PyExc.KeyError.isSubtypeOf(PyExc.LookupError));
        assertEquals("<class 'ArithmeticError'>", repr(PyExc.ArithmeticError));
        assertEquals("BaseException", PyExc.SystemExit.base.name);
        assertEquals("ImportError", PyExc.ModuleNotFoundError.base.name);
        assertEquals("NameError", PyExc.UnboundLocalError.base.name);
        assertEquals("IndentationError", PyExc.TabError.base.name);
        assertEquals("ConnectionError", PyExc.BrokenPipeError.base.name);
        assertTrue(PyExc.all().contains(PyExc.OSError));
    }

    @Test
    void pythonSubclassKeepsArgsFromNew() {
        // class NoSuper(Exception): def __init__(self, code): self.code = code
        PyDict ns = new PyDict();
        ns.put(PyStr.of("__init__"), new PyObject(PyType.OBJECT) {
            @Override
            public PyObject call(PyObject[] args, String[] kwnames) { return PyNone.NONE; }
        });
        PyType sub = PyType.heap(PyType.TYPE, "NoSuper", new PyType[] {PyExc.Exception}, ns);
        sub.factory = PyExc.Exception.factory;
        PyObject e = builtin(sub, 42);
        assertEquals("NoSuper(42)", repr(e));
        assertEquals("42", str(e));
        assertEquals("(42,)", attr(e, "args"));
        PyBaseException c = PyBaseException.create(sub, PyInt.of(1));
        assertEquals("(1,)", repr(c.args));
    }

    @Test
    void exceptionGroups() {
        PyObject g = exc(PyExc.BaseExceptionGroup, "m", list(exc(PyExc.ValueError, 1)));
        assertEquals("ExceptionGroup('m', [ValueError(1)])", repr(g));
        assertEquals("BaseExceptionGroup", exc(PyExc.BaseExceptionGroup, "m", list(exc(PyExc.KeyboardInterrupt))).type.name);
        assertRaises(PyExc.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup",
                () -> exc(PyExc.ExceptionGroup, "m", list(exc(PyExc.KeyboardInterrupt))));
        assertRaises(PyExc.ValueError, "second argument (exceptions) must be a non-empty sequence", () -> exc(PyExc.ExceptionGroup, "m", list()));
        assertRaises(PyExc.TypeError, "second argument (exceptions) must be a sequence", () -> exc(PyExc.ExceptionGroup, "m", 5));
        assertRaises(PyExc.TypeError, "second argument (exceptions) must be a sequence",
                () -> exc(PyExc.ExceptionGroup, "m", set(exc(PyExc.ValueError))));
        assertRaises(PyExc.ValueError, "Item 0 of second argument (exceptions) is not an exception", () -> exc(PyExc.ExceptionGroup, "m", list(1)));
        assertRaises(PyExc.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not int",
                () -> exc(PyExc.ExceptionGroup, 1, list(exc(PyExc.ValueError))));
        assertRaises(PyExc.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (1 given)", () -> exc(PyExc.ExceptionGroup, "m"));
        assertRaises(PyExc.TypeError, "ExceptionGroup() takes no keyword arguments",
                () -> exckw(PyExc.ExceptionGroup, new Object[] {"m", list(exc(PyExc.ValueError))}, "x", 1));
        assertEquals("m (1 sub-exception)", str(g));
        assertEquals("m (2 sub-exceptions)", str(exc(PyExc.ExceptionGroup, "m", list(exc(PyExc.ValueError, 1), exc(PyExc.TypeError, 2)))));
        assertEquals("(ValueError(1),)", attr(g, "exceptions"));
        assertEquals("('m', [ValueError(1)])", attr(g, "args"));
        assertEquals("'m'", attr(g, "message"));
        assertRaises(PyExc.AttributeError, "readonly attribute", () -> Abstract.setAttr(g, "message", py("x")));
        assertEquals("ExceptionGroup BaseExceptionGroup Exception BaseException object",
                String.join(" ", java.util.Arrays.stream(PyExc.ExceptionGroup.mro).map(t -> t.name).toList()));

        PyObject inner = exc(PyExc.ExceptionGroup, "inner", list(exc(PyExc.ValueError, 3), exc(PyExc.KeyError, 4)));
        PyObject e = exc(PyExc.ExceptionGroup, "eg", list(exc(PyExc.ValueError, 1), exc(PyExc.TypeError, 2), inner));
        call(e, "add_note", "n1");
        assertEquals("(ExceptionGroup('eg', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])]), "
                + "ExceptionGroup('eg', [TypeError(2), ExceptionGroup('inner', [KeyError(4)])]))", repr(call(e, "split", PyExc.ValueError)));
        assertEquals("(ExceptionGroup('eg', [TypeError(2), ExceptionGroup('inner', [KeyError(4)])]), "
                + "ExceptionGroup('eg', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])]))",
                repr(call(e, "split", tuple(PyExc.TypeError, PyExc.KeyError))));
        assertSame(e, call(e, "subgroup", PyExc.Exception));
        assertEquals("None", repr(call(e, "subgroup", PyExc.OSError)));
        assertRaises(PyExc.TypeError, "expected a function, exception type or tuple of exception types", () -> call(e, "split", 5));
        PyObject part = ((PyTuple) call(e, "split", PyExc.ValueError)).get(0);
        assertEquals("['n1']", attr(part, "__notes__"));
        assertNotSame(Abstract.getAttr(part, "__notes__"), Abstract.getAttr(e, "__notes__"));
        assertEquals("ExceptionGroup('eg', [KeyError(9)])", repr(call(e, "derive", list(exc(PyExc.KeyError, 9)))));
        PyObject keyOnly = Abstract.getAttr(PyExc.KeyError, "__instancecheck__");
        assertEquals("(<class 'ExceptionGroup'>, ('m', [ValueError(1)]))", repr(call(g, "__reduce__")));

        PyBaseException viaJava = PyBaseException.create(PyExc.ExceptionGroup, PyStr.of("j"), list(exc(PyExc.ValueError, 1)));
        assertEquals("j (1 sub-exception)", str(viaJava));

        // except* helpers
        PyObject[] m = PyExceptionGroup.exceptStarMatch(exc(PyExc.ValueError, 5), PyExc.ValueError);
        assertEquals("ExceptionGroup('', (ValueError(5),))", repr(m[0]).replace("[", "(").replace("]", ",)"));
        assertSame(PyNone.NONE, m[1]);
        PyObject[] m2 = PyExceptionGroup.exceptStarMatch(e, PyExc.TypeError);
        assertEquals("ExceptionGroup('eg', [TypeError(2)])", repr(m2[0]));
        PyObject[] m3 = PyExceptionGroup.exceptStarMatch(exc(PyExc.KeyError, 1), PyExc.TypeError);
        assertSame(PyNone.NONE, m3[0]);
        PyObject reraised = PyExceptionGroup.prepReraiseStar(e, new PyObject[] {m2[0], PyNone.NONE});
        assertEquals("ExceptionGroup('eg', [TypeError(2)])", repr(reraised));
        assertSame(PyNone.NONE, PyExceptionGroup.prepReraiseStar(e, new PyObject[] {PyNone.NONE}));
        PyObject fresh = exc(PyExc.RuntimeError, "new");
        assertEquals("ExceptionGroup('', [ExceptionGroup('eg', [TypeError(2)]), RuntimeError('new')])",
                repr(PyExceptionGroup.prepReraiseStar(e, new PyObject[] {m2[0], fresh})));
        assertEquals("ExceptionGroup('eg', [ExceptionGroup('inner', [KeyError(4)])])", repr(call(e, "subgroup", keyOnly)));
    }
}
