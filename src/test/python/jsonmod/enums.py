import json, enum
class C(enum.IntEnum):
    A = 1
class S(str, enum.Enum):
    X = 'x'
class F(float, enum.Enum):
    P = 1.5
print(json.dumps([C.A, {C.A: S.X}, S.X, F.P, {F.P: 1}]))
print(json.dumps([C.A, {C.A: S.X}, S.X, F.P], indent=1))
