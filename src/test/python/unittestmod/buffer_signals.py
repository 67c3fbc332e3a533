# -b buffers a test's output and shows it only for failures; -c (installHandler) makes ^C
# stop the run after the current test; removeHandler, registerResult, removeResult.
import os
import signal
import sys
import time
import unittest

time.perf_counter = lambda: 0.0


class PathlessStdout:
    # tracebacks name the script by its absolute path: print it relative
    def write(self, s):
        return sys.stdout.write(s.replace(os.getcwd() + os.sep, ''))

    def flush(self):
        sys.stdout.flush()


sys.stderr = PathlessStdout()


class Noisy(unittest.TestCase):
    def test_a_quiet_pass(self):
        print('printed by a passing test')

    def test_b_loud_fail(self):
        print('printed by a failing test')
        sys.stderr.write('stderr of a failing test')
        self.fail('loud')

    def test_c_error(self):
        print('no newline at the end', end='')
        raise ValueError('err')


prog = unittest.main(argv=['prog', '-b', '-v'], exit=False)
print(prog.buffer, prog.result.buffer)
print('--- without -b')
unittest.main(argv=['prog', 'Noisy.test_b_loud_fail'], exit=False)


class Interrupted(unittest.TestCase):
    def test_1(self):
        pass

    def test_2(self):
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.2)

    def test_3(self):
        print('not reached')


print('--- -c')
prog = unittest.main(argv=['prog', '-c', '-v', 'Interrupted'], exit=False)
print(prog.catchbreak, prog.result.shouldStop, prog.result.testsRun)
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
r = unittest.TestResult()
unittest.registerResult(r)
print(unittest.removeResult(r), unittest.removeResult(r))


@unittest.removeHandler
def decorated():
    return signal.getsignal(signal.SIGINT) is signal.default_int_handler


print(decorated(), decorated.__name__)
