def naturals():
    n = 0
    while True:
        yield n
        n += 1


def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out


print(take(5, naturals()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(take(12, fib()))


def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found):
            found.append(n)
            yield n


print(take(10, primes()))


def cycle(seq):
    while True:
        yield from seq


print(take(7, cycle("abc")))
nat = naturals()
evens = (x for x in nat if x % 2 == 0)
print([next(evens) for _ in range(4)], next(nat))
