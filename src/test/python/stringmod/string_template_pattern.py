# string.Template.pattern is the compiled regular expression the methods use, built per
# class when the class is made: a subclass that changes delimiter, idpattern,
# braceidpattern or flags gets a pattern of its own; one that sets pattern (a string)
# gets it compiled with its flags and re.VERBOSE. flags is re.IGNORECASE by default.
import re
import string

T = string.Template
print(type(T.pattern) is re.Pattern, T.flags, T.pattern.flags == re.I | re.U | re.X)
print(sorted(T.pattern.groupindex.items()))
print(T.pattern.search("a $b").group("named"), T.pattern.search("${x}").group("braced"))
print(T.pattern.search("$$").group("escaped"), T.pattern.search("$ ").start("invalid"))
print(T("$x").pattern is T.pattern, sorted(vars(T).keys() & {"pattern", "flags"}))


class Percent(T):
    delimiter = "%"


print(Percent.pattern is T.pattern, Percent.pattern.search("%%").group("escaped"))
print(Percent("%who likes %{what}, 100%% sure, $x").substitute(who="tim", what="kung pao"))


class Upper(T):
    idpattern = "[A-Z]+"


print(Upper("$AB $ab").safe_substitute(AB=1, ab=2))


class UpperExact(T):
    idpattern = "[A-Z]+"
    flags = 0


print(UpperExact.pattern.flags == re.U | re.X, UpperExact("$AB $ab").safe_substitute(AB=1, ab=2))


class Braces(T):
    braceidpattern = "[a-z. ]+"


print(Braces("${a b} $a").substitute({"a b": 1, "a": 2}))
print(Braces("$a.b").get_identifiers(), Braces("${a.b}").get_identifiers())


class Inherit(Upper):
    pass


print("pattern" in vars(Inherit), Inherit.pattern.pattern == Upper.pattern.pattern)
print(Inherit("$AB").substitute(AB="inherited"))


class Regex(T):
    delimiter = ".*"


print(Regex(".*x .*.* .x").safe_substitute(x=5))


class At(T):
    pattern = r"@(?:(?P<escaped>@)|(?P<named>\w+)|\{(?P<braced>\w+)\}|(?P<invalid>))"


print(type(At.pattern) is re.Pattern, At.pattern.flags == re.I | re.U | re.X)
print(At("@x @@ @{y} $z").substitute(x=1, y=2), At("@").is_valid(), At("@a @{b}").get_identifiers())
try:
    At("ok\n  @!").substitute()
except ValueError as e:
    print("ValueError:", e)


class NoFlags(T):
    flags = 0
    pattern = r"@(?P<named>[a-z]+)|(?P<escaped>@@)|(?P<braced>{})|(?P<invalid>@)"


print(NoFlags.pattern.flags == re.U | re.X, NoFlags("@a @A").safe_substitute(a=1))

compiled = re.compile(r"#(?P<named>[a-z]+)")
try:
    class Compiled(T):
        pattern = compiled
except ValueError as e:
    print("ValueError:", e)

try:
    class BadDelimiter(T):
        delimiter = 5
except TypeError:
    print("TypeError for a delimiter that is not a str")


class MissingGroups(T):
    pattern = r"@(?P<named>[a-z]+)|(?P<other>%)"


print(MissingGroups("@a").substitute(a=1))
for method in ("substitute", "safe_substitute", "is_valid", "get_identifiers"):
    try:
        getattr(MissingGroups("@a %"), method)(*((dict(a=1),) if "sub" in method else ()))
    except IndexError as e:
        print(method, "IndexError:", e)


class Unrecognized(T):
    pattern = r"@(?:(?P<escaped>@)|(?P<named>[a-z]+)|\{(?P<braced>\w+)\}|(?P<invalid>!)|(?P<other>%))"


for method in ("substitute", "safe_substitute", "is_valid", "get_identifiers"):
    try:
        getattr(Unrecognized("@a @%"), method)(*((dict(a=1),) if "sub" in method else ()))
    except ValueError as e:
        print(method, "ValueError:", e.args[0], e.args[1] is Unrecognized.pattern)


class AtChild(At):
    pass


print(AtChild("@a $a").safe_substitute(a=1))
try:
    class BadIdentifier(T):
        idpattern = "["
except re.error:
    print("re.error when the class is made")
