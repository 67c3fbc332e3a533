# dir(typing) lists the lazily built aliases too (module-level __dir__, PEP 562), and
# ``from typing import *`` imports exactly __all__.
import typing

d = dir(typing)
print([n for n in ['Iterable', 'Deque', 'Pattern', 'List', 'cast', 'ContextManager'] if n in d])
print(d == sorted(d))
ns = {}
exec('from typing import *', ns)
print(sorted(k for k in ns if k != '__builtins__') == sorted(typing.__all__))
print(hasattr(typing, 'Iterable'), hasattr(typing, 'NoSuchThing'))
