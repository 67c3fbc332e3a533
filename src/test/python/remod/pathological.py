# Pathological patterns: exponential backtracking must still finish with the right answer,
# and long subjects must not overflow the Java stack (no recursion per character).
import re

a25 = "a" * 25
print(re.match(r"(a*)*b", a25), re.search(r"(a*)*b", a25[:18]))
print(re.match(r"(a+)+b", "a" * 20), re.fullmatch(r"(a|aa)+", "a" * 30).span(1))
print(re.match(r"(x+x+)+y", "x" * 16), re.match(r"(?>x+x+)+y", "x" * 5000))
print(re.match(r"(?:a{1,3}){1,5}$", "a" * 16), re.match(r"(?:a{1,3}){1,5}$", "a" * 15).span())
print(re.match(r"(.*)*\1c", "ab" * 3), re.match(r"(a*)+?$", "a" * 12 + "b"))
print(re.match(r"(a|b)*", "ab" * 50000).span(), re.match(r"(a|b)*", "ab" * 50000).span(1))
print(re.match(r"(?:(a)|b|(c))*d", "abc" * 20000 + "d").span(1, ), re.match(r"(?:(a)|b|(c))*d", "abc" * 20000 + "d").span(2))
print(re.match(r"((((((((((a))))))))))*", "a" * 50000).span(10))
print(re.match(r"(?:a(?=a)|a)*", "a" * 100000).end(), re.match(r"(?:(?<=a)a|a)*", "a" * 100000).end())
print(re.match(r"(?>(a|b)*)c", "ab" * 50000 + "c").span(1), re.match(r"(a|b)*+c", "ab" * 50000 + "c").end())
print(re.match(r"(?:ab|a)*?c", "ab" * 50000 + "c").end(), re.match(r"(a)(?:\1)*", "a" * 100000).end())
print(re.match(r"(?:(?:a|b)(?:c|d))*e", "ac" * 40000 + "e").end(), re.match(r"(?s)(.)*", "x\n" * 60000).span(1))
print(re.match(r"(?i)(?:a|B)*", "aB" * 50000).end(), re.match(r"(b)(?(1)b|a)*", "b" * 100000).end())
print(len(re.findall(r"(a|b)*?c", ("ab" * 50 + "c") * 1000)), len(re.split(r"(?:,|;)+", "a,;" * 30000)))
print(re.sub(r"(a|b)+", lambda m: str(len(m.group())), "ab" * 60000 + "c" + "ba" * 10))
nested = "(" * 200 + "a" + ")" * 200
print(re.match(nested, "a").span(200), re.compile("(?:" * 100 + "a" + ")" * 100).match("a"))
print(re.match("(?:" * 100 + "a" + ")*" * 100, "a" * 1000).end())
