# Class and module fixtures, cleanups, enterContext, failing fixtures and their reports.
import io
import os
import sys
import time
import unittest

time.perf_counter = lambda: 0.0
log = []


def setUpModule():
    log.append('setUpModule')
    unittest.addModuleCleanup(log.append, 'module cleanup')


def tearDownModule():
    log.append('tearDownModule')


class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log.append('enter ' + self.name)
        return self.name.upper()

    def __exit__(self, *exc):
        log.append('exit %s %r' % (self.name, exc))
        return False


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')
        cls.addClassCleanup(log.append, 'class cleanup')
        log.append('class ctx ' + cls.enterClassContext(Ctx('class')))

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        log.append('setUp ' + self._testMethodName)
        self.addCleanup(log.append, 'cleanup 1 ' + self._testMethodName)
        self.addCleanup(lambda: log.append('cleanup 2'))
        log.append('ctx ' + self.enterContext(Ctx('test')))

    def tearDown(self):
        log.append('tearDown ' + self._testMethodName)

    def test_a(self):
        log.append('test_a')

    def test_b(self):
        log.append('test_b')
        self.fail('b fails')

    def test_c_cleanup_error(self):
        def bad():
            raise OSError('cleanup failed')
        self.addCleanup(bad)


class BadSetUp(unittest.TestCase):
    def setUp(self):
        raise RuntimeError('setUp broke')

    def tearDown(self):
        log.append('never torn down')

    def test_x(self):
        log.append('never runs')


class BadTearDown(unittest.TestCase):
    def tearDown(self):
        self.assertEqual('torn', 'down')

    def test_y(self):
        log.append('test_y')


class BadSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, 'cleanup after failed setUpClass')
        raise ValueError('setUpClass broke')

    def test_never(self):
        log.append('never')


class SkipInSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest('no resources')

    def test_never(self):
        pass


class BadTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError('tearDownClass broke')

    def test_z(self):
        pass


for verbosity in (1, 2):
    log.clear()
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    print(suite.countTestCases())
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    print(stream.getvalue().replace(os.getcwd() + os.sep, ''))
    print('\n'.join(log))
    print(result.errors[0][0], [str(t) for t, _ in result.errors])
    print(suite.countTestCases(), list(suite)[:2])

t = Fixtures('test_a')
log.clear()
t.debug()
print(log)
log.clear()
t = Fixtures('test_b')
try:
    t.debug()
except AssertionError as e:
    print('debug raised', e)
print(log)
print(t.doCleanups(), log[-2:])
try:
    unittest.case._enter_context(5, None)
except TypeError as e:
    print(e)
print(unittest.doModuleCleanups())
unittest.addModuleCleanup(print, 'cleanup', 'args', sep='-')
unittest.addModuleCleanup(lambda: 1 / 0)
try:
    unittest.doModuleCleanups()
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
