# _csv.Dialect over generated combinations of parameter values: the value
# each attribute ends with, or the first validation error
import _csv
import itertools

values = {
    'delimiter': [';', ',', '\t', None, '', 'ab', 5],
    'quotechar': [None, '', "'", 'ab', 5],
    'escapechar': [None, '', '\\', 'ab', 5],
    'lineterminator': [None, '', '\n', 5],
    'quoting': [None, 0, 3, 4, True, 1.0],
    'doublequote': [None, 0, 'x'],
    'skipinitialspace': [None, 1],
    'strict': [None, []],
}
names = sorted(values)
n = 7
for case in range(700):
    n = (n * 1103515245 + 12345) % 2147483648
    kw = {}
    for i, name in enumerate(names):
        choice = (n >> (3 * i)) % (len(values[name]) + 2)
        if choice < len(values[name]):
            kw[name] = values[name][choice]
    try:
        d = _csv.Dialect(**kw)
        print(case, [getattr(d, a) for a in names])
    except TypeError as e:
        print(case, "TypeError", e)
