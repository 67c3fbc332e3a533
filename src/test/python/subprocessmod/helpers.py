# call, check_call, check_output, getoutput, getstatusoutput, list2cmdline and the
# reprs and messages of CompletedProcess, CalledProcessError and TimeoutExpired.
import subprocess
import sys

print(subprocess.call(["sh", "-c", "exit 3"]), subprocess.call("exit 0", shell=True))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 5"])
except subprocess.CalledProcessError as e:
    print(e)
try:
    subprocess.check_call(args=["false"])
except subprocess.CalledProcessError as e:
    print(e, e.cmd)
print(subprocess.check_output(["/bin/echo", "out"]), subprocess.check_output("echo $0", shell=True))
print(subprocess.check_output(["cat"], input=b"via input"), subprocess.check_output(["cat"], input=None, text=True))
print(repr(subprocess.check_output("printf 'a\\r\\nb'", shell=True, text=True)))
try:
    subprocess.check_output("echo so far; exit 9", shell=True)
except subprocess.CalledProcessError as e:
    print(e, e.output)
print(subprocess.getoutput("echo one; echo two >&2"))
print(subprocess.getstatusoutput("echo hi; exit 3"), subprocess.getstatusoutput("exit 0"))
print(subprocess.getstatusoutput("no_such_command_gilpy_x 2>/dev/null"))
print(subprocess.list2cmdline(["a b", 'c"d', "e\\\\", 'f\\"', "", "g", "tab\there", "x\\y"]))
print(subprocess.CompletedProcess(["a"], 0), repr(subprocess.CompletedProcess("a", 1, "o", "e")))
print(subprocess.CompletedProcess(["a"], 0, None, b"e"))
print(str(subprocess.CalledProcessError(1, ["a", "b"])), repr(subprocess.CalledProcessError(2, "x", "out")))
print(str(subprocess.CalledProcessError(-9, "cmd")), str(subprocess.CalledProcessError(-15, ["c"])))
e = subprocess.CalledProcessError(1, "c", output=b"o", stderr=b"e")
e.stdout = b"changed"
print(e.output, e.stderr)
t = subprocess.TimeoutExpired(["a"], 1.5, output=b"so far")
print(str(t), repr(subprocess.TimeoutExpired("a", 2)), t.stdout, t.stderr, t.timeout, t.cmd)
print(subprocess.check_output([sys.executable, "-c", "import sys; print(sys.argv[1:], 6 * 7)", "x", "y"]))
print(subprocess.run([sys.executable, "-c", "import sys; sys.exit(12)"]).returncode)
print(subprocess.run([sys.executable, "-c", "print(input()[::-1])"], input=b"gilpy\n", capture_output=True).stdout)
