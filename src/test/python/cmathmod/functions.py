# cmath's other functions, constants, argument conversion and errors
import cmath
import math

inf, nan = float('inf'), float('nan')
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, repr(str(e)))


# exact results
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4 + 0j), cmath.sqrt(complex(-4, -0.0)), cmath.sqrt(3 + 4j))
print(cmath.exp(0), cmath.log(1), cmath.log(-1), cmath.log(complex(-1, -0.0)), cmath.log10(100), cmath.log(8, 2))
print(cmath.acos(1), cmath.asin(0), cmath.atan(0), cmath.acosh(1), cmath.asinh(0), cmath.atanh(0))
print(cmath.atanh(complex(2, 0.0)), cmath.atanh(complex(2, -0.0)), cmath.asin(complex(2, 0.0)), cmath.asin(complex(2, -0.0)))
print(cmath.acos(complex(2, 0.0)), cmath.acos(complex(2, -0.0)), cmath.acosh(complex(0.5, 0.0)), cmath.acosh(complex(0.5, -0.0)))
print(cmath.atan(complex(0.0, 2)), cmath.atan(complex(-0.0, 2)), cmath.asinh(complex(0.0, 2)), cmath.asinh(complex(-0.0, 2)))
print(cmath.log(complex(1e-320, 1e-320)).real, cmath.log(complex(1e308, 1e308)).real, cmath.sqrt(complex(1e-320, 0)))

# phase, polar, rect
for z in (1, -1, 1j, -1j, complex(-1, 0.0), complex(-1, -0.0), complex(0.0, 0.0), complex(-0.0, -0.0), 3 + 4j,
          complex(inf, inf), complex(-inf, 1), complex(nan, 0), complex(1e308, 1e308)):
    print(z, cmath.phase(z), cmath.polar(z))
for r, phi in [(1, 0), (2, math.pi / 2 * 0), (-0.0, 0.0), (0.0, -0.0), (1, -0.0), (-1, 0.0), (inf, 0.0), (inf, -0.0),
               (-inf, 0.0), (nan, 0.0), (0.0, inf), (0.0, nan), (1, nan), (inf, nan), (nan, 1), (inf, 1.5), (-inf, 1.5)]:
    t(cmath.rect, r, phi)
t(cmath.rect, 1, inf)
t(cmath.rect, inf, inf)
t(cmath.polar, complex(inf, 0))

# predicates
for z in (1 + 1j, complex(inf, 0), complex(0, -inf), complex(nan, 1), complex(1, nan), 5, 2.5):
    print(z, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.isclose(1j, 1j + 1e-10), cmath.isclose(1j, 1j + 1e-8), cmath.isclose(0, 1e-10),
      cmath.isclose(0, 1e-10, abs_tol=1e-9), cmath.isclose(1 + 1j, 1 + 1.01j, rel_tol=0.1),
      cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(complex(inf, 0), complex(inf, 1)),
      cmath.isclose(nan, nan), cmath.isclose(a=1, b=1))
t(cmath.isclose, 1, 1, rel_tol=-1)
t(cmath.isclose, 1, 1, abs_tol=-1)
t(cmath.isclose, 1, 1, 1e-9)


# argument conversion
class C:
    def __complex__(self):
        return 1 + 2j


class F:
    def __float__(self):
        return 2.0


class I:
    def __index__(self):
        return 3


print(cmath.sqrt(C()).real > 0, cmath.exp(F()), cmath.log(I()).real == math.log(3), cmath.sqrt(True))
t(cmath.sqrt, 'x')
t(cmath.sqrt, None)
t(cmath.phase, [1])
t(cmath.exp, 1000)
t(cmath.exp, complex(710, 1))
t(cmath.cosh, 1000)
t(cmath.sinh, complex(-1000, 1))
t(cmath.cos, 1000j)
t(cmath.log, 0)
t(cmath.log, 0j, 2)
t(cmath.log, 1 + 1j, 0)
t(cmath.log, 1 + 1j, 1)
t(cmath.log10, 0)
t(cmath.atanh, 1)
t(cmath.atanh, -1)
t(cmath.atan, 1j)
t(cmath.atan, -1j)
t(cmath.exp, complex(0, inf))
t(cmath.sqrt)
t(cmath.sqrt, 1, 2)
