# Replacement templates of sub/subn/expand: group references, escapes, and errors.
import re

for t in [r"\1", r"\g<1>", r"\g<name>", r"\g<0>", r"\g<00>", r"\g<1>0", r"\1a", r"[\2]", r"\n\t\\", r"\a\b\f\r\v",
          r"\-", r"\.", r"\0", r"\07", r"\077", r"\0778", r"\101", "x", "", r"\\1", r"\g<2>\g<1>"]:
    print(repr(t), repr(re.sub(r"(?P<name>a)(b)?", t, "xay")), repr(re.sub(rb"(?P<name>a)(b)?", t.encode(), b"xay")))
for t in [r"\3", r"\10", r"\18", r"\g<", r"\g<a", r"\g<1a>", r"\g<-1>", r"\g", "\\", r"\q", r"\x41",
          r"\u0041", r"\N{DIGIT ONE}", r"\400", r"\g<1", r"\g<3>", r"\g<x>", "a\\", r"\g<>"]:
    try:
        print(repr(t), repr(re.sub("(a)(b)?", t, "a")))
    except re.error as e:
        print(repr(t), "error", e, e.pos)
    except IndexError as e:
        print(repr(t), "IndexError", e)
m = re.match(r"(?P<a>\w)(\w)?", "x")
print(repr(m.expand(r"<\g<a>|\2|\g<0>>")), repr(m.expand(b"x".decode())))
print(re.sub("a", lambda m: None, "aba"), re.sub("(a)", lambda m: m.group(1) * 2, "aba"), re.subn("a", "", "aaa"))
calls = []
print(re.sub(r"\d", lambda m: calls.append(m.span()) or "#", "a1b22", count=2), calls)
print(re.sub("(a)|(b)", r"\1\2", "ab"), re.sub("a*", "-", "baac"), re.sub("(?m)^", "> ", "a\nb"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"), re.sub("", "-", ""), re.sub("x", "y", ""))
