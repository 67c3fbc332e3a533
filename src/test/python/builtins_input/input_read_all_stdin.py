import sys

first = sys.stdin.readline()
print(repr(first))
rest = sys.stdin.read()
print(repr(rest))
print(rest.splitlines())
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
