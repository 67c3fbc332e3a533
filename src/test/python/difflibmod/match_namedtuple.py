# difflib.Match is a named tuple (a, b, size) with the namedtuple API.
import difflib

M = difflib.Match
m = difflib.SequenceMatcher(None, "abxcd", "abcd").find_longest_match(0, 5, 0, 4)
print(m, type(m) is M, M._fields, M.__match_args__, M._field_defaults)
print(M._make([1, 2, 3]), m._replace(size=9), m._asdict(), tuple(m))
try:
    M._make([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    m._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
