# random.seed(n) with ints of every size and sign gives CPython's sequences
import random

SEEDS = [0, 1, 2, 42, 12345, 2**31 - 1, 2**32 - 1, 2**32, 2**63 + 11, 2**64 + 5,
         2**200 + 3, 10**60 + 7, -1, -42, -(2**70) - 9, True]

for s in SEEDS:
    random.seed(s)
    print("seed", s)
    print(" random", [random.random() for _ in range(4)])
    print(" bits", [random.getrandbits(k) for k in (0, 1, 7, 31, 32, 33, 53, 64, 65, 100, 257)])
    print(" randrange", [random.randrange(10) for _ in range(8)],
          [random.randrange(3, 1000, 7) for _ in range(4)],
          [random.randrange(100, -100, -3) for _ in range(4)],
          random.randrange(2**100), random.randrange(-(10**30), 10**30))
    print(" randint", [random.randint(1, 6) for _ in range(10)], random.randint(-5, 5),
          random.randint(0, 2**64))
    print(" choice", [random.choice("abcdefghij") for _ in range(6)],
          random.choice(range(1000)), random.choice([None]))
    x = list(range(20))
    random.shuffle(x)
    print(" shuffle", x)
    print(" sample", random.sample(range(100), 10), random.sample("abcdef", 6),
          random.sample(range(10**6), 5))
    print(" choices", random.choices("abc", k=8), random.choices([1, 2, 3], [5, 1, 1], k=6),
          random.choices("xyz", cum_weights=[1, 1.5, 10], k=5))
    print(" randbytes", random.randbytes(9), random.randbytes(0))
    print(" uniform", random.uniform(-3, 7), random.uniform(10, 5))
    print(" triangular", random.triangular(), random.triangular(1, 5), random.triangular(0, 10, 8),
          random.triangular(2, 2))
