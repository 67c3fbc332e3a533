import sys

sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
sys.setswitchinterval(0.002)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval("x")
except TypeError as e:
    print("TypeError", e)
