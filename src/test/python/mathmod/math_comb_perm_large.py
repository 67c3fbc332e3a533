import math

print(math.comb(1000, 500) % 1000000007, len(str(math.comb(1000, 500))))
print(math.perm(50, 25))
print(sum(math.comb(20, k) for k in range(21)) == 2 ** 20)
print([math.comb(6, k) for k in range(7)])
print([math.perm(5, k) for k in range(7)])
print(math.factorial(50) // (math.factorial(25) * math.factorial(25)) == math.comb(50, 25))
print(math.comb(10 ** 6, 2), math.perm(10 ** 6, 2), math.comb(2 ** 64, 1), math.comb(2 ** 64, 2 ** 64 - 1))
print(math.gcd(*range(12, 100, 6)), math.lcm(*range(1, 21)), math.gcd(math.factorial(20), 2 ** 30))
print(math.isqrt(math.factorial(30)), math.isqrt(10 ** 100 - 1), math.isqrt(10 ** 100))
