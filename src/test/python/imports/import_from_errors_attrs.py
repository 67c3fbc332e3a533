# relative imports two levels deep, and the name/path attributes of import errors
import sys

import _relpkg
import _relpkg.inner

print(_relpkg.inner.parent_a is _relpkg.a, _relpkg.inner.public, _relpkg.inner.m.__name__, _relpkg.af())
print(len(_relpkg.__path__), _relpkg.__file__.endswith('__init__.py'), _relpkg.__package__, _relpkg.a.__package__)
try:
    from _relpkg import nosuch
except ImportError as e:
    print(e.msg.split(' (')[0], '|', e.name, '|', e.path.endswith('__init__.py'))
try:
    from sys import nosuch
except ImportError as e:
    print(e, '|', e.name, '|', e.path)
try:
    import _relpkg.a.nothing
except ModuleNotFoundError as e:
    print(e, '|', e.name)
try:
    from . import x
except ImportError as e:
    print(e)
m = __import__('_relpkg.inner', fromlist=['m'])
print(m.__name__, __import__('_relpkg.inner').__name__)
sys.modules['fake_mod'] = 42
import fake_mod
print(fake_mod)
sys.modules['fake_mod'] = None
try:
    import fake_mod
except ImportError as e:
    print(type(e).__name__, e)
