"""Fannkuch-redux on Python lists.

Walks all n! permutations of 0..n-1 (in the rotation order used by the
fannkuch-redux definition), counts the pancake flips needed to bring 0 to
the front for each, and keeps the maximum and the alternating-sign sum.
Exercises: list indexing and assignment, slice assignment and reversal,
list copies, while loops, small-int comparisons.
"""

import sys


def flips_of(perm):
    """Number of prefix reversals until perm[0] == 0 (perm is consumed)."""
    flips = 0
    first = perm[0]
    while first:
        # reverse perm[0..first] by hand for short prefixes, by slice otherwise
        if first < 4:
            lo = 0
            hi = first
            while lo < hi:
                perm[lo], perm[hi] = perm[hi], perm[lo]
                lo += 1
                hi -= 1
        else:
            perm[:first + 1] = perm[first::-1]
        flips += 1
        first = perm[0]
    return flips


def fannkuch(n):
    base = list(range(n))
    count = [0] * n
    level = n
    index = 0
    max_flips = 0
    checksum = 0
    while True:
        while level > 1:
            count[level - 1] = level
            level -= 1
        if base[0]:
            f = flips_of(base[:])
            if f > max_flips:
                max_flips = f
            if index & 1:
                checksum -= f
            else:
                checksum += f
        # advance to the next permutation: rotate the first level+1 items
        while True:
            if level == n:
                return checksum, max_flips, index + 1
            head = base[0]
            i = 0
            while i < level:
                base[i] = base[i + 1]
                i += 1
            base[level] = head
            count[level] -= 1
            if count[level] > 0:
                break
            level += 1
        index += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    for _ in range(repeat):
        checksum, max_flips, perms = fannkuch(n)
    print("%d permutations" % perms)
    print("%d\nPfannkuchen(%d) = %d" % (checksum, n, max_flips))
    print("checksum %d %d %d" % (n, checksum, max_flips))


main()
