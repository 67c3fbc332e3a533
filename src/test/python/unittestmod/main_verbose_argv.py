# unittest.main(argv=...) with -v, -k, test names, -q, -f, --failfast and exit=False.
import time
import unittest
import os
import sys

time.perf_counter = lambda: 0.0


class PathlessStdout:
    # tracebacks name the script by its absolute path: print it relative
    def write(self, s):
        return sys.stdout.write(s.replace(os.getcwd() + os.sep, ''))

    def flush(self):
        sys.stdout.flush()


sys.stderr = PathlessStdout()


class Alpha(unittest.TestCase):
    def test_apple(self):
        pass

    def test_banana(self):
        self.assertEqual(1, 2)

    def test_cherry(self):
        pass


class Beta(unittest.TestCase):
    def test_apple(self):
        pass

    def test_date(self):
        raise RuntimeError('date')


for argv in (['prog', '-v'], ['prog', '-k', 'apple', '-v'], ['prog', '-kapp', '-k', 'date'],
             ['prog', 'Alpha'], ['prog', 'Alpha.test_cherry', 'Beta.test_apple', '-v'],
             ['prog', '-q'], ['prog', '-f'], ['prog', '--failfast', '-v'], ['prog', '-vf'],
             ['prog', '-k', '*_a*', '--verbose'], ['prog', '--quiet', 'Beta'],
             ['prog', '-b', 'Alpha.test_apple']):
    print('#', argv[1:])
    prog = unittest.main(argv=argv, exit=False)
    print(prog.result, prog.verbosity, prog.failfast, prog.testNamePatterns, prog.testNames)
prog = unittest.main(argv=['prog', 'Nothing'], exit=False)
print(prog.result)
prog = unittest.main(argv=['prog', 'Alpha.test_nothing'], exit=False)
print(prog.result)
prog = unittest.main(argv=['prog'], exit=False, defaultTest='Beta', verbosity=2)
print(prog.result)
prog = unittest.main(argv=['prog'], exit=False, defaultTest=['Beta.test_apple', 'Alpha.test_apple'], verbosity=0)
print(prog.result)
