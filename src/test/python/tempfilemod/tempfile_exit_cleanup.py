# Temporary files and directories left open are removed when the interpreter exits
# (a child process creates them and exits; the parent looks at what is left).
import os
import shutil
import subprocess
import sys

base = os.path.abspath("tmp_tempfile_exit_%d" % os.getpid())
os.mkdir(base)
child = r'''
import os, sys, tempfile
d = sys.argv[1]
n = tempfile.NamedTemporaryFile(dir=d, prefix="named")
n.write(b"x")
k = tempfile.NamedTemporaryFile(dir=d, prefix="kept", delete=False)
t = tempfile.TemporaryDirectory(dir=d, prefix="dir")
open(os.path.join(t.name, "inner"), "w").close()
s = tempfile.SpooledTemporaryFile(max_size=1, dir=d)
s.write(b"rolled over")
print(sorted(x[:3] for x in os.listdir(d)))
'''
try:
    out = subprocess.run([sys.executable, "-c", child, base], capture_output=True, text=True)
    print(out.returncode, out.stdout.strip(), repr(out.stderr))
    print(sorted(x[:3] for x in os.listdir(base)))
finally:
    shutil.rmtree(base)
