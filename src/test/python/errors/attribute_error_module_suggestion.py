# Module attributes are suggested from dir(module).
import math

print(math.floor(2.5))
print(math.pii)
