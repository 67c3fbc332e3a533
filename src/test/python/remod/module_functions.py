# Module-level functions: compiled patterns, flags, the cache, purge, and the types they return.
import re

p = re.compile(r"(\w)(\d)?")
print(re.match(p, "a1"), re.search(p, "-b"), re.fullmatch(p, "c3"), re.findall(p, "a1b"), re.split(p, "-a1-"))
print(re.sub(p, r"<\1>", "a1 b"), re.subn(p, "", "a1 b"), [m.span() for m in re.finditer(p, "a1b")])
print(re.match("A", "a", re.I), re.match("A", "a", flags=re.I), re.search("^b", "a\nb", re.M).span())
print(re.split(",", "a,b", flags=0), re.sub("a", "b", "aa", flags=re.I), re.findall("A", "aA", re.I))
print(re.compile("x", re.I) is re.compile("x", re.I), re.compile("x", re.I) is re.compile("x", 2))
re.purge()
print(re.compile("x").pattern, re.compile("x") == re.compile("x"))
try:
    re.Match()
except TypeError as e:
    print("TypeError", e)
m = re.match("(a)", "a")
try:
    class M(re.Match):
        pass
except TypeError as e:
    print("TypeError", e)
print(isinstance(m, re.Match), isinstance(p, re.Pattern), re.error.__name__, re.RegexFlag.__name__)
