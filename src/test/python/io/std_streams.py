import io
import sys

print(type(sys.stdout).__name__, sys.stdout.encoding, sys.stdout.errors, sys.stderr.errors)
print(sys.stdin.name, sys.stdout.name, sys.stderr.name, sys.stdout.mode, sys.stdin.mode)
print(type(sys.stdout.buffer).__name__, type(sys.stdin.buffer).__name__, type(sys.stdout.buffer.raw).__name__)
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.isatty(), sys.stderr.line_buffering, sys.stdout.writable(), sys.stdin.readable())
print(sys.__stdout__ is sys.stdout, sys.stdout.buffer.raw.closefd)
sys.stdout.writelines(["one ", "two\n"])
sys.stdout.flush()
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.buffer.flush()
print(sys.stdout.write("written\n"))
sys.stderr.write("to stderr\n")
print(sys.stdin.read())
saved = sys.stdout
sys.stdout = io.StringIO()
print("captured")
text = sys.stdout.getvalue()
sys.stdout = saved
print(repr(text))
print("tail without newline", end="")
