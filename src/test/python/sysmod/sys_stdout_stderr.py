import sys

n = sys.stdout.write("written directly\n")
print(n)
print(sys.stdout.write(""), sys.stdout.write("é日\n"))
m = sys.stderr.write("error stream line\n")
sys.stderr.write("%d chars\n" % m)
sys.stdout.flush()
sys.stderr.flush()
print(sys.stdout.writable(), hasattr(sys.stdout, "encoding"), sys.stdout.encoding.lower().replace("-", ""))
print("to stderr via print", file=sys.stderr)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError", e)
sys.stdout.writelines(["a\n", "b\n"])
