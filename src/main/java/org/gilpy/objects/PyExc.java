package org.gilpy.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * The built-in exception types of CPython 3.11, in its hierarchy (indentation of the
 * table below follows {@code help(BaseException)}'s tree). Types with attributes or
 * behaviour of their own are declared with {@link #special}: their Java class declares the
 * Python-visible methods and, when given, the factory makes their own layout
 * ({@link PyOSError}, {@link PyStopIteration}, {@link PySystemExit}, {@link PySyntaxError},
 * {@link PyImportError}, {@link PyAttributeError}, {@link PyNameError},
 * {@link PyUnicodeError}; {@link PyKeyError} only changes {@code __str__}). The rest share
 * {@link PyBaseException}. The Java classes are referenced here by literal and method
 * reference only, so initializing this class never initializes them (no cycles).
 */
public final class PyExc {
    private PyExc() {}

    private static final List<PyType> ALL = new ArrayList<>();

    private static PyType sub(String name, PyType base) {
        PyType t = PyType.builtinSubclass(name, base);
        ALL.add(t);
        return t;
    }

    /** A built-in exception type with methods (and, if factory is not null, a layout) of its own. */
    private static PyType special(String name, PyType base, Class<?> javaClass, Function<PyType, PyObject> factory) {
        PyType t = PyType.builtin(name, javaClass, base, factory);
        ALL.add(t);
        return t;
    }

    /** {@code class ExceptionGroup(BaseExceptionGroup, Exception)}: the one built-in
     * exception with two bases. */
    private static PyType exceptionGroup() {
        PyType t = new PyType(PyType.TYPE, "ExceptionGroup", null, new PyType[] {BaseExceptionGroup, Exception},
                BaseExceptionGroup.factory, true);
        ALL.add(t);
        return t;
    }

    public static final PyType BaseException = PyBaseException.TYPE;
    public static final PyType GeneratorExit = sub("GeneratorExit", BaseException);
    public static final PyType KeyboardInterrupt = sub("KeyboardInterrupt", BaseException);
    public static final PyType SystemExit = special("SystemExit", BaseException, PySystemExit.class, PySystemExit::new);
    public static final PyType Exception = sub("Exception", BaseException);
    public static final PyType BaseExceptionGroup = special("BaseExceptionGroup", BaseException,
            PyExceptionGroup.class, PyExceptionGroup::new);
    public static final PyType ExceptionGroup = exceptionGroup();
    public static final PyType ArithmeticError = sub("ArithmeticError", Exception);
    public static final PyType FloatingPointError = sub("FloatingPointError", ArithmeticError);
    public static final PyType OverflowError = sub("OverflowError", ArithmeticError);
    public static final PyType ZeroDivisionError = sub("ZeroDivisionError", ArithmeticError);
    public static final PyType AssertionError = sub("AssertionError", Exception);
    public static final PyType AttributeError = special("AttributeError", Exception, PyAttributeError.class, PyAttributeError::new);
    public static final PyType BufferError = sub("BufferError", Exception);
    public static final PyType EOFError = sub("EOFError", Exception);
    public static final PyType ImportError = special("ImportError", Exception, PyImportError.class, PyImportError::new);
    public static final PyType ModuleNotFoundError = sub("ModuleNotFoundError", ImportError);
    public static final PyType LookupError = sub("LookupError", Exception);
    public static final PyType IndexError = sub("IndexError", LookupError);
    public static final PyType KeyError = special("KeyError", LookupError, PyKeyError.class, null);
    public static final PyType MemoryError = sub("MemoryError", Exception);
    public static final PyType NameError = special("NameError", Exception, PyNameError.class, PyNameError::new);
    public static final PyType UnboundLocalError = sub("UnboundLocalError", NameError);
    public static final PyType OSError = special("OSError", Exception, PyOSError.class, PyOSError::new);
    public static final PyType BlockingIOError = sub("BlockingIOError", OSError);
    public static final PyType ChildProcessError = sub("ChildProcessError", OSError);
    public static final PyType ConnectionError = sub("ConnectionError", OSError);
    public static final PyType BrokenPipeError = sub("BrokenPipeError", ConnectionError);
    public static final PyType ConnectionAbortedError = sub("ConnectionAbortedError", ConnectionError);
    public static final PyType ConnectionRefusedError = sub("ConnectionRefusedError", ConnectionError);
    public static final PyType ConnectionResetError = sub("ConnectionResetError", ConnectionError);
    public static final PyType FileExistsError = sub("FileExistsError", OSError);
    public static final PyType FileNotFoundError = sub("FileNotFoundError", OSError);
    public static final PyType InterruptedError = sub("InterruptedError", OSError);
    public static final PyType IsADirectoryError = sub("IsADirectoryError", OSError);
    public static final PyType NotADirectoryError = sub("NotADirectoryError", OSError);
    public static final PyType PermissionError = sub("PermissionError", OSError);
    public static final PyType ProcessLookupError = sub("ProcessLookupError", OSError);
    public static final PyType TimeoutError = sub("TimeoutError", OSError);
    public static final PyType ReferenceError = sub("ReferenceError", Exception);
    public static final PyType RuntimeError = sub("RuntimeError", Exception);
    public static final PyType NotImplementedError = sub("NotImplementedError", RuntimeError);
    public static final PyType RecursionError = sub("RecursionError", RuntimeError);
    public static final PyType StopAsyncIteration = sub("StopAsyncIteration", Exception);
    public static final PyType StopIteration = special("StopIteration", Exception, PyStopIteration.class, PyStopIteration::new);
    public static final PyType SyntaxError = special("SyntaxError", Exception, PySyntaxError.class, PySyntaxError::new);
    public static final PyType IndentationError = sub("IndentationError", SyntaxError);
    public static final PyType TabError = sub("TabError", IndentationError);
    public static final PyType SystemError = sub("SystemError", Exception);
    public static final PyType TypeError = sub("TypeError", Exception);
    public static final PyType ValueError = sub("ValueError", Exception);
    public static final PyType UnicodeError = special("UnicodeError", ValueError, PyUnicodeError.class, PyUnicodeError::new);
    public static final PyType UnicodeDecodeError = special("UnicodeDecodeError", UnicodeError, PyUnicodeDecodeError.class, null);
    public static final PyType UnicodeEncodeError = special("UnicodeEncodeError", UnicodeError, PyUnicodeEncodeError.class, null);
    public static final PyType UnicodeTranslateError = special("UnicodeTranslateError", UnicodeError, PyUnicodeTranslateError.class, null);
    public static final PyType Warning = sub("Warning", Exception);
    public static final PyType BytesWarning = sub("BytesWarning", Warning);
    public static final PyType DeprecationWarning = sub("DeprecationWarning", Warning);
    public static final PyType EncodingWarning = sub("EncodingWarning", Warning);
    public static final PyType FutureWarning = sub("FutureWarning", Warning);
    public static final PyType ImportWarning = sub("ImportWarning", Warning);
    public static final PyType PendingDeprecationWarning = sub("PendingDeprecationWarning", Warning);
    public static final PyType ResourceWarning = sub("ResourceWarning", Warning);
    public static final PyType RuntimeWarning = sub("RuntimeWarning", Warning);
    public static final PyType SyntaxWarning = sub("SyntaxWarning", Warning);
    public static final PyType UnicodeWarning = sub("UnicodeWarning", Warning);
    public static final PyType UserWarning = sub("UserWarning", Warning);

    /** Every built-in exception type except BaseException, in table order (for builtins). */
    public static List<PyType> all() {
        return Collections.unmodifiableList(ALL);
    }
}
