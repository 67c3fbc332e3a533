# the whole built-in exception hierarchy of CPython 3.11, printed as a tree
import builtins

classes = [v for v in vars(builtins).values() if isinstance(v, type) and issubclass(v, BaseException)]


def tree(cls, depth):
    print('  ' * depth + cls.__name__)
    subs = sorted((c for c in classes if c.__bases__[0] is cls), key=lambda c: c.__name__)
    for c in subs:
        tree(c, depth + 1)


tree(BaseException, 0)
print(len(classes))
print(ExceptionGroup.__bases__, BaseExceptionGroup.__bases__, [c.__name__ for c in ExceptionGroup.__mro__])
print(issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception), issubclass(StopAsyncIteration, Exception))
