"""Digits of pi with big integers: a streaming spigot.

pi is the limit of composing the linear fractional maps
    x -> (k*x + 4k + 2) / (2k + 1),  k = 1, 2, 3, ...
applied to the interval [3, 4].  The running composition is held as an
upper-triangular 2x2 integer matrix (num_a, num_b / den).  Whenever the images
of 3 and 4 share an integer part, that digit is certain: it is emitted and the
matrix is rescaled by 10.  Exercises: arbitrary-precision int multiply, add,
floor division and comparison on ever-growing ints; divmod; str of ints.
Checksum: digit count, digit sum and the last 30 digits.
"""

import sys


def pi_digits(count):
    num_a, num_b, den = 1, 0, 1   # current map: x -> (num_a*x + num_b) / den
    k = 0
    produced = 0
    while produced < count:
        lo = (3 * num_a + num_b) // den
        hi = (4 * num_a + num_b) // den
        if lo == hi:
            yield lo
            produced += 1
            # prepend x -> 10*(x - lo)
            num_b = 10 * (num_b - lo * den)
            num_a = 10 * num_a
        else:
            # absorb the next term x -> (k*x + 4k + 2) / (2k + 1)
            k += 1
            m = 2 * k + 1
            num_b = num_a * (4 * k + 2) + num_b * m
            num_a = num_a * k
            den = den * m


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 6000
    digits = []
    total = 0
    line = []
    lines = 0
    for d in pi_digits(count):
        digits.append(str(d))
        total += d
        line.append(d)
        if len(line) == 10:
            lines += 1
            line = []
    text = "".join(digits)
    print(text[:1] + "." + text[1:51])
    q, r = divmod(total, 9)
    print("digits=%d lines=%d sum=%d mod9=%d" % (len(text), lines, total, r))
    print("checksum %d %d %s" % (len(text), total, text[-30:]))


main()
