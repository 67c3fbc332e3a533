# Protocol 4 and 5 frames: committed when a save starts with 64 KiB or more in the
# frame; a payload of 64 KiB or more goes outside frames; a frame under 4 bytes has no header
import io
import pickle
import struct


def frames(data):
    out = []
    i = 2
    while i < len(data):
        if data[i] == 0x95:
            n = struct.unpack('<Q', data[i + 1:i + 9])[0]
            out.append(n)
            i += 9 + n
        else:
            out.append(('unframed at', i))
            break
    return out


samples = [
    None, 12345, 'abc',
    list(range(300, 25000)),
    [str(i) * 5 for i in range(3500)],
    {('k%05d' % i) * 10: [i] for i in range(1300)},
    [('k%05d' % i, [i, 'x' * 50]) for i in range(1000)],
    b'x' * 70000, [1, b'y' * 70000, 2], 'z' * 70000, bytearray(b'q' * 70000),
    tuple(str(i) * 5 for i in range(3500)),
]
for obj in samples:
    for proto in (4, 5):
        data = pickle.dumps(obj, proto)
        print(proto, len(data), frames(data)[:6], data[-16:])
        assert pickle.loads(data) == obj
        f = io.BytesIO()
        pickle.dump(obj, f, proto)
        assert f.getvalue() == data
        f.seek(0)
        assert pickle.load(f) == obj

# several pickles one after another in a file
f = io.BytesIO()
for proto in range(6):
    pickle.dump(('obj', proto, [proto] * 3, 'x' * (proto * 20)), f, proto)
f.seek(0)
for proto in range(6):
    print(pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print('EOFError', e)
