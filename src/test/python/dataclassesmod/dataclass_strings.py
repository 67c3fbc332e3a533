# dataclasses: string annotations (InitVar, ClassVar), the generated docstring, order conflicts.
from dataclasses import *
import dataclasses
@dataclass
class A:
    x: int
    y: 'str' = 'q'
    z: 'InitVar[int]' = 0
    w: 'dataclasses.InitVar[int]' = 1
    def __post_init__(self, z, w):
        print('post', z, w)
a = A(1)
print(a, [f.name for f in fields(A)], A.__doc__)
print(fields(A)[0].name, fields(A)[0].type, fields(A)[0]._field_type)
print(A.__dataclass_params__)
try:
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, o): return True
except TypeError as e:
    print(e)
