# Bad patterns: the exception type, message, pos, lineno and colno, as CPython reports them.
import re

PATTERNS = [
    "(", ")", "*", "+", "?", "{1}", "a**", "a*+*", "a??+", "x*?*", "a{2}{3}", "a{1}{2}", r"\q", r"\\",
    "\\", "(?<x", "(?<=a+)", "(?<=a|bc)", "(?<=a{1,2})", r"(a)\3", r"\1(a)", r"(a\1)", r"\12",
    "a{2,1}", "[a", "[]", "[^]", "[a-", "[b-a]", r"[\d-z]", r"[a-\d]", r"[\w-a]", r"[a-\]",
    "(?P<1a>x)", "(?P=n)", "(?P<n>a)(?P<n>b)", r"\x1", r"\x{41}", r"\u12", r"\U00110000", "(?", "(?z)",
    "(?i", "(?x", "a(?i)b", "a|(?i)b", "((?i)a)", "(?:)(?i)", "(?(3)a|b)", "(?(a)a|b|c)", "(?(1)a|b|c)(x)",
    r"(?<=(a)\1)", r"\N{foo}", r"\N", r"\N{", r"\N{x", "(?P<a", "(?P", "(?P>a)", "(?P=)", "(?P<>a)",
    "(?-i)", "(?i-i:a)", "(?-a:b)", "(?au:b)", "(?L)", "(?iz)", "(?i-)", "(?-z:a)", "(?#abc", "a\n(",
    "ab\ncd\n  )", r"\8", "(?>a", r"\400", r"[\400]", r"[\8]", r"[\A]", "(?(0)a|b)", "(?(-1)a)", "(?()a)",
    "(?(1a)b)", "(?(1", "(?<", "(?=", "^*", r"\b*", "$?", r"\A+", "a|*", "(*)", "(?#x)*",
    "a{4294967295}", "a{4294967296}", "(?a)(?u)", "(?x) a\n (",
]

for p in PATTERNS:
    try:
        re.compile(p)
        print(repr(p), "ok")
    except re.error as e:
        print(repr(p), type(e).__name__, e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except (OverflowError, ValueError) as e:
        print(repr(p), type(e).__name__, e)

for p, flags in [("a", re.L), ("a", re.A | re.U), (b"a", re.U), (b"a", re.L | re.A), (b"(?u)", 0),
                 (b"\\u1234", 0), (b"\\N{x}", 0), (b"(?L)(?a)x", 0), (b"[\\u1234]", 0)]:
    try:
        re.compile(p, flags)
        print(repr(p), "ok")
    except re.error as e:
        print(repr(p), type(e).__name__, e, e.pos, e.lineno, e.colno)
    except (OverflowError, ValueError) as e:
        print(repr(p), type(e).__name__, e)

e = re.error("plain")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error("msg", "ab\ncd", 4)
print(e, e.lineno, e.colno)
e = re.error("msg", b"ab\ncd", 1)
print(e, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)

for bad in [5, None, [1]]:
    try:
        re.compile(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    re.compile(re.compile("a"), re.I)
except ValueError as e:
    print("ValueError", e)
for pat, subject in [("a", b"a"), (b"a", "a"), ("a", 5), (b"a", None)]:
    try:
        re.search(pat, subject)
    except TypeError as e:
        print("TypeError", e)
for f in (None, "x", 1.5):
    try:
        re.compile("a", f)
    except TypeError as e:
        print("TypeError", e)
