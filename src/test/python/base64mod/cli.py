# base64.main: the command line (encode, decode, -t, -h, bad option).
import subprocess
import sys
import os

with open('cli_input.tmp', 'wb') as f:
    f.write(b'hello base64 world\n' * 5)


def run(*args, data=b''):
    p = subprocess.run([sys.executable, '-m', 'base64', *args], input=data,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    lines = p.stderr.decode().splitlines()
    print(p.returncode, p.stdout, lines[:1], [l.split(' ')[0] for l in lines[1:]])


run(data=b'hi\n')
run('-e', '-', data=b'hi\n')
run('-d', data=b'aGkK\n')
run('-u', data=b'aGkK\n')
run('-de', data=b'hi\n')
run('-t')
run('cli_input.tmp')
run('-x')
os.remove('cli_input.tmp')
