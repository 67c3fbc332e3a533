a = "hello"
b = "hel" + "lo"
print(a == b, a != b, a < "help", a > "hell", "apple" < "banana", "Zebra" < "apple", "a" < "aa", "" < "a")
print(sorted(["b", "B", "a", "A", "_", "1", " ", "é", "z"]))
print("abc".__eq__("abc"), "abc".__eq__(1), "abc".__lt__(1), "a".__ge__("a"))
try:
    "a" < 1
except TypeError as e:
    print("TypeError", e)
print("a" == 1, "1" == 1, "abc" in ["abc"], ["a", "b"] < ["a", "c"])
print(max(["apple", "Banana", "cherry"]), min(["apple", "Banana", "cherry"]), max(["apple", "Banana", "cherry"], key=len))
