import json, io

data = {"b": [1, 2.5, None, True, False, "x"], "a": {"z": [], "y": {}}, "c": "é\n"}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent=""))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, indent=1, separators=(" ,", " : ")))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps({(1, 2): 1, "k": 2}, skipkeys=True))
print(json.dumps({1: 1, 2.0: 2, None: 3, True: 4, False: 5}, sort_keys=False))
print(json.dumps([{1, 2}.__class__.__name__]))
print(json.dumps(complex(1, 2), default=lambda o: [o.real, o.imag]))
print(json.dumps({"s": {3, 1, 2}}, default=sorted))

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)

print(json.dumps([1j, 2 + 3j], cls=Enc))
print(Enc(indent=3).encode({"a": 1j}))
try:
    json.dumps(object(), cls=Enc)
except TypeError as e:
    print("TypeError", e)

print(json.dumps(float("nan"), allow_nan=True))
for v in [float("nan"), float("inf"), [float("-inf")], {"k": float("inf")}, {float("nan"): 1}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print("ValueError", e)

l = [1]; l.append([l])
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(l, check_circular=False)
except RecursionError:
    print("RecursionError")
shared = [1]
print(json.dumps([shared, shared, {"a": shared}]))

class Self:
    pass
s = Self()
try:
    json.dumps(s, default=lambda o: o)
except ValueError as e:
    print("ValueError", e)

try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)
print(json.dumps([1, 2], indent=None), json.dumps((1, 2)), json.dumps([]), json.dumps({}), json.dumps([[], {}], indent=2))
print(json.dumps("abc"), json.dumps(None), json.dumps(True), json.dumps(12345678901234567890123), json.dumps(-0.0), json.dumps(1e100), json.dumps(0.1 + 0.2))

buf = io.StringIO()
json.dump({"x": [1, 2, {"y": None}]}, buf, indent=1)
print(buf.getvalue())
buf = io.StringIO()
json.dump([1, "a"], buf)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))

e = json.JSONEncoder()
print(e.item_separator, e.key_separator, e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan, e.sort_keys, e.indent)
e = json.JSONEncoder(indent=4)
print(repr(e.item_separator), repr(e.key_separator))
print(json.JSONEncoder(default=str).default(5))
try:
    json.JSONEncoder(1)
except TypeError as e:
    print("TypeError")
try:
    json.dumps({}, bogus=1)
except TypeError as e:
    print("TypeError", e)
