import math

print(math.factorial(0), math.factorial(1), math.factorial(5), math.factorial(20), math.factorial(30))
print(math.factorial(100))
f500 = math.factorial(500)
print(len(str(f500)), str(f500)[:15], f500 % (10 ** 9 + 7))
for bad in [-1, 2.5, "3"]:
    try:
        math.factorial(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(-12, 18), math.gcd(), math.gcd(7), math.gcd(12, 18, 8), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(0, 5), math.lcm(), math.lcm(3), math.lcm(2, 3, 4, 5), math.lcm(-4, 6), math.lcm(2 ** 64, 3 ** 10))
try:
    math.gcd(1.5, 2)
except TypeError as e:
    print("TypeError", e)
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(10 ** 40), math.isqrt(2 ** 201), math.isqrt(True))
for bad in [-1, 4.0]:
    try:
        math.isqrt(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50), math.comb(60, 30))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
for f, args in [(math.comb, (-1, 2)), (math.comb, (5, -1)), (math.perm, (-5, 1)), (math.comb, (5.0, 2)), (math.perm, (5, None))]:
    try:
        print(f(*args))
    except (ValueError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)
