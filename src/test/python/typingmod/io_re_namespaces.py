# The deprecated pseudo-modules typing.io and typing.re: their names work and warn.
import sys
import typing
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(typing.re, typing.io, type(typing.re), typing.re.__name__, typing.re.__all__, typing.io.__all__)
    print(typing.re.Pattern)
    print('typing.re' in sys.modules, 'typing.io' in sys.modules)
    from typing.io import TextIO
    print(TextIO)
    import typing.re as r
    print(r.Match)
    print([n for n in dir(typing.re) if not n.startswith('_')])
for w in caught:
    print(w.category.__name__, w.lineno, w.message)
