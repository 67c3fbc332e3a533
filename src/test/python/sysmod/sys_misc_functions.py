# sys's encodings, int-digit limit, call_tracing and import-system attributes
import sys

print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.getsizeof(1) > 0, sys.getrefcount(object()) > 0, sys.is_finalizing())
print(type(sys.meta_path).__name__, type(sys.path_hooks).__name__, type(sys.path_importer_cache).__name__,
      sys.warnoptions, sys._xoptions, sys.dont_write_bytecode in (True, False))
print(type(sys.prefix).__name__, type(sys.exec_prefix).__name__, type(sys.base_prefix).__name__, sys.platlibdir,
      sys.api_version > 0, type(sys.copyright).__name__, sys.pycache_prefix)
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
try:
    int('1' * 5000)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(int('1' * 5000))))
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits(), len(str(10 ** 7000)))
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print(e)
print(sys.call_tracing(lambda a, b: a + b, (1, 2)))
try:
    sys.call_tracing(len, [1])
except TypeError as e:
    print(e)
