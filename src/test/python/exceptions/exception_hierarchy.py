names = [
    "BaseException", "SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception",
    "StopIteration", "ArithmeticError", "ZeroDivisionError", "OverflowError",
    "FloatingPointError", "AssertionError", "AttributeError", "EOFError", "ImportError",
    "ModuleNotFoundError", "LookupError", "IndexError", "KeyError", "MemoryError",
    "NameError", "UnboundLocalError", "OSError", "FileNotFoundError", "PermissionError",
    "RuntimeError", "RecursionError", "NotImplementedError", "SyntaxError",
    "IndentationError", "TabError", "TypeError", "ValueError", "UnicodeError",
    "UnicodeDecodeError", "UnicodeEncodeError", "StopAsyncIteration", "BufferError",
    "ReferenceError", "SystemError", "ConnectionError", "TimeoutError",
    "BrokenPipeError", "ChildProcessError", "BlockingIOError", "InterruptedError",
]
for name in names:
    cls = getattr(__builtins__, name) if not isinstance(__builtins__, dict) else __builtins__[name]
    print(name, "->", cls.__base__.__name__ if cls.__base__ is not object else "object")
