import json

doc = '{"a": 1.5, "b": [1, 2, {"c": null}], "d": "x", "e": NaN, "f": -Infinity, "a": 2}'
print(json.loads(doc))
print(json.loads(doc, object_pairs_hook=list))
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_hook=lambda d: 'H', object_pairs_hook=lambda p: 'P'))
print(json.loads(doc, parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads(doc, parse_constant=lambda s: 'C' + s))
print(json.loads('[1e2, 1E-2, 0.5, -0, 10]', parse_float=str, parse_int=str))
print(json.loads('"a\tb\nc"', strict=False))
try:
    json.loads('"a\tb"', strict=True)
except json.JSONDecodeError as e:
    print(e)
print(json.loads('{}', object_pairs_hook=lambda p: ('empty', p)))
print(json.loads('{}', object_hook=lambda d: ('empty', d)))

class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"ab": {"cd": 1}}', cls=Dec))
print(json.loads('[1]', cls=Dec, parse_int=float))

d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'))
print(d.raw_decode('xx"s"yy', 2))
try:
    d.raw_decode(' 1')
except json.JSONDecodeError as e:
    print(e)
print(d.decode(' \n\t{"k" : [ ] }\r\n'))
print(d.strict, d.parse_float is float, d.parse_int is int, d.object_hook, d.object_pairs_hook)
print(d.parse_constant('NaN'), d.parse_constant('-Infinity'))

for b in [b'[1, "\xc3\xa9"]', '["é"]'.encode('utf-16'), '["é"]'.encode('utf-16-le'), '["é"]'.encode('utf-16-be'),
          '["é"]'.encode('utf-32'), '["é"]'.encode('utf-32-le'), '["é"]'.encode('utf-32-be'),
          b'\xef\xbb\xbf{"a": 1}', bytearray(b'[true]'), b'1', '1'.encode('utf-16-le'), '1'.encode('utf-16-be')]:
    print(json.loads(b))
for bad in [None, 1, [1]]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    json.loads('{}', bogus=1)
except TypeError as e:
    print('TypeError', e)

import io
print(json.load(io.StringIO('{"x": [true, false]}')))
print(json.load(io.BytesIO(b'{"x": 1}'), object_pairs_hook=list))

# hooks may decode again with the same decoder while it is scanning
inner = json.JSONDecoder(object_hook=lambda d: {k: (json.loads(v) if isinstance(v, str) and v[:1] in '[{' else v) for k, v in d.items()})
print(inner.decode('{"a": "[1, {\\"b\\": 2}]", "c": {"d": "{\\"e\\": [3]}"}, "k": "k"}'))
print(json.loads('[{"x": "{}"}, {"x": "[]"}]', object_hook=lambda d: (d, json.loads('{"n": [1, 2]}'))))
