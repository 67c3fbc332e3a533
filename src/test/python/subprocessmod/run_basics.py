# subprocess.run: capture_output, text, input, check, shell, CompletedProcess and the
# errors for bad arguments and missing programs.
import subprocess
import sys

print(subprocess.run(["/bin/echo", "hello", "world"], capture_output=True))
print(subprocess.run(["/bin/echo", "hi"], stdout=subprocess.PIPE, text=True))
r = subprocess.run("echo out; echo err >&2; exit 4", shell=True, capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr), r.args)
print(subprocess.run(["cat"], input=b"bytes in", capture_output=True).stdout)
print(subprocess.run(["cat"], input="text in\n", capture_output=True, text=True).stdout)
print(subprocess.run(["cat"], input="crlf\r\nline\r\n", stdout=subprocess.PIPE, universal_newlines=True).stdout.encode())
print(subprocess.run(["tr", "a-z", "A-Z"], input="é ok", capture_output=True, encoding="utf-8").stdout)
print(subprocess.run(["sh", "-c", "exit 7"]).returncode, subprocess.run("true", shell=True).returncode)
r = subprocess.run("echo both; echo err >&2", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(r.stdout, r.stderr)
print(subprocess.run(["/bin/echo", "gone"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)
try:
    subprocess.run(["sh", "-c", "echo partial; exit 2"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
r = subprocess.run(["sh", "-c", "exit 1"])
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("check_returncode:", e)
print(subprocess.run(["sh", "-c", "exit 0"]).check_returncode())
for bad in (lambda: subprocess.run(["no_such_program_gilpy"]), lambda: subprocess.run(["/etc/passwd"]),
            lambda: subprocess.run(["/bin/echo"], cwd="no_such_dir"),
            lambda: subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE),
            lambda: subprocess.run(["cat"], capture_output=True, stdout=subprocess.PIPE),
            lambda: subprocess.run([1]), lambda: subprocess.check_output(["/bin/echo"], stdout=subprocess.PIPE),
            lambda: subprocess.run("echo", stdout=subprocess.STDOUT)):
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(subprocess.CalledProcessError, subprocess.SubprocessError),
      issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError), issubclass(subprocess.SubprocessError, Exception))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL, sorted(subprocess.__all__))
