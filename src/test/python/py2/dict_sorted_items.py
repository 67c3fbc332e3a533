# golden: 2.7
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items()):
    print word, n
print sorted(counts.keys())
print sorted(counts.values())
d = dict(a=1, b=2)
print "a" in d, "z" in d
print sorted(d.items())
del d["a"]
print d
