a = 1; b = 2; c = a + b
print(a, b, c); print("same line")
total = 1 + \
    2 + \
    3
print(total)
value = (1 +
         2
         + 3)
print(value)
if a == 1 and \
        b == 2:
    print("backslash in if")
items = [
    "x",
    "y",
]
print(items)
def one_liner(x): return x * 2
print(one_liner(4))
if True: print("inline if")
for i in range(2): print("inline for", i)
while False: pass
class Tiny: pass
print(Tiny.__name__)
x = 5  # trailing comment
# whole-line comment
print(x)  # another
