# TestLoader (names, modules, classes, prefixes, patterns), TestSuite, FunctionTestCase,
# TestCase identity and descriptions, TestResult bookkeeping.
import sys
import unittest


class One(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        """First line of doc.

        more"""

    def testZ(self):
        pass

    def check_me(self):
        pass

    test_not_callable = 5


class Two(One):
    def test_c(self):
        pass


class NoTests(unittest.TestCase):
    def runTest(self):
        pass


def suite_factory():
    return unittest.TestSuite([One('test_a')])


def case_factory():
    return One('test_b')


def not_a_test():
    return 42


loader = unittest.TestLoader()
print(loader.getTestCaseNames(One), loader.getTestCaseNames(Two))
print(loader.loadTestsFromTestCase(One))
print(loader.loadTestsFromTestCase(NoTests))
loader.testMethodPrefix = 'check'
print(loader.getTestCaseNames(One))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(One))
loader.sortTestMethodsUsing = None
print(loader.getTestCaseNames(One))
loader = unittest.TestLoader()
loader.testNamePatterns = ['*test_a*', '*Z']
print(loader.getTestCaseNames(One))
loader = unittest.TestLoader()
mod = sys.modules[__name__]
s = loader.loadTestsFromModule(mod)
print(s.countTestCases(), s)
for name in ['One', 'One.test_a', 'Two.test_c', 'suite_factory', 'case_factory']:
    print(name, loader.loadTestsFromName(name, mod))
for name in ['not_a_test', 'One.test_not_callable']:
    try:
        loader.loadTestsFromName(name, mod)
    except TypeError as e:
        print('TypeError', e.args[0].split(' at ')[0])
print(loader.loadTestsFromNames(['One.test_b', 'Two'], mod))
bad = loader.loadTestsFromName('Missing', mod)
print(bad, loader.errors[0].splitlines()[0], loader.errors[0].splitlines()[-1])
bad = loader.loadTestsFromName('no_such_module_xyz')
print(bad, len(loader.errors), loader.errors[-1].splitlines()[0])
r = unittest.TestResult()
bad.run(r)
print(r, r.errors[0][0], r.errors[0][1].splitlines()[-1])
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print(e)
try:
    loader.loadTestsFromModule(mod, 1, 2)
except TypeError as e:
    print(e)
try:
    loader.loadTestsFromModule(mod, nope=1)
except TypeError as e:
    print(e)

t = One('test_a')
print(t, repr(t), t.id(), t.shortDescription(), One('test_b').shortDescription())
print(t == One('test_a'), t == One('test_b'), t == Two('test_a'), hash(t) == hash(One('test_a')))
print(t.countTestCases(), t.defaultTestResult())
try:
    One('nope')
except ValueError as e:
    print(e)
print(NoTests(), NoTests().id())

suite = unittest.TestSuite()
print(suite, suite.countTestCases())
suite.addTest(One('test_a'))
suite.addTests([One('test_b'), unittest.TestSuite([Two('test_c')])])
print(suite.countTestCases(), len(list(suite)), suite == unittest.TestSuite(list(suite)))
for bad in [5, One, unittest.TestSuite]:
    try:
        suite.addTest(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    suite.addTests('abc')
except TypeError as e:
    print('TypeError', e)
r = unittest.TestResult()
suite.run(r)
print(r, r.testsRun, r.wasSuccessful(), r.shouldStop, suite.countTestCases(), list(suite))


def func_test():
    """Function docstring."""
    assert 1 == 2, 'func failed'


def func_setup():
    print('func setUp')


ft = unittest.FunctionTestCase(func_test, setUp=func_setup, tearDown=lambda: print('func tearDown'))
print(ft, ft.id(), ft.shortDescription(), repr(ft).split(' at ')[0])
print(unittest.FunctionTestCase(func_test, description='described').shortDescription())
r = unittest.TestResult()
ft.run(r)
print(r, r.failures[0][1].splitlines()[-1])
r = t.run()
print(r)
r = unittest.TestResult()
r.stop()
print(r.shouldStop)
print(unittest.TestResult().wasSuccessful())
r = unittest.TestResult()
r.addUnexpectedSuccess(t)
print(r.wasSuccessful())
r = unittest.TestResult()
r.failfast = True
r.addUnexpectedSuccess(t)
print(r.shouldStop)
print(unittest.TestCase.maxDiff, unittest.TestCase.longMessage, unittest.TestCase.failureException)
print(sorted(n for n in unittest.__all__ if n != 'IsolatedAsyncioTestCase'))
print(unittest.SkipTest('x'), issubclass(unittest.SkipTest, Exception))
