"""N-queens solution counting with generators.

A recursive generator places one queen per row and delegates to itself with
`yield from`; safety tests use generator expressions inside any()/all(), and
solutions are folded into a checksum through further generator expressions.
Exercises: generator creation/resumption, yield from chains, generator
expressions, tuples, builtins any/all/sum/enumerate.
"""

import sys


def safe(placed, col):
    row = len(placed)
    return not any(c == col or row - r == abs(col - c) for r, c in enumerate(placed))


def place(n, placed):
    if len(placed) == n:
        yield placed
        return
    for col in range(n):
        if safe(placed, col):
            yield from place(n, placed + (col,))


def candidate_rows(n, placed):
    # alternative formulation: generator expression producing child states
    return (placed + (c,) for c in range(n) if safe(placed, c))


def solve_iter(n):
    """Depth-first search with an explicit stack of generators."""
    stack = [candidate_rows(n, ())]
    while stack:
        for state in stack[-1]:
            if len(state) == n:
                yield state
            else:
                stack.append(candidate_rows(n, state))
            break
        else:
            stack.pop()


def signature(solution):
    return sum((i + 1) * (c + 1) for i, c in enumerate(solution))


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    total = 0
    sig = 0
    for _ in range(rounds):
        count_rec = 0
        for sol in place(n, ()):
            count_rec += 1
            sig = (sig * 7 + signature(sol)) % 1000000007
        count_it = sum(1 for _ in solve_iter(n))
        if count_rec != count_it:
            print("inconsistent", count_rec, count_it)
        total += count_rec
    print("%d queens: %d solutions" % (n, count_rec))
    print("checksum %d %d %d" % (n, total, sig))


main()
