items = [1, 2, 3, 4]
for x in items:
    if x == 2:
        items.remove(x)
    print("saw", x)
print(items)
grow = [1]
for x in grow:
    if x < 4:
        grow.append(x + 1)
print(grow)
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(e)
s = {1}
try:
    for v in s:
        s.add(v + 1)
except RuntimeError as e:
    print(e)
for i in range(3):
    i = 100
    print("rebinding i", i)
r = range(3)
for i in r:
    r = range(100)
print("range rebinding did not matter", i)
