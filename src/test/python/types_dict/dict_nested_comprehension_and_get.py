matrix = {r: {c: r * c for c in range(1, 4)} for r in range(1, 4)}
print(matrix, matrix[2][3], matrix.get(5, {}).get(1, "none"))
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
grouped = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    grouped.setdefault(word[0], []).append(word)
print(grouped, {k: len(v) for k, v in grouped.items()})
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(dict.get({}, "x", "dflt"), {}.get("x"), {"x": None}.get("x", "never used"))
try:
    {}.get()
except TypeError as e:
    print("TypeError", e)
try:
    {}.get(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
