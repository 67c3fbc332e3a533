# Pattern.scanner (the _sre.SRE_Scanner behind finditer), re.template and re.TEMPLATE
# (deprecated in 3.11), and re.Pattern[str] / re.Match[str] as generic aliases.
import re
import types
import warnings

p = re.compile(r"\d*")
s = p.scanner("12a345b")
print([s.search() for _ in range(7)])
s = p.scanner("12a345b")
print([s.match() for _ in range(4)])
s = re.compile(r"\d+").scanner("a12b345")
print(s.search(), s.match(), s.search(), s.search())
s = re.compile(r"\d+").scanner("12b345", 1, 5)
print(s.match(), s.search(), s.search(), s.pattern, type(s).__name__, type(s).__module__)
s = re.compile(r"x*").scanner("ab", endpos=1)
print(s.search(), s.search(), s.search())
s = re.compile(rb"(\w)\w").scanner(b"ab cd", pos=1)
print(s.search(), s.search(), s.search())
for call in (lambda: re.compile("a").scanner(), lambda: re.compile("a").scanner("a", foo=1),
             lambda: type(re.compile("a").scanner("")), lambda: type(re.compile("a").scanner(""))(),
             lambda: re.compile("a").scanner(b"a")):
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(type(re.finditer("a", "aa")).__name__, [m.span() for m in re.compile("").finditer("abc", 1, 2)])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(re.compile("q", re.T), re.compile("q", re.T).flags, re.template("q"), re.template("r", re.I))
    print(re.search("z", "xz", re.TEMPLATE))
    for pat in ["(a*?)b+", "x{0}", "(?<=a+)b*", "a{1,1}", "(?:a|b)(?=c*)", "[ab]c", r"(a)\1", "a++", "(?>a)b"]:
        try:
            print(repr(pat), re.template(pat).match("aab"))
        except re.error as e:
            print(repr(pat), "error:", e, e.pattern, e.pos)
for x in w:
    print(x.category.__name__, x.message)
print(re.T, re.TEMPLATE.value, "TEMPLATE" in re.__all__, "template" in re.__all__, re.template.__doc__)

print(re.Pattern[str], type(re.Pattern[str]) is types.GenericAlias, re.Match[bytes])
print(re.Pattern[str].__origin__ is re.Pattern, re.Match[str].__args__, re.Pattern[bytes] == re.Pattern[bytes])
