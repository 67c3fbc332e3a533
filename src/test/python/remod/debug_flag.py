# re.DEBUG: compiling prints the parsed pattern as CPython 3.11 shows its parse tree (the
# tree only: the listing of CPython's compiled code that follows it is not compared), and
# the pattern still compiles and matches normally; DEBUG patterns are not cached.
import contextlib
import io
import re

PATTERNS = [
    "a", "abc", "a|b", "ab|ac", "abc|abd|x", "a|bc", "(a|b)", "(?:a|b)c", "a|b|cd", r"[a-z\d_]", "[^a]",
    "[^ab]", "[a]", r"[\w]", r"[^\w]", r"\w", r"\W", r"\d", r"\s", r"\S", r"\D", r"\b", r"\B", r"\A", r"\Z",
    "^", "$", "(?m)^$", ".", "(?s).", "a*", "a*?", "a*+", "a{2,5}?", "(?:ab){2}", "(a)", "(?P<n>a)(?P=n)",
    "(?i)a", "(?i:a)", "(?-i:a)", "(?i)(?-i:a)b", "(?x)a b", r"(?a:\w)", "(?>a)", "(?=a)", "(?!a)", "(?<=ab)",
    "(?<!a)", "(a)?(?(1)b|c)", "(a)(?(1)b)", r"(a)\1", "a|", "|a", "", "(?#x)", "é", "[é-ê]", r"\n", "(a)|b",
    "ab|a", "a(?:b|c)", "(?:)", "()", "[ab]|c", "a|[bc]", r"\x00", r"[\s\d]", "[a-a]", "(?u)a", "[-]",
    "a.b|a.c", "(?:a)*", r"(?P<year>\d{4})-(?P<m>\d\d)", r"^\s*(#.*)?$", r"(?i)(?s:a.)|b", r"(a|b|c)+?d",
    r"x(?:ab|ac|ad)*", r"(?:a|ab)(?:c|bcd)", r"[^\W\d_]+", r"\bfoo(?=bar)|baz", r"(?x) ( a | b ) # c",
    r"a{3,}?b{,2}", r"((a)(?(2)b|c))", r"(?<=\d)(?<!x)y", r"(?:(?:a))", r"(?i:a(?-i:b)c)", "a|a", "ab|ab",
    r"[a-cx]|[d-f]", r"[^a]|b", r"\w|\d", r"(?a)[\w\s]", r"(?:x)(?:)", r"a(?:)b", "(a)|(b)|", "(?:a|b|)",
    r"\x41\u0100", r"(?>a|b)+", r"a++|b*+c", r"(?s:.)(?m:$)", b"[\x00-\xff]", b"(?L)\\w+",
]

for p in PATTERNS:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        compiled = re.compile(p, re.DEBUG)
    print("=====", repr(p), compiled.flags & re.DEBUG != 0)
    text = out.getvalue()
    print("" if text.startswith("\n") else text.split("\n\n")[0].rstrip("\n"))  # the tree (empty for an empty pattern)

out = io.StringIO()
with contextlib.redirect_stdout(out):
    a = re.compile("x+y", re.DEBUG)
    b = re.compile("x+y", re.DEBUG)
print(a is b, a == b, out.getvalue().count("MAX_REPEAT"), a.search("axxy").span(), a)
try:
    re.compile("(a", re.DEBUG)
except re.error as e:
    print("error:", e)
