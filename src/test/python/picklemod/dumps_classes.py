# Classes, functions and instances of user classes through the __reduce_ex__ protocol
import collections
import copyreg
import enum
import pickle


class Plain:
    def __init__(self):
        self.x = 1
        self.y = [1, 'a']

    def method(self):
        return self.x


class Slots:
    __slots__ = ('a', '__b', 'c')

    def __init__(self):
        self.a = 1
        self.__b = 2


class SlotsAndDict:
    __slots__ = ('s', '__dict__')


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


class Color(enum.Enum):
    RED = 1
    GREEN = 'g'


class Perm(enum.IntFlag):
    R = 4
    W = 2


Point = collections.namedtuple('Point', 'x y')


class NewArgsEx:
    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self.args = args
        self.kwargs = kwargs
        return self

    def __getnewargs_ex__(self):
        return self.args, self.kwargs


class NewArgs(int):
    def __new__(cls, value, extra):
        self = int.__new__(cls, value)
        self.extra = extra
        return self

    def __getnewargs__(self):
        return int(self), self.extra


class WithState:
    def __init__(self):
        self.keep = 1
        self.drop = 2

    def __getstate__(self):
        return {'keep': self.keep}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.restored = True


class Outer:
    class Inner:
        pass


def function():
    pass


sd = SlotsAndDict()
sd.s = 's'
sd.d = 'd'
ml = MyList([1, 2])
ml.attr = 'm'
objects = [
    Plain(), Slots(), sd, ml, MyDict(a=1), MyInt(5), MyStr('s'), MyTuple((1, 2)),
    Color.RED, Color.GREEN, Perm.R | Perm.W, Point(1, 2), NewArgsEx(1, k=2), NewArgs(3, 'e'),
    WithState(), Plain, Color, Point, function, Plain.method, Outer.Inner, object(),
]
for obj in objects:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            data = pickle.dumps(obj, proto)
        except TypeError as e:
            print(proto, type(obj).__name__, 'TypeError', e)
            continue
        print(proto, type(obj).__name__, data)
        back = pickle.loads(data)
        if isinstance(obj, (type, enum.Enum)) or callable(obj):
            assert back is obj, (back, obj)
        else:
            print('  ', type(back).__name__, sorted(getattr(back, '__dict__', {}).items()))

back = pickle.loads(pickle.dumps(Slots(), 2))
print(back.a, back._Slots__b, hasattr(back, 'c'))
back = pickle.loads(pickle.dumps(NewArgs(3, 'e'), 4))
print(back, back.extra, type(back).__name__)
back = pickle.loads(pickle.dumps(NewArgsEx(1, k=2), 3))
print(back.args, back.kwargs)
print(pickle.loads(pickle.dumps(WithState(), 0)).__dict__)
bound = pickle.loads(pickle.dumps(Plain().method, 4))
print(bound(), type(bound).__name__)

# the extension registry (protocol 2 and up)
copyreg.add_extension(__name__, 'Plain', 240)
copyreg.add_extension(__name__, 'Slots', 0x1234)
copyreg.add_extension(__name__, 'MyList', 0x123456)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps([Plain, Slots, MyList], proto)
    print(proto, data, pickle.loads(data) == [Plain, Slots, MyList])
copyreg.remove_extension(__name__, 'Plain', 240)
copyreg.remove_extension(__name__, 'Slots', 0x1234)
copyreg.remove_extension(__name__, 'MyList', 0x123456)

# Python 2 names for the globals of protocols 0-2 (fix_imports)
for obj in (str, int, range, zip, map, filter, chr, OSError, ConnectionError, ModuleNotFoundError,
            ValueError, collections.UserDict, copyreg._reconstructor, bytes, dict):
    print(pickle.dumps(obj, 2), pickle.dumps(obj, 2, fix_imports=False), pickle.dumps(obj, 3))
    print('  ', pickle.loads(pickle.dumps(obj, 2)).__qualname__)
