import sys

print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__, -sys.maxsize - 1)
print(sys.byteorder in ("little", "big"), sys.byteorder)
print(sys.version_info[:2] >= (3, 8), sys.version_info >= (3,), sys.version_info.major == 3, sys.version_info[0] == sys.version_info.major)
print(len(sys.version_info), type(sys.version_info.minor).__name__, sys.version_info.releaselevel in ("alpha", "beta", "candidate", "final"))
print(isinstance(sys.version, str), sys.version.startswith(str(sys.version_info.major)))
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff")
print(isinstance(sys.platform, str), isinstance(sys.executable, str))
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit > 0, type(sys.hash_info.modulus).__name__, sys.hash_info.modulus == 2 ** 61 - 1, sys.hash_info.inf)
