import sys

print("exiting with a list")
sys.exit(["not", "an", "int"])
