import json
cases = ['', ' ', '[', '[1', '[1,', '[1,]', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{1:2}', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"', '[1] x', 'nul', 'tru', 'NaN', '-', '-a', '1.', '1e', '01', '[1 2]', '{"a" 1}', '"\\', '"\\u', '  \n  x', '[-Infinity, Infinity, NaN]', '1.5e3', '-0', '-0.0', '1E+2', '"\ud800"', '"\\ud834\\udd1e"', '"\\ud834x"','"\\udd1e\\ud834"', '[]', '{}', ' [ ] ', '"\t"', '123abc', '{"a":1 "b":2}', '[,]', '\ufeff[1]']
for c in cases:
    try:
        r = json.loads(c)
        print(repr(c), '->', repr(r))
    except json.JSONDecodeError as e:
        print(repr(c), 'ERR', e, '|', e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"a\tb"', strict=False))
print(json.JSONDecodeError.__mro__, json.JSONDecodeError('x', 'ab\ncd', 4).args)
e = json.JSONDecodeError('x', 'ab\ncd', 4); print(e.__reduce__())
