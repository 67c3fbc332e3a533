# re.RegexFlag: values, reprs and operators.
import re

for f in (re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.T, re.DEBUG, re.NOFLAG, re.TEMPLATE):
    print(repr(f), str(f), int(f), isinstance(f, int), isinstance(f, re.RegexFlag))
print(repr(re.I | re.M), repr(re.A | re.I | re.S), repr(re.I | 1024), repr(1024 | re.I), repr(re.I & 3), repr(re.I ^ re.I))
print(repr(~re.I), int(~re.I), repr(~(re.I | 0x400)), repr(re.RegexFlag(3)), repr(re.RegexFlag(0x100000 | 2)))
print(type(re.I | re.M).__name__, type(re.I + 1).__name__, re.I + 1, re.I == 2, re.I.value, re.I.name, (re.I | re.M).name)
print(re.compile("a", re.I | re.M).flags, type(re.compile("a", re.I).flags).__name__, re.I in (2,), {re.I: 1}[2])
print(re.match("a", "A", re.I) is not None, re.match("a", "A", flags=2) is not None)
