import json
for c in ['"ab\\u12"', '"ab\\q"', '"\\ud834\\u12"', '"\\ud834\\u12zz"','"\\ud834\\"', '"\\ud834\\', '"abc\\u00"', '"\\u00e9\\U"', '"a\x7f\x1f"', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '"\\uD834\\uDD1E"', '"\\u0000"', '[1e5, 1.0e-3, 12345678901234567890, 1.7976931348623157e309, -1e-400]']:
    try:
        print(repr(c), repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'ERR', e)
print(json.dumps(float('nan')), json.dumps([float('inf'), -float('inf')]))
try: json.dumps(float('nan'), allow_nan=False)
except ValueError as e: print(e)
try: json.dumps({(1,2):3})
except TypeError as e: print(e)
try: json.dumps({1,2})
except TypeError as e: print(e)
l=[]; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
d={}; d['a']=d
try: json.dumps(d)
except ValueError as e: print(e)
e = json.JSONEncoder()
print(list(e.iterencode([1,"a",{"b":2, "c":[]}, {}, [[]], None, True, 1.5])))
print(list(json.JSONEncoder(indent=2).iterencode([1,"a",{"b":2, "c":[]}, {}, [[]], None, True, 1.5])))
print(list(json.JSONEncoder(indent=2, sort_keys=True).iterencode({"b": [1], "a": {"x": 1}})))
print(list(e.iterencode("abc")), list(e.iterencode(5)), list(e.iterencode({1: 2, 2.5: 3, True: 4, None: 5})))
class F(float): pass
class I(int): 
    def __repr__(self): return 'I!'
print(json.dumps([F(1.5), I(3), {I(4): F(2.0)}]))
print(json.dumps({True: 1, False: 2, None: 3, 1.5: 4, float('nan'):5, 7: 6}))
print(json.dumps("é\u2028\U0001d11e\x7f\x00\x1f"), json.dumps("é\U0001d11e\x00", ensure_ascii=False))
