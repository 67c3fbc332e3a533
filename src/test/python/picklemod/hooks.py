# Pickler and Unpickler hooks: persistent_id/persistent_load, dispatch_table,
# reducer_override, find_class, the sixth (state setter) item of __reduce__
import copyreg
import io
import pickle


class Record:
    def __init__(self, key):
        self.key = key


DB = {'a': Record('a'), 'b': Record('b')}


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return ('Record', obj.key)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        if isinstance(pid, str):
            pid = tuple(pid.split(':'))
        return DB[pid[1]]


for proto in range(1, 6):
    f = io.BytesIO()
    DBPickler(f, proto).dump([DB['a'], DB['b'], DB['a'], 1])
    print(proto, f.getvalue())
    back = DBUnpickler(io.BytesIO(f.getvalue())).load()
    print(back[0] is DB['a'], back[1] is DB['b'], back[2] is DB['a'], back[3])


class TextIds(pickle.Pickler):
    def persistent_id(self, obj):
        return 'Record:' + obj.key if isinstance(obj, Record) else None


f = io.BytesIO()
TextIds(f, 0).dump([DB['b']])
print(f.getvalue(), DBUnpickler(io.BytesIO(f.getvalue())).load()[0] is DB['b'])

# persistent_id and persistent_load as instance attributes
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.persistent_id = lambda obj: 'five' if obj == 5 else None
p.dump([5, 6])
print(f.getvalue())
u = pickle.Unpickler(io.BytesIO(f.getvalue()))
u.persistent_load = lambda pid: ('loaded', pid)
print(u.load())


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


def reduce_point(p):
    return Point, (p.x * 10, p.y)


f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dispatch_table = {Point: reduce_point}
p.dump(Point(1, 2))
print(f.getvalue(), pickle.loads(f.getvalue()))


class TablePickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Point] = reduce_point


f = io.BytesIO()
TablePickler(f, 3).dump([Point(3, 4)])
print(f.getvalue(), pickle.loads(f.getvalue()))

copyreg.pickle(Point, lambda p: (Point, (p.y, p.x)))
print(pickle.dumps(Point(1, 2), 2), pickle.loads(pickle.dumps(Point(1, 2))))
del copyreg.dispatch_table[Point]


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if isinstance(obj, Point):
            return Point, (0, 0)
        if obj == 7:
            return int, (8,)
        return NotImplemented


f = io.BytesIO()
Override(f, 4).dump([Point, Point(5, 6), 7, 'x', 7.0])
print(f.getvalue(), pickle.loads(f.getvalue()))


def set_state(obj, state):
    obj.x, obj.y = state


class WithSetter:
    def __reduce__(self):
        return WithSetter, (), (1, 2), None, None, set_state


for proto in range(6):
    data = pickle.dumps(WithSetter(), proto)
    back = pickle.loads(data)
    print(proto, data, back.x, back.y)


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError("global '%s.%s' is forbidden" % (module, name))


for obj in ({1, 2}, [len]):
    try:
        print(Restricted(io.BytesIO(pickle.dumps(obj, 3))).load())
    except pickle.UnpicklingError as e:
        print('UnpicklingError', e)

# Unpickler reads no further than the STOP opcode
f = io.BytesIO(pickle.dumps('first', 0) + b'rest')
print(pickle.load(f), f.read())
f = io.BytesIO(pickle.dumps(list(range(5)), 4) + b'rest')
print(pickle.load(f), f.read())
