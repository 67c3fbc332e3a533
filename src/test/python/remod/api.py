# The Pattern and Match API: attributes, methods with pos/endpos, reprs, errors.

import re

p = re.compile(r"(?P<a>a)(b)?")
for args in [(), (-5,), (1,), (10,), (0, -1), (2, 1), (0, 100), (1, 3)]:
    print(args, p.search("xab", *args), p.match("ab", *args), p.fullmatch("ab", *args))
print(re.compile("").match("abc", 2, 1), re.compile("$").search("abc", 0, 2))
print(re.compile("^b").search("ab", 1), re.compile(r"\bb").search("ab", 1), re.compile("(?<=a)b").search("ab", 1))
print(re.compile("a$").search("ab", 0, 1), re.compile(r"a\Z").match("ab", 0, 1))

m = p.search("xab")
print(m.span(), m.span(1), m.span("a"), m.start(2), m.end(2), m.regs, m.groups(), m.groupdict())
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re, m.string)
print(m[0], m[1], m["a"], m.group(0, 1, "a"), m.group(), bool(m), m.group(True))
m2 = re.match("(a)(b)?", "a")
print(m2.groups(), m2.groups("X"), m2.span(2), m2.start(2), m2.regs, m2.lastindex, m2.lastgroup,
      m2.group(2), m2.groupdict("d"), m2.group(1, 2))
m3 = re.match("(?P<x>a)|(?P<y>b)", "b")
print(m3.groupdict(), m3.groupdict(0), m3.lastindex, m3.lastgroup)
print(re.match("((a)b)", "ab").lastindex, re.match("(a)|(b)", "b").lastindex,
      re.match("(?:(a)|b)*", "ab").lastindex, re.match("(a)(?:b|(c))", "ab").lastindex,
      re.match("a", "a").lastindex, re.match("(?P<n>a)", "a").lastgroup)
for bad in [3, "zz", -1, 1.0, None]:
    for f in (m.group, m.span, m.start, m.end, m.__getitem__):
        try:
            f(bad)
        except IndexError as e:
            print("IndexError", e, end="; ")
    print()

print(repr(re.match(".*", "x" * 100)))
print(repr(re.match(".*", "ab'\"c")), repr(re.match(b".*", b"ab'\xffc")), repr(re.match("", "")))
print(type(m).__name__, type(p).__name__, re.Match is type(m), re.Pattern is type(p), type(m).__module__)
print(type(p.groupindex["a"]), dict(p.groupindex), len(p.groupindex), list(p.groupindex))
try:
    p.groupindex["b"] = 1
except TypeError as e:
    print("TypeError", e)
for attr in ("pattern", "flags", "groups"):
    try:
        setattr(p, attr, 1)
    except AttributeError:
        print("AttributeError for", attr)

print(repr(re.compile("a+", re.I)), repr(re.compile("a")), repr(re.compile(b"a", re.I)),
      repr(re.compile("a", re.I | re.M | re.S | re.X)), repr(re.compile("(?i)a")), repr(re.compile("a", re.A)))
print(repr(re.compile("a", re.A | re.I | 0x800)), repr(re.compile("a", re.U)), repr(re.compile(b"a", re.L | re.I)))
print(repr(re.compile("a" * 300)))
print(repr(re.compile("x'\"")), repr(re.compile("\n\t")))
print(re.compile("a").flags, re.compile(b"a").flags, re.compile("(?i)a").flags, re.compile("(?x)a", re.A).flags,
      re.compile(b"(?L)a").flags, re.compile("a", re.DEBUG & 0).flags)
print(re.compile("(a)(b)(?:c)(?P<d>d)").groups, re.compile("a").groups, re.compile("a").groupindex)
print(re.compile(re.compile("a")) is re.compile("a"), re.compile("a") is re.compile("a"))
print(p.__copy__() is p, p.__deepcopy__({}) is p, m.__copy__() is m, m.__deepcopy__({}) is m)
print(p == re.compile(r"(?P<a>a)(b)?"), p != re.compile("x"), hash(p) == hash(re.compile(r"(?P<a>a)(b)?")),
      re.compile("a") == re.compile("a", re.I), re.compile("a") == re.compile(b"a"), p == "x")
print(m.expand(r"\2\1\g<a>\g<0>"), repr(m.expand("\\n")), m2.expand(r"[\2]"))

print(p.match(string="ab"), p.search("xab", pos=1), p.search("xab", endpos=2), p.fullmatch("ab", 0, 2))
print(re.compile("a").findall("aaa", 1), re.compile("a").findall("aaa", 1, 2), re.compile("a").findall("aaa", endpos=2))
print([x.span() for x in re.compile("a").finditer("aaa", 1)], [x.span() for x in re.compile("a").finditer("aaa", 0, 2)])
it = re.finditer(r"\d", "a1b2")
print(type(it).__name__, next(it).group(), [x.group() for x in it], list(it))
print([(x.pos, x.endpos) for x in re.compile("a").finditer("aaa", 1, 2)])

print(re.findall("(a)(b)", "abab"), re.findall("(a)", "aa"), re.findall("a(b)?", "a"), re.findall("(a)|b", "ab"))
print(re.split("(a)(x)?", "bab", maxsplit=1), re.split(",", "a,b,c", 1), re.split(",", "a,b,c", -1),
      re.split(",", "a,b,c", maxsplit=0), re.split(r"\b", "a b"), re.split("x*", "axbc"), re.split("", "ab"))
print(re.split("(?=b)", "abab"), re.split("^", "a\nb", flags=re.M), re.split("$", "a\nb\n", flags=re.M))
print(re.findall("x*", "axbc"), re.findall("", "ab"), re.findall(r"\b", "a b"), re.findall("a|", "ab"))
print(re.subn("a", "b", "aaa", 2), re.subn("a", "b", "aaa", count=0), re.sub("a", "b", "aaa", -1), re.subn("", "-", "ab"))
print(re.sub("a", lambda x: x.group().upper(), "aba"), re.sub("(a)|b", r"[\1]", "ab"), re.sub("x*", "-", "abxd"))
print(re.sub("(?P<w>\\w+)", lambda x: x["w"][::-1], "hello world"), re.sub("a", "\\\\", "a"))
print(re.escape("a.b*c d\t-_\u00e9#&~"), re.escape(b"a.b\xff "), re.escape("!\"%',/:;<=>@`"), re.escape(""))
print(re.purge(), re.compile("a").match("a") is not None)


for f in (lambda: re.match("a", 5), lambda: re.search(b"a", "a"), lambda: re.sub("a", b"x", "a"),
          lambda: re.sub(b"a", "x", b"a"), lambda: re.sub("a", lambda m: 5, "a"), lambda: re.sub("a", lambda m: None, "a")):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)
q = re.compile("a")
for f in (lambda: q.match(), lambda: q.match(pattern="a"), lambda: q.search("a", 0, 1, 2), lambda: q.split()):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
print(q.search(string="xa", pos=1), q.findall(string="aaa", endpos=2), q.split(string="bab", maxsplit=1))
