# AbstractContextManager is an ABC: abstract __exit__, structural subclass checks.
import abc
from contextlib import AbstractContextManager, ExitStack, closing, nullcontext

print(type(AbstractContextManager).__name__, AbstractContextManager.__abstractmethods__)
class NoExit(AbstractContextManager):
    pass
try:
    NoExit()
except TypeError as e:
    print("TypeError:", e)
class WithExit(AbstractContextManager):
    def __exit__(self, *a):
        return None
with WithExit() as w:
    print(type(w).__name__)

class Duck:
    def __enter__(self): return self
    def __exit__(self, *a): pass
class Half:
    def __enter__(self): return self
class Off(Duck):
    __exit__ = None
print(isinstance(Duck(), AbstractContextManager), issubclass(Half, AbstractContextManager),
      issubclass(Off, AbstractContextManager), issubclass(ExitStack, AbstractContextManager),
      isinstance(closing(1), AbstractContextManager), isinstance(nullcontext(), AbstractContextManager),
      isinstance(open(__file__), AbstractContextManager))
print(ExitStack.__abstractmethods__, issubclass(ExitStack, abc.ABC))
