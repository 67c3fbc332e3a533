# sample (both of its algorithms, counts), choices (weights, cum_weights), shuffle
import random

for seed in (1, 99, 2**33, -7):
    random.seed(seed)
    print("seed", seed)
    print(random.sample(range(30), 30))
    print(random.sample(range(10**9), 12))     # the set-of-picks path
    print(random.sample(range(2000), 300)[:10])
    print(random.sample(list("abcdefghijklmnopqrstuvwxyz"), 7))
    print(random.sample(("x", "y"), 0), random.sample(range(5), k=5))
    print(random.sample(["red", "blue"], k=5, counts=[4, 2]))
    print(random.sample(range(3), 4, counts=[10, 0, 3]))
    print(random.choices(range(10), k=10))
    print(random.choices("abc", [0.5, 0.25, 0.25], k=10))
    print(random.choices("abc", cum_weights=[1, 1, 3], k=10))
    print(random.choices([True, False], [1, 0], k=3), random.choices("q"), random.choices("ab", k=0))
    deck = list(range(52))
    random.shuffle(deck)
    print(deck)
    s = ["a"]
    random.shuffle(s)
    e = []
    random.shuffle(e)
    print(s, e)
    big = list(range(1000))
    random.shuffle(big)
    print(big[:8], sum(big))
    print(random.choice(range(10**9)), random.choice(b"bytes"), random.choice((1, 2, 3)))
