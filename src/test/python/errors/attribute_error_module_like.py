import math

print(math.sqrt(16))
print(math.squareroot(16))
