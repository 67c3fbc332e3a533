# tuple, range, slice, bytes, bytearray, None, bool, int, float and complex behaviour in one sweep
t = (1, 2, 2); print(t.count(2), t.index(2), t + (3,), t * 2, t[::-1], (1,), (), tuple('ab'), hash((1, 2)) == hash((1, 2)), (1, 2) < (1, 2, 0))
try: (1,).index(5)
except ValueError as e: print(e)
r = range(0, 10, 3); print(r, list(r), r[1], r[-1], r[1:3], len(r), 3 in r, r.index(6), r.count(3), range(5) == range(0, 5), reversed(r).__class__.__name__, r.start, r.stop, r.step, hash(range(3)) == hash(range(3)))
try: range(0, 5, 0)
except ValueError as e: print(e)
sl = slice(1, 10, 2); print(sl.indices(5), sl.start, sl.stop, sl.step, slice(3), repr(slice(None)), slice(1, 2) == slice(1, 2))
b = b'hello'; print(b.upper(), b.split(b'l'), b[1], b[1:3], b.hex(), b.find(b'l'), b.replace(b'l', b'L'), b.startswith(b'he'), b * 2, bytes([65, 66]), b.decode(), b'%d-%s' % (5, b'x'), b.center(9, b'*'), b.title(), b.isalpha())
ba = bytearray(b'abc'); ba.append(100); ba.extend(b'ef'); ba[0] = 90; del ba[1]; print(ba, ba.pop(), ba.decode(), bytearray(3), ba.upper(), bytes(ba), ba.hex(':'), ba.find(99))
try: bytes([256])
except ValueError as e: print(e)
try: ba.append(300)
except ValueError as e: print(e)
print(None.__repr__(), repr(None), bool(None), type(None)(), NotImplemented.__repr__(), repr(Ellipsis), type(Ellipsis)() is Ellipsis)
print(1 .__add__(2), (2).__pow__(3), True + True, True & False, ~True, -True, bool.__name__, repr(True), True.real, int.__name__, (7).__floordiv__(2), (-7) // 2, -7 % 3, 7 % -3, 2 ** -2, 10 ** 20, (-2) ** 0.5)
print(1.5.is_integer(), 0.1 + 0.2, 1e300 * 1e10, -1e300 * 1e10, float('nan') == float('nan'), 3.0 // 2, 3.5 % 1, divmod(-3.5, 2), round(0.125, 2), 1/3, 2.0 ** 0.5, float.__name__, (1e16), 123456789012345678.0, 1e-7, -0.0, 5e-324)
try: 1 / 0
except ZeroDivisionError as e: print(e)
try: 1.0 / 0
except ZeroDivisionError as e: print(e)
try: 1 % 0
except ZeroDivisionError as e: print(e)
try: 2.0 ** 10000
except OverflowError as e: print(e)
try: (0.0) ** -1
except ZeroDivisionError as e: print(e)
print(complex(1, -0.0), 1j * 1j, (1+2j) / (3-4j), complex('1e3-2j'), (1+1j) ** 2, repr(complex(0, 1)), repr(-1j), complex(float('inf'), 1), (3+4j).real, (3+4j).imag)
print(2 ** 100, -(2 ** 100) // 3, (2 ** 100) % 7, (2 ** 100).bit_length(), int('9' * 30) + 1, hex(2 ** 70), (2 ** 64).to_bytes(9, 'big'), int.from_bytes(b'\xff' * 9, 'big', signed=True), 10 ** 30 // 10 ** 15)
