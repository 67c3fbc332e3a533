# python -m unittest in a child process: discovery by default, module names, file paths,
# "discover" with options, and the exit status. The "Ran ... in" time is masked.
import subprocess
import sys


def run(*args):
    p = subprocess.run([sys.executable, '-m', 'unittest'] + list(args), cwd='_discover',
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    print('#', ' '.join(args), '->', p.returncode)
    in_frame = False
    for line in p.stderr.splitlines():
        if line.startswith('Ran ') and ' in ' in line:
            line = line[:line.index(' in ')] + ' in TIME'
        if line.startswith('  File "'):
            # a frame of unittest's own code: where it is differs
            in_frame = True
            print('  File ...')
            continue
        if in_frame and line.startswith('    '):
            continue
        in_frame = False
        print(line)
    print(p.stdout, end='')


run('-v')
run('test_alpha.Alpha.test_pass', 'check_beta')
run('pkg/test_gamma.py', '-v')
run('discover', '-s', 'pkg', '-t', '.', '-q')
run('-k', 'gamma')
run('no_such_test_module')
run('discover', '-p', 'nothing*.py')
