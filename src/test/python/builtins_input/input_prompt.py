import sys

a = input("Enter a: ")
b = input("Enter b: ")
print()
print("sum =", int(a) + int(b))
print("prompt goes to stdout when stdin is not a tty", file=sys.stderr)
x = input()
print(repr(x), len(x))
try:
    input("no more> ")
except EOFError:
    print()
    print("EOF")
