# Test discovery: unittest.main(module=None) as python -m unittest runs it, with
# "discover", -s/-p/-t and positional start/pattern; packages, load_tests, module skips.
import io
import os
import sys
import time
import unittest

time.perf_counter = lambda: 0.0
here = os.getcwd()


def run(argv):
    print('#', argv[1:])
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        prog = unittest.main(module=None, argv=argv, exit=False)
    finally:
        out = sys.stderr.getvalue()
        sys.stderr = saved
    print(out.replace(here, 'HERE'))
    print(prog.result, prog.start, prog.pattern, prog.top)


run(['python -m unittest', 'discover', '-s', '_discover', '-v'])
run(['python -m unittest', 'discover', '_discover', 'check*.py'])
run(['python -m unittest', 'discover', '-p', '*.py', '-s', '_discover/pkg', '-t', '_discover', '-v'])
run(['python -m unittest', 'discover', '--start-directory=_discover', '--pattern', 'test_a*', '-k', 'pass', '-v'])

loader = unittest.TestLoader()
suite = loader.discover('_discover_broken')
print(suite.countTestCases(), len(loader.errors))
print(loader.errors[0].splitlines()[0], '|', loader.errors[0].splitlines()[-1])
result = unittest.TestResult()
suite.run(result)
print(result, [str(t) for t, _ in result.errors], result.errors[0][1].splitlines()[-1])
try:
    unittest.TestLoader().discover('_discover/plain', top_level_dir='_discover')
except ImportError as e:
    print('ImportError', str(e).replace(here, 'HERE'))
