import sys

NAME = "_tmp_io_exit_flush.txt"
f = open(NAME, "w")
f.write("left for the exit flush\n")
sys.stdout.write("buffered output")
sys.stderr.write("err line\n")
raise SystemExit(3)
