# golden: 2.7
def fib(n):
    a, b = 0, 1
    out = []
    while len(out) < n:
        out.append(a)
        a, b = b, a + b
    return out


print fib(10)
for i, v in enumerate(["x", "y"]):
    print i, v
total = 0
for n in range(1, 11):
    if n % 2:
        continue
    total += n
print "sum of evens:", total


def greet(name, greeting="Hello"):
    return "%s, %s!" % (greeting, name)


print greet("Ann")
print greet("Bob", greeting="Hi")
print [x * x for x in range(5) if x % 2 == 0]
