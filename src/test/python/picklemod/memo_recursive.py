# The memo: shared objects stay shared, recursive structures come back recursive
import pickle

shared = [1, 2]
tree = {'k': shared}
objects = [shared, tree, shared, (shared, tree), [tree, tree]]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(objects, proto)
    print(proto, data)
    back = pickle.loads(data)
    print(back[0] is back[2], back[1]['k'] is back[0], back[3][0] is back[0], back[4][0] is back[4][1])


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


a, b = Node(1), Node(2)
a.next, b.next = b, a
lst = [1]
lst.append(lst)
dct = {}
dct['self'] = dct
tup = ([],)
tup[0].append(tup)
tup4 = ([], 2, 3, 4)
tup4[0].append(tup4)


class Holder:
    pass


h = Holder()
h.me = h
h.fs = frozenset([Holder])
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for obj in (a, lst, dct, tup, tup4, h):
        print(proto, pickle.dumps(obj, proto))
    back = pickle.loads(pickle.dumps(a, proto))
    print(back.value, back.next.value, back.next.next is back)
    back = pickle.loads(pickle.dumps(lst, proto))
    print(back[1] is back)
    back = pickle.loads(pickle.dumps(dct, proto))
    print(back['self'] is back)
    back = pickle.loads(pickle.dumps(tup, proto))
    print(back[0][0] is back)
    back = pickle.loads(pickle.dumps(tup4, proto))
    print(back[0][0] is back, back[1:])
    back = pickle.loads(pickle.dumps(h, proto))
    print(back.me is back, back.fs == frozenset([Holder]))

# one Pickler, several dumps: the memo carries over until clear_memo()
import io
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
first = u.load()
second = u.load()
third = u.load()
print(first is second, first is third, first)

# fast mode does not memoize
p = pickle.Pickler(io.BytesIO(), 2)
p.fast = True
p.dump(['x', 'x'])
print(len(p.memo.copy()))

# nesting deeper than the recursion limit allows
deep = []
for _ in range(5000):
    deep = [deep]
for proto in (0, 2, 4):
    try:
        pickle.dumps(deep, proto)
    except RecursionError as e:
        print(proto, 'RecursionError', e)
shallow = []
for _ in range(300):
    shallow = [shallow]
print(len(pickle.dumps(shallow, 4)), len(pickle.dumps(shallow, 0)))
