# Timeouts (wait, communicate, run) and signals (kill, terminate, send_signal): a child
# ended by signal N has returncode -N; nothing is left running.
import signal
import subprocess
import sys

p = subprocess.Popen(["sleep", "30"])
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e.cmd, e.timeout)
print(p.poll())
p.kill()
print(p.wait(), p.returncode, p.poll())
p.kill()  # after the end: nothing happens
p = subprocess.Popen(["sleep", "30"])
p.terminate()
print(p.wait())
p = subprocess.Popen(["sleep", "30"])
p.send_signal(signal.SIGINT)
print(p.wait())
try:
    subprocess.run(["sleep", "30"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.output)
try:
    subprocess.run(["sh", "-c", "echo early; exec sleep 30"], timeout=1.0, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.output, e.stderr)
p = subprocess.Popen(["sh", "-c", "echo before; exec sleep 30"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("communicate timed out")
p.kill()
print(p.communicate(), p.returncode)
try:
    subprocess.call(["sleep", "30"], timeout=0.2)
except subprocess.TimeoutExpired:
    print("call timed out")
try:
    subprocess.check_output(["sleep", "30"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("check_output timed out", e.output)
try:
    subprocess.run(["sh", "-c", "kill -TERM $$"], check=True) if False else None
    p = subprocess.Popen(["sleep", "30"])
    p.kill()
    p.wait()
    raise subprocess.CalledProcessError(p.returncode, p.args)
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.run([sys.executable, "-c", "import time; time.sleep(0.1); print('slept')"], capture_output=True,
                     timeout=60).stdout)
