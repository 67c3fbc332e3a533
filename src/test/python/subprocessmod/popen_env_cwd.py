# A child's environment (os.environ changes, env=) and directory (cwd=, os.chdir).
import os
import subprocess
import sys

os.environ["GILPY_CHILD_VAR"] = "from environ"
print(subprocess.run("echo $GILPY_CHILD_VAR", shell=True, capture_output=True, text=True).stdout.strip())
del os.environ["GILPY_CHILD_VAR"]
print(repr(subprocess.run("echo $GILPY_CHILD_VAR", shell=True, capture_output=True, text=True).stdout))
os.putenv("GILPY_PUT", "put")
print(subprocess.getoutput("echo $GILPY_PUT"), os.getenv("GILPY_PUT"))
env = {"ONLY": "this", "ALSO": "that"}
print(sorted(subprocess.run(["/usr/bin/env"], env=env, capture_output=True, text=True).stdout.split()))
print(subprocess.run(["sh", "-c", "echo $A$B"], env={"A": "1", "B": "2"}, capture_output=True).stdout)
print(subprocess.run([sys.executable, "-c", "import os; print(os.environ['X'])"],
                     env=dict(os.environ, X="passed"), capture_output=True, text=True).stdout)

base = "tmp_cwd_%d" % os.getpid()
os.mkdir(base)
try:
    here = os.getcwd()
    print(subprocess.run(["pwd"], cwd=base, capture_output=True, text=True).stdout.strip() ==
          os.path.join(here, base))
    with open(os.path.join(base, "script.sh"), "w") as f:
        f.write("#!/bin/sh\necho relative script\n")
    os.chmod(os.path.join(base, "script.sh"), 0o755)
    print(subprocess.run(["./script.sh"], cwd=base, capture_output=True).stdout)
    os.chdir(base)
    print(subprocess.run(["pwd"], capture_output=True, text=True).stdout.strip() == os.path.join(here, base))
    print(subprocess.run(["ls"], capture_output=True, text=True).stdout.split())
    print(subprocess.run(["./script.sh"], capture_output=True).stdout)
    print(subprocess.run(["cat", "script.sh"], capture_output=True).stdout)
    print(subprocess.run([sys.executable, "-c", "import os; print(os.listdir())"], capture_output=True,
                         text=True).stdout)
    os.chdir(here)
finally:
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
    os.remove(os.path.join(base, "script.sh"))
    os.rmdir(base)
print(os.path.exists(base))
