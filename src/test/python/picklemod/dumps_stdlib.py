# datetime, collections and functools objects pickle as CPython's do
import collections
import datetime
import functools
import pickle

est = datetime.timezone(datetime.timedelta(hours=-5), 'EST')
objects = [
    datetime.date(2020, 1, 2), datetime.date(1, 1, 1), datetime.date(9999, 12, 31),
    datetime.datetime(2020, 1, 2, 3, 4, 5, 123456), datetime.datetime(2020, 1, 2, tzinfo=est),
    datetime.datetime(2020, 11, 1, 1, 30, fold=1), datetime.time(1, 2, 3, 4),
    datetime.time(23, 59, tzinfo=datetime.timezone.utc), datetime.time(1, fold=1),
    datetime.timedelta(-1, 5), datetime.timedelta(days=999999999), est, datetime.timezone.utc,
    collections.OrderedDict(a=1, b=2), collections.deque([1, 2], 5), collections.Counter('aab'),
    collections.defaultdict(list, a=[1]), collections.ChainMap({'a': 1}), collections.UserDict(a=1),
    collections.UserList([1]), functools.partial(max, 1, key=abs),
    ValueError('bad', 1), KeyError('k'),
]
for obj in objects:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(obj, proto)
        print(proto, data)
        back = pickle.loads(data)
        print('  ', type(back).__name__, getattr(back, 'fold', ''), repr(back) if type(back).__repr__ is not object.__repr__ else '')

p = pickle.loads(pickle.dumps(functools.partial(max, 1, key=abs)))
print(p(-5, 3), p.args, p.keywords)
print(datetime.date(b'\x07\xe4\x01\x02'), datetime.datetime(b'\x07\xe4\x8b\x01\x01\x1e\x00\x00\x00\x00').fold)
print(datetime.time(b'\x81\x02\x00\x00\x00\x00').fold, datetime.date('\x07\xe4\x01\x02'))
try:
    datetime.date('\u20ac\u20ac\x01\x02')
except ValueError as e:
    print('ValueError', e)
