def build(n):
    node = None
    for i in range(n):
        node = (i, node)
    return node


def length(node):
    count = 0
    while node is not None:
        count += 1
        node = node[1]
    return count


def rec_sum(node):
    if node is None:
        return 0
    return node[0] + rec_sum(node[1])


lst = build(300)
print(length(lst), rec_sum(lst))


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


def permutations(s):
    if len(s) <= 1:
        return [s]
    return [s[i] + p for i in range(len(s)) for p in permutations(s[:i] + s[i + 1:])]


print(permutations("abc"))
