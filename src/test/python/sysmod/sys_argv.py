import sys

print(type(sys.argv).__name__, len(sys.argv))
name = sys.argv[0].replace("\\", "/").split("/")[-1]
print(name)
print(all(isinstance(a, str) for a in sys.argv))
sys.argv.append("extra")
print(sys.argv[-1], len(sys.argv))
