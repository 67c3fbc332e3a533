s = "0123456789"
t = tuple(range(10))
l = list(range(10))
for spec in [(None, None, None), (2, None, None), (None, 3, None), (-3, None, None), (None, -3, None), (2, 8, 2), (8, 2, -2),
             (None, None, -1), (None, None, -3), (100, None, None), (-100, 3, None), (3, 100, 4), (5, 5, None), (7, 3, None),
             (-1, -10, -1), (0, 10 ** 20, 3), (-10 ** 20, None, None), (None, None, 10 ** 20), (None, None, -10 ** 20)]:
    sl = slice(*spec)
    print(spec, s[sl], t[sl] == tuple(l[sl]), l[sl])
print(s[::-1][::-1] == s, s[-1], s[-10], t[-1])
for seq in [s, t, l]:
    try:
        seq[10]
    except IndexError as e:
        print("IndexError", e)
    try:
        seq[-11]
    except IndexError as e:
        print("IndexError", e)
