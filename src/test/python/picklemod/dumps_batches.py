# Batches of 1000 items (APPENDS, SETITEMS, ADDITEMS), where a batch of one is kept
import pickle

for n in (1, 2, 1000, 1001):
    lst = list(range(n))
    dct = dict.fromkeys(range(n), 0)
    st = set(range(n))
    for proto in (0, 1, 4):
        for obj in (lst, dct, st, frozenset(st), tuple(lst)):
            data = pickle.dumps(obj, proto)
            print(n, proto, type(obj).__name__, len(data), data[:24], data[-24:])
            assert pickle.loads(data) == obj
