import sys

sys.path.insert(0, "_mods")
from star_all import *

print(public_a)
print(_private_listed)
for name in ("public_b", "_private_unlisted"):
    print(name, "imported:", name in globals())
import star_all
print(star_all.__all__, star_all.public_b)
