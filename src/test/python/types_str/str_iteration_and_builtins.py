s = "banana"
print(list(s), set(s) == {"a", "b", "n"}, sorted(set(s)), tuple(s[:3]), dict.fromkeys(s))
print(sorted(s), sorted(s, reverse=True), "".join(sorted(s)), min(s), max(s), s.count("an"))
print([c.upper() for c in s if c != "a"], list(map(ord, "abc")), "".join(map(chr, [72, 105])))
print(list(zip("abc", "xyz")), list(enumerate("xy", 1)), any(c.isdigit() for c in "ab3"), all(c.islower() for c in s))
it = iter("ab")
print(next(it), next(it), next(it, "done"))
words = "the quick brown the lazy the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
print(sorted(["banana", "Apple", "cherry", "apple"]), sorted(["banana", "Apple", "cherry", "apple"], key=str.lower))
print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted(["bb", "a", "ccc", "dd"], key=lambda w: (-len(w), w)))
