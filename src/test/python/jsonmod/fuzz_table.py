# Pseudo-random documents through dumps/loads, and corrupted documents through the error positions.
import json
st = [99]
def rnd(n):
    st[0] = (st[0] * 1103515245 + 12345) % 2147483648
    return (st[0] >> 4) % n
ATOMS = [None, True, False, 0, -7, 12345678901234567890, 1.5, -0.25, 1e-9, 3.0e20, "", "a", "é", "\U0001d11e", "q\"b\\s", "\n\t\x01", "ab cd"]
def value(depth):
    k = rnd(10)
    if depth > 3 or k < 5:
        return ATOMS[rnd(len(ATOMS))]
    if k < 7:
        return [value(depth + 1) for _ in range(rnd(5))]
    return {("k%d" % rnd(20)) if rnd(4) else "key" + str(rnd(9)): value(depth + 1) for _ in range(rnd(5))}
for i in range(150):
    v = value(0)
    opts = [{}, {"indent": rnd(4)}, {"sort_keys": True}, {"ensure_ascii": False}, {"separators": (",", ":")}][rnd(5)]
    s = json.dumps(v, **opts)
    assert json.loads(s) == v
    print(ascii(s))
    # corrupt one character
    if s:
        pos = rnd(len(s))
        bad = s[:pos] + "]}[{,:\"x \\"[rnd(10)] + s[pos + 1:]
        try:
            r = json.loads(bad)
            print("  ok", ascii(json.dumps(r)))
        except json.JSONDecodeError as e:
            print("  ", e.msg, e.pos, e.lineno, e.colno)
