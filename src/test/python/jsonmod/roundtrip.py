import json

values = [
    None, True, False, 0, -1, 2**70, -2**64, 1.0, -0.0, 0.1, 1e-7, 1e22, 1.7976931348623157e308, 5e-324,
    3.141592653589793, 123456.789, "", "plain", "quote\" back\\ slash/", "\x00\x01\x1f\x7f",
    "é ü ß 中文 \u2028 \U0001F600 \U0001d11e", "\ud800 lone", [], {}, [[[]]], {"a": {"b": {"c": [1, {"d": None}]}}},
    [1, "two", 3.0, [4, [5, [6]]], {"seven": 7}], {"": "", " ": " "},
    {str(i): list(range(i)) for i in range(6)},
]
for v in values:
    for kw in [{}, {"ensure_ascii": False}, {"indent": 2}, {"sort_keys": True, "separators": (",", ":")}]:
        s = json.dumps(v, **kw)
        back = json.loads(s)
        assert back == v or (v != v), (v, s, back)
    print(json.dumps(v))
    print(ascii(json.dumps(v, ensure_ascii=False)))

t = (1, (2, 3), [4])
print(json.loads(json.dumps(t)))
big = {"users": [{"id": i, "name": "user%d" % i, "tags": ["t%d" % (i % 3)], "score": i / 7, "ok": i % 2 == 0} for i in range(30)]}
s = json.dumps(big, indent=1, sort_keys=True)
print(len(s), json.loads(s) == big)
print(s[:300])
print(json.dumps(json.loads('{"k": [1.0, 1.10, 1e3, 1E+3, -5e-1, 2.50]}')))
print(json.loads('"\\ud834\\udd1e"') == '\U0001d11e', json.dumps('\U0001d11e'))
print(json.loads(json.dumps('\ud834')) == '\ud834')
print(repr(json.loads('"\\ud83d\\ude00\\u00e9\\u4e2d"')))
