import sys

print("about to exit with a message")
sys.exit("fatal: this goes to stderr")
