"""Spectral norm of the infinite matrix A[i][j] = 1/((i+j)(i+j+1)/2 + i + 1),
truncated to n x n, by power iteration on A^T A.

Exercises: float arithmetic, integer arithmetic, nested loops over range,
list building, function calls in the inner loop, zip, math.sqrt.
Checksum: the norm printed with %.9f.
"""

import sys
import math


def entry(i, j):
    s = i + j
    return 1.0 / ((s * (s + 1) >> 1) + i + 1)


def times(vec, n):
    """Return A * vec."""
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(i, j) * vec[j]
        out.append(acc)
    return out


def times_transposed(vec, n):
    """Return A^T * vec."""
    out = [0.0] * n
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(j, i) * vec[j]
        out[i] = acc
    return out


def ata_times(vec, n):
    return times_transposed(times(vec, n), n)


def spectral_norm(n, iterations):
    u = [1.0] * n
    v = u
    for _ in range(iterations):
        v = ata_times(u, n)
        u = ata_times(v, n)
    # plain left-to-right sums (builtin sum() of floats is compensated in
    # CPython >= 3.12, which could change the last digits)
    vbv = 0.0
    vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    return math.sqrt(vbv / vv)


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    print("%.9f" % spectral_norm(n, 10))


main()
