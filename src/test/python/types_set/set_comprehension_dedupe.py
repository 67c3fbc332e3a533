words = ["apple", "Banana", "apple", "cherry", "banana", "APPLE"]
print(sorted({w.lower() for w in words}), len(set(words)))
seen = set()
unique = []
for w in words:
    if w.lower() not in seen:
        seen.add(w.lower())
        unique.append(w)
print(unique)
print(sorted({x % 5 for x in range(20)}), sorted({(x, x * x) for x in range(3)}))
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
letters = set("the quick brown fox jumps over the lazy dog") - {" "}
print(len(letters), sorted(set("abcdefghijklmnopqrstuvwxyz") - letters))
