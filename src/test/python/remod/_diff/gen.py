"""Writes the differential tables for re: run it with CPython 3.11.7 from this folder,

    PYENV_VERSION=3.11.7 python3 gen.py

Each table <name>.txt holds one row a line, repr((pattern, flags, subject, templates,
result)), result being redescribe.describe() under CPython. The golden programs
../difftable_<name>.py recompute every row and print the ones that differ.
"""
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from redescribe import describe  # noqa: E402

I, M, S, X, A, L = re.I, re.M, re.S, re.X, re.A, re.L
HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, rows):
    with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
        for pattern, flags, subject, templates in rows:
            result = describe(pattern, flags, subject, templates)
            f.write(repr((pattern, flags, subject, tuple(templates), result)) + "\n")
    print(name, len(rows))


def cross(patterns, subjects, flags=(0,), templates=()):
    return [(p, f, s, templates) for p in patterns for f in flags for s in subjects]


# ---- random patterns over a small alphabet ------------------------------------------------

ALPHABET = "aab c\n1A_é-."
CLASSES = ["[ab]", "[^a]", "[a-c]", "[^\\n]", r"[\d_]", r"[\w-]", "[]a]", "[-a]", "[a-]", r"[\s\S]",
           r"[^\W\d]", "[.]", "[A-Za-z]", r"[\x61-\x63]", "[éÉ]", "[^ ]", r"[\b]", "[a-cA]"]
ESCAPES = [r"\d", r"\D", r"\w", r"\W", r"\s", r"\S", r"\b", r"\B", r"\A", r"\Z", "^", "$", ".",
           r"\.", r"\-", r"\n", r"\x61", r"\141", r"\u00e9", r"\t", r"\0", r"\N{LATIN SMALL LETTER A}",
           r"\U000000c9", r"\ ", " ", "#", r"\#", r"\x2d", r"\12"]
QUANTS = ["*", "+", "?", "*?", "+?", "??", "*+", "++", "?+", "{2}", "{1,}", "{,2}", "{1,2}",
          "{0,1}?", "{2,}?", "{1,2}+", "{0}", "{3}", "{,}", "{2,1}"]


class Gen:
    def __init__(self, rnd):
        self.r = rnd
        self.groups = 0
        self.names = []

    def atom(self, depth):
        r = self.r
        k = r.random()
        if k < 0.35:
            return r.choice("aabc A1é")
        if k < 0.45:
            return r.choice(CLASSES)
        if k < 0.6:
            return r.choice(ESCAPES)
        if depth <= 0:
            return r.choice("abc")
        k = r.random()
        if k < 0.3:
            self.groups += 1
            return "(" + self.alt(depth - 1) + ")"
        if k < 0.45:
            return "(?:" + self.alt(depth - 1) + ")"
        if k < 0.52:
            self.groups += 1
            name = "n%d" % self.groups
            self.names.append(name)
            return "(?P<%s>%s)" % (name, self.alt(depth - 1))
        if k < 0.6:
            return "(?>" + self.alt(depth - 1) + ")"
        if k < 0.7:
            return r.choice(["(?=", "(?!", "(?<=", "(?<!"]) + self.alt(depth - 1) + ")"
        if k < 0.78:
            if self.names and r.random() < 0.5:
                return "(?P=%s)" % r.choice(self.names)
            return "\\%d" % r.randint(1, 3)
        if k < 0.86:
            g = r.randint(1, 3) if not self.names or r.random() < 0.6 else r.choice(self.names)
            no = "|" + self.seq(depth - 1) if r.random() < 0.7 else ""
            return "(?(%s)%s%s)" % (g, self.seq(depth - 1), no)
        if k < 0.94:
            fl = r.choice(["i", "-i", "s", "m", "x", "a", "i-s", "-m", "is"])
            return "(?%s:%s)" % (fl, self.alt(depth - 1))
        return "(?#c)"

    def piece(self, depth):
        a = self.atom(depth)
        if self.r.random() < 0.3:
            a += self.r.choice(QUANTS)
        return a

    def seq(self, depth):
        return "".join(self.piece(depth) for _ in range(self.r.randint(0 if depth else 1, 3)))

    def alt(self, depth):
        n = 1 if self.r.random() < 0.7 else self.r.randint(2, 3)
        return "|".join(self.seq(depth) for _ in range(n))


def random_rows(seed, count, depth=2, length=9, as_bytes=False):
    rnd = random.Random(seed)
    rows = []
    flag_choices = [0, 0, 0, I, M, S, X, A, I | A, I | M | S]
    if as_bytes:
        flag_choices = [0, 0, I, L, I | L, M | S, X, A | I]
    while len(rows) < count:
        g = Gen(rnd)
        pattern = g.alt(depth)
        if rnd.random() < 0.08:
            pattern = "(?%s)" % rnd.choice("imsxa") + pattern
        flags = rnd.choice(flag_choices)
        if as_bytes:
            pattern = pattern.encode("latin-1")
        for _ in range(3):
            subject = "".join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, length)))
            if as_bytes:
                subject = subject.encode("latin-1")
            if "SystemError" not in repr(describe(pattern, flags, subject)):  # CPython's own bugs
                rows.append((pattern, flags, subject, ()))
    return rows


# ---- the documented syntax, feature by feature ---------------------------------------------

SUBJECTS = ["", "a", "ab", "aab", "abc", "ba", "aaa", "a\nb\n", "xaby", "AbC", "ab12_ cd", "é\u00c9"]


def syntax_rows():
    rows = []
    simple = [
        # literals, dot, escapes
        "a", "ab", "a.c", ".", "..", r"\.", r"a\.b", r"\a\f\n\r\t\v", r"\x41\x62", r"\u00e9", r"\U000000e9",
        r"\101", r"\0", r"\07", r"\012", r"\N{LATIN SMALL LETTER A}", r"\N{LATIN CAPITAL LETTER E WITH ACUTE}",
        r"\N{EM DASH}", r"\\", r"\(\)\[\]\{\}\*\+\?\|\^\$", r"\ ", r"\-", r"\#", r"\&\~",
        # classes
        "[ab]", "[^ab]", "[a-c]", "[^a-c]+", "[]]", "[]a]+", "[^]]+", "[a-]+", "[-a]+", "[a\\-z]+", r"[\]]",
        r"[\\]", r"[\d]+", r"[\D]+", r"[\w]+", r"[\W]+", r"[\s]+", r"[\S]+", r"[^\d\s]+", r"[\x61-\x62]+",
        r"[\u0061\u0062]+", r"[\N{LATIN SMALL LETTER B}]", r"[\141]", r"[\0]", r"[\b]", r"[a-a]", "[.+*?]+",
        "[$^]+", "[(|)]+", "[{}]+", "[#]", "[ ]", r"[\n]", "[é-ê]+", "[A-z]+", "[^\n]+",
        # category escapes and anchors
        r"\d+", r"\D+", r"\w+", r"\W+", r"\s+", r"\S+", r"\b", r"\B", r"\ba", r"b\b", r"\Ba", r"a\B",
        r"\Aa", r"a\Z", r"\A", r"\Z", "^", "$", "^a", "a$", "^$", r"$\n", "(?m)^a", "(?m)a$", "(?m)^", "(?m)$",
        "(?s).", "(?s).+", ".+", r"\b\w+\b", r"\B\w\B",
        # quantifiers
        "a*", "a+", "a?", "a*?", "a+?", "a??", "a*+", "a++", "a?+", "a{2}", "a{2,}", "a{,2}", "a{1,2}",
        "a{2}?", "a{1,2}?", "a{,2}?", "a{2,}?", "a{1,2}+", "a{2,}+", "a{0}", "a{0,0}", "a{,}", "a{", "a{1",
        "a{1,", "a{x}", "a{1,x}", "{", "}", "{1}a", "a{ 1}", "a{1 }", "a{01}", "(?:ab)*", "(?:ab)+?", "(ab)*",
        "(a*)*", "(a*)+", "(a+)*", "(a?)*", "(a|b)*", "(a|b)*?", "(a|b)*+", "(?:a|ab)*c", "(a|ab)(c|bcd)",
        "a*a", "a*?a", "a*+a", "a+b", ".*", ".*?", ".*b", ".*?b", "(?:a*)*b", "(?:a?)+?b", "(a{0,2})*",
        "x*", "x*?", "(?:)", "(?:)*", "()*", "(|a)*", "(a|)*", "(?:a|)+?",
        # alternation and groups
        "a|b", "ab|a", "a|ab", "|a", "a|", "|", "(a)|b", "(a)|(b)", "(a)(b)?", "(a)?(b)", "((a)(b))", "(a(b(c)))",
        "(?:a)(b)", "(?P<x>a)", "(?P<x>a)(?P<y>b)?", "(?P<first>a)|(?P<second>b)", "(?P<x>a)(?P=x)",
        "(a)\\1", "(a*)\\1", "(a)(b)\\2\\1", "(?P<x>a|b)+(?P=x)", "((a)|b)+", "(a)|b", "(?:(a)|(b))+",
        "(a)?\\1", "(a|b)\\1", r"(?P<é>a)", r"(?P<_a1>b)",
        # atomic groups
        "(?>a*)a", "(?>a*)", "(?>a|ab)c", "(?>ab|a)c", "(?>(a)b|a)", "(?>a+)b", "a(?>b*)c",
        # lookaround
        "a(?=b)", "a(?!b)", "(?<=a)b", "(?<!a)b", "(?=a)", "(?!a)", "(?<=a)", "(?<!a)", "(?<=ab)c",
        "(?<=a|b)c", "(?<=(a))b", "(?=(a))", "(?=(a+))a", "(?!(a))b", "(?<=\\d)\\w", "(?<=^)a", "(?<!^)a",
        "(?<=a(?=b))b", "(?<=(?<=a)b)c", "a(?=b|c)", "(?=a)*", "(?<=a{2})a", "(?<=[ab])c",
        # conditionals
        "(a)?(?(1)b|c)", "(a)?(?(1)b)", "(?P<q>a)?(?(q)b|c)", "(?:(a)|b)(?(1)c|d)", "(a)?(?(1)|c)",
        "(?(1)a|b)?(x)", "(a)?b(?(1)c)",
        # inline flags
        "(?i)a", "(?i)ab", "(?i:a)b", "a(?i:b)", "(?-i:a)b", "(?i)(?-i:a)b", "(?s).", "(?s:.)a", "(?m:^)a",
        "(?x)a b # c", "(?x)a\\ b", "(?x)[ ]a", "(?x: a b )c", "(?a)\\w+", "(?a:\\w)\\w", "(?u)\\w+",
        "(?im)^a", "(?i)[a-c]+", "(?i)[^a]", "(?i)\\w", "(?is-m:.)", "(?-s:.)", "(?i)é", "(?ia)é",
        "(?#comment)a", "a(?#c)b",
    ]
    for k, p in enumerate(simple):
        # every pattern plain and ignoring case; the other flags in turn
        for f in (0, I, (M, S, A, X, M | S, I | A)[k % 6]):
            for s in SUBJECTS:
                rows.append((p, f, s, ()))
    return rows


def error_rows():
    bad = [
        "(", ")", "((a)", "(a))", "*", "+", "?", "{1}", "a**", "a*+*", "a??+", "a++*", "a{2}{3}", "a{2}*",
        r"\q", r"\z", r"\E", r"\i", "\\", r"a\\", "(?<x", "(?<=a+)", "(?<=a|bc)", "(?<=a{1,2})", "(?<=a*)",
        "(?<!a?)", r"(?<=\b)", r"(?<=(a)\1)", r"(a)\3", r"\1(a)", r"(a\1)", r"\12", r"\08", r"\99", r"\400",
        r"\777", "a{2,1}", "a{3,2}?", "[a", "[]", "[^]", "[a-", "[b-a]", r"[\d-z]", r"[a-\d]", r"[\w-a]",
        r"[a-\]", "[z-a]", r"[\z]", r"[\8]", r"[\A]", r"[\Z]", r"[\B]", r"[\400]",
        "(?P<1a>x)", "(?P<a-b>x)", "(?P<>x)", "(?P=n)", "(?P<n>a)(?P<n>b)", "(?P=1)", "(?P=a b)", "(?P<n>(?P=n))",
        r"\x", r"\x1", r"\xg1", r"\x{41}", r"\u12", r"\u12g4", r"\U1234", r"\U00110000", r"\U0010FFFF",
        r"\N", r"\N{", r"\N{x", r"\N{foo}", r"\N{}", r"\N{LATIN SMALL LETTER A", r"[\N{foo}]",
        "(?", "(?z)", "(?i", "(?x", "(?-", "(?-i", "(?i-", "(?i-)", "(?i-i:a)", "(?-a:b)", "(?-u:b)",
        "(?-L:b)", "(?au:b)", "(?aL)", "(?L)", "(?L:a)", "(?iz)", "(?-z:a)", "(?i:", "(?i:a", "a(?i)b",
        "a|(?i)b", "((?i)a)", "(?:)(?i)", "(?i)(?m)a", "(?#abc", "(?#", "(?P", "(?P<", "(?P<a", "(?Px)",
        "(?P>a)", "(?P=)", "(?P=a", "(?<", "(?<a>x)", "(?=", "(?!", "(?<=", "(?<!", "(?>", "(?>a",
        "(?(3)a|b)", "(?(a)a|b|c)", "(?(1)a|b|c)(x)", "(?(0)a|b)", "(?(-1)a)", "(?()a)", "(?(1a)b)", "(?(1",
        "(?(1)", "(?(1)a", "(?(a b)x)", "(?(x)a)(?P<x>b)", "(?(1)a|b)(c)",
        "^*", r"\b*", "$?", r"\A+", r"\Z*", "a|*", "(*)", "(?#x)*", "(?:)*?", "(?=a)+",
        "a{4294967295}", "a{4294967296}", "a{1,4294967295}", "a{99999999999999999999}", "a{4294967294}",
        "(?a)(?u)", "(?x) a\n (", "a\n(", "ab\ncd\n  )", "a\nb\n[", "(?x)a#\n)", "[[a]", "[a--b]", "[a&&b]",
        "[a||b]", "[a~~b]", "[[:alpha:]]", "a{,", "(?P<a>)(?P<b>)(?P=c)",
    ]
    rows = [(p, 0, "a", ()) for p in bad]
    rows += [(p, X, "a", ()) for p in ["a #(\n)", "(?x)#(", "[ a", "a {2}", "a{2 }", "\\ *"]]
    rows += [("a", L, "a", ()), ("a", A | re.U, "a", ()), (b"a", re.U, b"a", ()), (b"a", L | A, b"a", ()),
             (b"(?u)", 0, b"a", ()), (b"\\u1234", 0, b"a", ()), (b"\\N{x}", 0, b"a", ()),
             (b"(?L)(?a)x", 0, b"x", ()), (b"[\\u1234]", 0, b"a", ()), ("(?L)a", 0, "a", ()),
             ("a", 1 << 12, "a", ())]
    return rows


def casefold_rows():
    chars = ["a", "A", "k", "K", "\u212a", "s", "S", "\u017f", "\u00df", "\u1e9e", "\u0130", "\u0131", "i", "I",
             "\u03c3", "\u03c2", "\u03a3", "\u00b5", "\u03bc", "\u039c", "\u00e9", "\u00c9", "\u01c4", "\u01c5",
             "\u01c6", "\u03b8", "\u03d1", "\u03f4", "\u1e60", "\u1e9b", "\u0345", "\u03b9", "\u1fbe", "\u0399",
             "\ufb05", "\ufb06", "\u00ff", "\u0178", "\u0434", "\u0414", "\u1c81", "\U00010400", "\U00010428",
             "\u2126", "\u03c9", "\u00e5", "\u212b", "\u00c5"]
    rows = []
    subject = "".join(chars)
    for c in chars:
        for f in (I, I | A, 0):
            rows.append((c, f, subject, ()))
            rows.append(("[%s]" % c, f, subject, ()))
            rows.append(("[^%s]+" % c, f, subject, ()))
    for p in [r"[a-z]+", r"[A-Z]+", r"[k-l]+", r"[\u0400-\u045f]+", r"[\u03b0-\u03c9]+", r"(\w)\1", r"(.)\1",
              r"[^a-z]+", r"\w+", r"[\u00c0-\u00df]+", r"[r-t]+", r"[h-j]+"]:
        for f in (I, I | A):
            rows.append((p, f, subject + "aA kK\u212a sS\u017f", ()))
    for b in [b"a", b"[a-z]+", b"(\\w)\\1", b"\xe9", b"[\xc0-\xdf]+", b"\\w+"]:
        for f in (I, I | L, L, 0):
            rows.append((b, f, b"aAzZ \xe9\xc9 kK", ()))
    return rows


def template_rows():
    templates = [r"<\g<0>>", r"[\1]", r"\g<1>\g<2>", r"\g<x>", r"\2\1", r"\10", r"\1\0", r"\g<1>0",
                 r"\n\t\\", r"\x", r"\q", r"\g<-1>", r"\g<1a>", r"\g<>", r"\g<a", r"\g", r"\3", r"\g<3>",
                 r"\\1", r"\0\01\012\0123", r"\08", r"\400", r"\177", r"\g<00001>", r"\g<\u0661>", "\\",
                 r"\g<y>", r"-\g<x>-\g<y>-", r"\a\b\f\v\r", r"\.", "plain", "", r"\g<0>\g<0>", r"\11"]
    pats = ["(a)(b)?", "(?P<x>a)|(?P<y>b)", "a*", "(a*)", "()", r"(\w)(\w)?", "x*", "(?P<x>.)",
            "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)"]
    subjects = ["abab", "", "xaybz", "abcdefghijk"]
    return [(p, 0, s, tuple(templates)) for p in pats for s in subjects]


def bytes_rows():
    pats = [b"a", b"a.c", b"[a-c]+", rb"\d+", rb"\w+", rb"\s+", rb"\b\w", rb"(a)(b)?", rb"(?P<x>\w)(?P=x)",
            b"\xe9+", rb"[\x80-\xff]+", rb"\x41", rb"\101", rb"(?i)\xe9", b"(?L)\\w+", b"(?a)\\w", b"a|",
            b"", rb"(?<=a)b", b"(?s).", b"(?m)^a", b"a*?", b"(a)|b"]
    subjects = [b"", b"abc", b"a\nb", b"\xe9\xc9a1", b"aab ab", b"A\x00B"]
    return cross(pats, subjects, (0, I, L, M | S), (rb"<\g<0>>", rb"\1"))


def main():
    if sys.version_info[:3] != (3, 11, 7):
        sys.exit("run with CPython 3.11.7")
    write("random", random_rows(1, 3000))
    write("random_deep", random_rows(7, 2000, 3, 20))
    write("random_bytes", random_rows(11, 1500, 2, 12, True))
    write("syntax", syntax_rows())
    write("errors", error_rows())
    write("casefold", casefold_rows())
    write("templates", template_rows())
    write("bytes", bytes_rows())


if __name__ == "__main__":
    main()
