# golden: 2.7
import sys

sys.setcheckinterval(10)
print sys.getcheckinterval()
sys.setcheckinterval(1000)
print sys.getcheckinterval()
total = 0
for i in range(5000):
    total += i
print total
