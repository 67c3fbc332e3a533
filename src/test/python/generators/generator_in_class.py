class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def depth_first(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.depth_first(depth + 1)


t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t))
for depth, value in t.depth_first():
    print("  " * depth + str(value))
print(sum(t), max(t), sorted(t, reverse=True))


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1


c = Countdown(3)
print(list(c), list(c))
print(type(iter(c)).__name__, Countdown.__iter__.__qualname__)
