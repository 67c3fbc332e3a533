# The collections types pprint splits: OrderedDict, defaultdict, Counter, ChainMap, deque,
# UserDict, UserList, UserString.
import collections
import pprint

words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota']
od = collections.OrderedDict((w, len(w)) for w in words)
dd = collections.defaultdict(list, {w: list(range(len(w))) for w in words[:5]})
cnt = collections.Counter('abracadabra simsalabim hocus pocus')
cm = collections.ChainMap({'a': list(range(10))}, {'b': 'x' * 40}, {'c': words})
dq = collections.deque(words * 2)
dqm = collections.deque(words, maxlen=12)
ud = collections.UserDict({w: w.upper() for w in words})
ul = collections.UserList(words * 2)
us = collections.UserString('user string ' * 12)
for obj in [od, dd, cnt, cm, dq, dqm, ud, ul, us]:
    for width in (80, 30):
        print(pprint.pformat(obj, width=width))
    print(pprint.pformat([obj], width=40, indent=2))
for empty in [collections.OrderedDict(), collections.defaultdict(int), collections.Counter(),
              collections.ChainMap(), collections.deque(), collections.deque(maxlen=3),
              collections.UserDict(), collections.UserList()]:
    print(pprint.pformat(empty, width=1))
print(pprint.pformat({'od': od, 'cnt': cnt}, width=50))
print(pprint.pformat(od, compact=True, width=40))
