# The pure-Python scanner, scanstring and encoder agree with the accelerated ones.
import json
import json.decoder
import json.encoder
import json.scanner

docs = ['[1, 2.5, -0, 1e3, "a\\u00e9\\ud834\\udd1e", {"k": [true, false, null]}, NaN, -Infinity]',
        '{"a": {"b": {"c": []}}, "a": 1, "d": "x\\ny\\t\\"\\\\\\/"}', '  "str"  ', '12345678901234567890123', '-1.5E-7',
        '[', '{"a" 1}', '"\\x"', '"\\u12"', '[1,]', '{"a":1,}', '"abc', '"a\nb"', '[1] x', '', 'nul', '-', '01', '1.', '"\\ud834\\u12"',
        '{"\U0001d11e": "\U0001d11e", "x": [1, "\U0001d11e"]}', '["\U0001d11e", 1', '"\U0001d11e\\q"']

def py_decoder(**kw):
    d = json.JSONDecoder(**kw)
    d.parse_string = json.decoder.py_scanstring
    d.scan_once = json.scanner.py_make_scanner(d)
    return d

def outcome(f, doc):
    try:
        return ('ok', repr(f(doc)))
    except json.JSONDecodeError as e:
        return ('error', e.pos, e.lineno, e.colno)

for doc in docs:
    for kw in [{}, {'object_pairs_hook': list}, {'parse_float': str, 'parse_int': str, 'parse_constant': str}]:
        fast = outcome(json.JSONDecoder(**kw).decode, doc)
        slow = outcome(py_decoder(**kw).decode, doc)
        assert fast[0] == slow[0], (doc, fast, slow)
        if fast[0] == 'ok':
            assert fast == slow, (doc, fast, slow)
    print(outcome(json.loads, doc))

for s, strict in [('abc"', True), ('a\\nb" tail', True), ('a\tb"', False), ('\\u00e9x"', True)]:
    assert json.decoder.py_scanstring(s, 0, strict) == json.decoder.scanstring(s, 0, strict)
    print(json.decoder.scanstring(s, 0, strict))

values = [[1, "a", {"b": 2.5, "c": [None, True, False]}, (), {}, [[]]], {"x": float("nan"), 1: 2, None: 3, 2.5: "é\U0001d11e\x00\x7f"},
          "plain", 7, {"z": 1, "a": 2}]
for v in values:
    for kw in [{}, {'sort_keys': True}, {'ensure_ascii': False}, {'separators': (',', ':')}, {'skipkeys': True},
               {'indent': 2}, {'indent': '\t', 'sort_keys': True}, {'indent': 0, 'separators': (',', ':')}]:
        if kw.get('sort_keys') and isinstance(v, dict) and 1 in v:
            continue
        fast = json.dumps(v, **kw)
        saved = json.encoder.c_make_encoder
        json.encoder.c_make_encoder = None
        try:
            slow = json.dumps(v, **kw)
        finally:
            json.encoder.c_make_encoder = saved
        assert fast == slow, (fast, slow)
        print(ascii(fast))
for s in ["", "abc", "é\u2028\U0001d11e\x00\x1f\x7f\"\\/"]:
    assert json.encoder.py_encode_basestring(s) == json.encoder.encode_basestring(s)
    assert json.encoder.py_encode_basestring_ascii(s) == json.encoder.encode_basestring_ascii(s)
    print(ascii(json.encoder.encode_basestring(s)), json.encoder.encode_basestring_ascii(s))
print(json.loads('[' * 50 + ']' * 50))
try:
    json.loads('[' * 100000 + ']' * 100000)
except RecursionError:
    print("RecursionError")
deep = []
for i in range(5000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError:
    print("RecursionError")
print("done")
