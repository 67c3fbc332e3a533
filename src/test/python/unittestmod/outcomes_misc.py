# SystemExit in a test is an error; a returned value passes; skipTest in setUp; an
# expected failure that raises another exception type.
import io, os, sys, time, unittest
time.perf_counter = lambda: 0.0
class T(unittest.TestCase):
    def test_exit(self):
        sys.exit(3)
    def test_returns(self):
        return 5
    def test_skip_in_setup(self):
        pass
    def setUp(self):
        if self._testMethodName == 'test_skip_in_setup':
            self.skipTest('from setUp')
    @unittest.expectedFailure
    def test_xf_error(self):
        raise TypeError('expected')
s = io.StringIO()
r = unittest.TextTestRunner(stream=s, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(s.getvalue().replace(os.getcwd() + os.sep, ''))
print(r.expectedFailures[0][1].splitlines()[-1])
