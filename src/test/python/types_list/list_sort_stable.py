records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 20), ("frank", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: -r[1]))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
lst = [5, 2, 9, 1, 5, 6]
r = lst.sort()
print(r, lst)
lst.sort(reverse=True)
print(lst)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(sorted([3, 1, 2], key=None), sorted([]), sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2, 1)))
try:
    [1, "a", 2].sort()
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print("TypeError", e)
try:
    [1].sort(lambda x: x)
except TypeError as e:
    print("TypeError", e)
nums = [-3, 2, -1, 4, 0]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x % 2, x)))
mixed = [1.5, 1, True, 0.5, False]
print(sorted(mixed))
stable = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(stable, key=lambda p: p[0], reverse=True))


class Rec:
    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return "R%d" % self.k


print(sorted([Rec(3), Rec(1), Rec(2)]), max([Rec(3), Rec(1)]), min([Rec(3), Rec(1)]))
