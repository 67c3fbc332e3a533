s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.find(""), s.find("", 100), s.find("o", 10, 20))
print(s.rfind("the"), s.rfind("o"), s.rfind("o", 0, 20), s.rfind(""), s.rfind("zz"))
print(s.index("quick"), s.rindex("o"))
for f in [lambda: s.index("cat"), lambda: s.rindex("cat"), lambda: s.index("the", 5, 10)]:
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("o", 15), s.count("o", 15, 30))
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith("dog"), s.endswith(("cat", "og")), s.endswith("lazy", 0, -4))
print("".startswith(""), "abc".startswith(""), "abc".endswith("", 3), "abc".startswith("", 4))
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError", e)
print("ab" in s, "the" in s, "" in "", s.find("fox", -20), s.find("fox", -30))
print("héllo wörld".find("ö"), "日本語テキスト".index("テ"), "日本語".rfind("本"))
