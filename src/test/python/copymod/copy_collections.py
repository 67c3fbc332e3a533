# copy and deepcopy of the collections types (through __copy__, __reduce__ and __reduce_ex__)
import copy
from collections import deque, OrderedDict, defaultdict, Counter, ChainMap, namedtuple, UserDict, UserList

P = namedtuple('P', 'x y')
items = [deque([[1], 2], maxlen=5), OrderedDict(a=[1], b=2), defaultdict(list, a=[1]),
         Counter('aab'), ChainMap({'a': [1]}, {'b': 2}), P([1], 2), UserDict(a=[1]), UserList([[1]])]
for obj in items:
    shallow = copy.copy(obj)
    deep = copy.deepcopy(obj)
    print(type(obj).__name__, shallow, deep, shallow == obj, deep == obj, shallow is obj, deep is obj)
d = deque([[1]])
print(copy.copy(d)[0] is d[0], copy.deepcopy(d)[0] is d[0])
o = OrderedDict(a=[1])
print(copy.deepcopy(o)['a'] is o['a'], list(copy.deepcopy(OrderedDict.fromkeys('cab'))))
dd = copy.deepcopy(defaultdict(list))
dd['new'].append(1)
print(dd)
cyc = deque()
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[0] is c2, c2)
