# every real-valued distribution draws CPython's values in CPython's order
import random

for s in [0, 7, 2024, 2**40 + 1, -99]:
    r = random.Random(s)
    print("seed", s)
    print(" gauss", [r.gauss() for _ in range(5)], r.gauss(10, 2), r.gauss(mu=-1, sigma=0.5))
    print(" normal", [r.normalvariate() for _ in range(5)], r.normalvariate(100, 15))
    print(" lognorm", [r.lognormvariate(0, 0.5) for _ in range(3)])
    print(" expo", [r.expovariate(1.5) for _ in range(4)], r.expovariate(-2))
    print(" vonmises", [r.vonmisesvariate(1.0, k) for k in (0, 1e-7, 0.5, 4.0, 50.0)])
    print(" gamma", [r.gammavariate(a, 2.0) for a in (0.3, 0.999, 1.0, 1.5, 9.0, 100.0)])
    print(" beta", [r.betavariate(a, b) for a, b in ((0.5, 0.5), (2, 5), (1, 1), (10, 0.1))])
    print(" pareto", [r.paretovariate(a) for a in (0.5, 1, 3)])
    print(" weibull", [r.weibullvariate(a, b) for a, b in ((1, 1), (2, 0.5), (0.5, 3))])
    print(" triangular", [r.triangular(0, 1, m) for m in (0, 0.2, 1)], r.triangular(high=3))
    print(" uniform", [r.uniform(0, 1) for _ in range(3)])

# gauss keeps the second value of each pair until the next call; seed() drops it
r = random.Random(3)
a = r.gauss()
print(r.gauss_next is not None, r.getstate()[2] == r.gauss_next)
r.seed(3)
print(r.gauss_next, r.gauss() == a)
st = r.getstate()
b = r.gauss()
r.setstate(st)
print(r.gauss() == b)

# the module-level functions share one hidden generator
random.seed(11)
print(random.gauss(), random.normalvariate(), random.expovariate(3), random.betavariate(2, 3))
print(random.gammavariate(2.5, 1), random.vonmisesvariate(0, 2), random.paretovariate(2))
print(random.weibullvariate(1, 2), random.lognormvariate(1, 1), random.triangular(1, 2, 1.5))
