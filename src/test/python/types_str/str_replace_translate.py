s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1), s.replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("aaaa".replace("aa", "b"), "abc".replace("x", "y"), "ééé".replace("é", "e"))
table = str.maketrans("abc", "xyz")
print(sorted(table.items()), "aabbcc".translate(table))
table2 = str.maketrans({"a": "AA", "b": None, "c": 100})
print(sorted(table2.items()), "abcabc".translate(table2))
table3 = str.maketrans("ab", "12", "xyz")
print("axbycz".translate(table3))
print("hello".translate({ord("l"): "L", ord("o"): ""}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print("ValueError", e)
try:
    str.maketrans({"ab": 1})
except ValueError as e:
    print("ValueError", e)
try:
    "abc".translate({ord("a"): 3.5})
except TypeError as e:
    print("TypeError", e)


class Lookup:
    def __getitem__(self, k):
        if k == ord("z"):
            raise LookupError
        return chr(k).upper()


print("xyz".translate(Lookup()))
