# open(..., opener=...) and io.FileIO(..., opener=...): the opener makes the descriptor
# from the path and the os.O_* flags of the mode; io.text_encoding.
import io
import os

NAME = 'opener_test.txt'
calls = []


def opener(path, flags):
    calls.append((path, flags & os.O_ACCMODE, bool(flags & os.O_CREAT), bool(flags & os.O_TRUNC),
                  bool(flags & os.O_APPEND), bool(flags & os.O_EXCL)))
    return os.open(path, flags, 0o600)


try:
    with open(NAME, 'w', opener=opener) as f:
        f.write('hello\n')
    with open(NAME, 'a', opener=opener) as f:
        f.write('more\n')
    with open(NAME, opener=opener) as f:
        print(repr(f.read()), f.name)
    with open(NAME, 'rb', opener=opener) as f:
        print(f.read(), type(f.raw).__name__)
    with io.FileIO(NAME, 'r+', opener=opener) as f:
        print(f.read(), f.mode)
    os.remove(NAME)
    with open(NAME, 'x', opener=opener) as f:
        f.write('x')
    for path, acc, creat, trunc, app, excl in calls:
        print(path, acc in (os.O_RDONLY, os.O_WRONLY, os.O_RDWR), acc, creat, trunc, app, excl)
    for bad in (lambda p, f: -1, lambda p, f: 'x', lambda p, f: 1.5):
        try:
            open(NAME, opener=bad)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
finally:
    if os.path.exists(NAME):
        os.remove(NAME)

print(io.text_encoding(None), io.text_encoding('latin-1'), io.text_encoding(None, 2), io.text_encoding(5))
