# every cmath function on a grid of real and imaginary parts: signed zeros, infinities,
# nan, tiny and huge values, points on and near the branch cuts. Zero, infinite and nan
# parts print exactly; other parts to 12 significant digits (gilpy's sin, cos, exp, cosh,
# sinh may differ from glibc's in the last bit).
import cmath

inf, nan = float('inf'), float('nan')
PARTS = [-inf, -1e308, -2.5, -1.0, -0.5, -1e-310, -0.0, 0.0, 1e-310, 0.5, 1.0, 2.5, 1e308, inf, nan]
FUNCS = ['sqrt', 'exp', 'log', 'log10', 'acos', 'asin', 'atan', 'acosh', 'asinh', 'atanh',
         'cos', 'sin', 'tan', 'cosh', 'sinh', 'tanh']


def fmt(v):
    if v == 0 or v != v or v in (inf, -inf):
        return repr(v)
    return format(v, '.12g')


for name in FUNCS:
    f = getattr(cmath, name)
    print(name)
    for x in PARTS:
        out = []
        for y in PARTS:
            try:
                r = f(complex(x, y))
                out.append(fmt(r.real) + ',' + fmt(r.imag))
            except ValueError:
                out.append('VE')
            except OverflowError:
                out.append('OE')
        print(' ', repr(x), ' '.join(out))
