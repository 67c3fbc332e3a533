# OSError(errno, strerror[, filename[, winerror[, filename2]]]) picks the subclass by errno
e = OSError(2, 'No such file', 'x.txt')
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e), repr(e))
e = OSError(13, 'Perm', 'a', None, 'b')
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e))
for n in [1, 2, 3, 4, 9, 10, 11, 13, 17, 20, 21, 32, 99, 103, 104, 110, 111]:
    e = OSError(n, 'm')
    print(n, type(e).__name__, str(e))
print(repr(OSError('a')), OSError('a').errno, OSError().args, str(OSError(1)), OSError(1).errno)
print(repr(FileNotFoundError(2, 'x')), IOError is OSError, EnvironmentError is OSError)
e = OSError(2, 'x', 'f', 5)
print(e.args, getattr(e, 'winerror', 'nowin'))
print(BlockingIOError(11, 'x', 5).characters_written)
try:
    open('/nonexistent-dir/zz')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e)
print([c.__name__ for c in ConnectionResetError.__mro__], TimeoutError.__bases__)
