class Counter(dict):
    def __missing__(self, key):
        return 0


c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(c, c["z"], "z" in c, c.get("z"), len(c))


class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value


tree = AutoVivify()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
print(tree)


class Upper(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())


u = Upper()
u["abc"] = 1
print(u, u["ABC"], u["aBc"], dict(u), type(u.copy()).__name__)
u2 = Upper(x=1)
u2.update(y=2)
print(u2)
print(isinstance(u, dict), issubclass(Upper, dict), type({} | u).__name__, type(u | {}).__name__)
