# Long subjects: the matcher backtracks on its own stack, never Java's.
import re

s = "ab" * 100000
print(re.match("(a|b)*", s).span(), re.match("(?:a|b)*c", s), re.fullmatch("(?:ab)*", s).end())
print(re.match("(a|b)*?$", s).span(), re.search("(ab)+$", s).span(), len(re.findall("a", s)))
print(re.match(r"(?:(a)|(b))*", s).groups(), re.match(".*b", s).end(), re.match(".*?b$", s).end())
print(re.match(r"((?:ab)*)\1", s).span(1), re.match(r"(?:a(?=b)b)*", s).end(), re.match("(?>(?:ab)*)", s).end())
t = "x" * 200000
print(re.match("(x+x+)+y", "x" * 18), re.search("x*y", t[:3000]), re.sub("x", "y", t) == "y" * 200000)
print(len(re.split("x", t)), re.match("(?:x|y)+?$", t).end(), re.match(r"(\w)*", t).span(1))
print(re.match("(?:x{1,3})*$", t).end(), re.match("(?:(x)|y)*$", t).span(1), re.match("(?:x?)*$", t).end())
line = "key = value # comment\n" * 20000
print(len(re.findall(r"(?m)^(\w+)\s*=\s*(.*?)\s*(?:#.*)?$", line)), re.search(r"\n\n", line))
