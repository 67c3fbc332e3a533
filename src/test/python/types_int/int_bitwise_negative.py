vals = [0, 1, -1, 5, -5, 2 ** 65, -(2 ** 65), 2 ** 65 - 1]
for a in vals:
    row = []
    for b in [3, -3, 2 ** 64 + 7]:
        row.append((a & b, a | b, a ^ b))
    print(a, ~a, row)
print(-1 >> 100, -(2 ** 100) >> 99, -(2 ** 100) >> 101, (2 ** 100) >> 101)
print(-1 << 100, 3 << 64)
print(bin(-10), hex(-255), oct(-8), bin(-(2 ** 70)))
