# A memoryview is accepted wherever a bytes-like object is: bytes(), bytearray(), join, files, ...
import io

m = memoryview(b"0123456789")
print(bytes(m[2:6]), bytearray(m[::3]), b"-".join([m[:2], m[8:], b"x"]), b"ab" + m[:2], bytearray(b"ab") + m[:2])
ba = bytearray(b"xy")
ba += m[:3]
ba.extend(m[-2:])
print(ba, ba.find(m[:2]), b"0123".startswith(m[:2]), m[3:5].tobytes() in b"xx34", b"0123456789".count(m[1:2]))
print(int(m[1:4]), float(memoryview(b"2.5")), str(m[:3], "ascii"), m[:4].hex(), m[:4].hex(":"), m.hex("-", 3), m.hex(" ", -4))
print(memoryview(b"\x01\x02\x03\x04").cast("H").hex(), memoryview(b"\xff\xfe").hex(sep=b"|"), memoryview(b"").hex())
print(b"%s|%b" % (m[:2], m[2:4]), bytes(memoryview(bytearray(b"q"))), list(bytes(m[::-5])))
stream = io.BytesIO()
stream.write(m[1:3])
stream.write(memoryview(b"!").cast("c"))
print(stream.getvalue())
with open("/dev/null", "wb") as f:
    print(f.write(m[5:]), f.write(memoryview(b"\x00\x01").cast("H")))
print(b"abc".decode() == memoryview(b"abc").tobytes().decode(), bytes(memoryview(b"z") ) * 3)
for bad in [("hex sep", lambda: m.hex("::")), ("tobytes order", lambda: m.tobytes(1))]:
    try:
        bad[1]()
    except (TypeError, ValueError) as e:
        print(bad[0], type(e).__name__, e)
