# Every assert method's failure message, as CPython words it (type-specific diffs too).
import unittest

tc = unittest.TestCase()


def check(name, *args, **kwargs):
    try:
        getattr(tc, name)(*args, **kwargs)
    except AssertionError as e:
        print('%s: FAIL\n%s' % (name, e))
    except Exception as e:
        print('%s: %s: %s' % (name, type(e).__name__, e))
    else:
        print('%s: ok' % name)
    print('-' * 20)


check('assertEqual', 1, 1)
check('assertEqual', 1, 2)
check('assertEqual', 1, 2, 'custom')
check('assertEqual', 'a' * 100, 'a' * 99 + 'b')
check('assertEqual', 'x' * 50 + 'a' * 100 + 'y' * 50, 'x' * 50 + 'b' * 100 + 'y' * 50)
check('assertEqual', 'abc', 'abd')
check('assertEqual', 'one\ntwo\nthree\n', 'one\ntoo\nthree\n')
check('assertEqual', 'one\ntwo', 'one\ntwo\n')
check('assertEqual', [1, 2, 3], [1, 2, 3, 4])
check('assertEqual', [1, 2, 3, 4, 5], [1, 2])
check('assertEqual', (1, 'a'), (1, 'b'))
check('assertEqual', list(range(100)), list(range(99)) + [1000])
check('assertEqual', {'a': 1, 'b': 2}, {'a': 1, 'b': 3})
check('assertEqual', {'k%d' % i: i for i in range(30)}, {'k%d' % i: i + (i == 7) for i in range(30)})
check('assertEqual', {1, 2, 3}, {2, 3, 4})
check('assertEqual', frozenset({1}), frozenset())
check('assertEqual', [1, 2], (1, 2))
check('assertEqual', 1.0, 1)
check('assertNotEqual', 1, 1)
check('assertNotEqual', 1, 2)
check('assertTrue', 0)
check('assertTrue', [], 'why')
check('assertFalse', 'x')
check('assertIs', None, False)
check('assertIsNot', None, None)
check('assertIsNone', 5)
check('assertIsNotNone', None)
check('assertIn', 4, [1, 2, 3])
check('assertIn', 'x', 'abc')
check('assertNotIn', 2, [1, 2, 3])
check('assertIsInstance', 1, str)
check('assertIsInstance', 1, (str, bytes))
check('assertNotIsInstance', 1, int)
check('assertLess', 2, 1)
check('assertLessEqual', 2, 1)
check('assertGreater', 1, 2)
check('assertGreaterEqual', 1, 2)
check('assertAlmostEqual', 1.0, 1.00000001)
check('assertAlmostEqual', 1.0, 1.1)
check('assertAlmostEqual', 1.0, 1.1, places=1)
check('assertAlmostEqual', 1.0, 1.1, places=3)
check('assertAlmostEqual', 1.0, 1.5, delta=0.1)
check('assertAlmostEqual', 1.0, 1.05, delta=0.1)
check('assertAlmostEqual', 1.0, 1.5, delta=0.1, places=2)
check('assertNotAlmostEqual', 1.0, 1.00000001)
check('assertNotAlmostEqual', 1.0, 1.05, delta=0.1)
check('assertNotAlmostEqual', 1.0, 1.5, delta=0.1)
check('assertNotAlmostEqual', 1, 1, places=2)
check('assertCountEqual', [1, 2, 2, 3], [3, 2, 1, 2])
check('assertCountEqual', [1, 2, 2, 3], [3, 1, 1, 4])
check('assertCountEqual', [[1], [2], [2]], [[2], [1], [3]])
check('assertCountEqual', 'abc', 'abd')
check('assertMultiLineEqual', 'a\nb\nc\n', 'a\nB\nc\n')
check('assertMultiLineEqual', 'a', 1)
check('assertMultiLineEqual', 'hello world', 'hello wurld')
check('assertSequenceEqual', [1, 2], (1, 2))
check('assertSequenceEqual', [1, 2], (1, 3))
check('assertSequenceEqual', 'ab', 'ac')
check('assertSequenceEqual', [1], 5)
check('assertSequenceEqual', 5, [1])
check('assertListEqual', [1], (1,))
check('assertListEqual', (1,), [1])
check('assertTupleEqual', (1, 2), (1, 2, 3))
check('assertSetEqual', {1}, {1})
check('assertSetEqual', {1, 2}, set())
check('assertSetEqual', set(), {'a'})
check('assertSetEqual', 1, {1})
check('assertSetEqual', {1}, 1)
check('assertSetEqual', {1}, [1])
check('assertDictEqual', {'a': 1}, {'a': 2})
check('assertDictEqual', {'a': 1}, [('a', 1)])
check('fail')
check('fail', 'because')
check('assertRaises', ValueError, int, '1')
check('assertRaises', ValueError, int, 'x')
check('assertRaises', (TypeError, KeyError), {}.__getitem__, 'k')
check('assertRaises', ValueError, lambda: None)
check('assertRaises', 'notatype', int)
check('assertRaises', ValueError, int, '1', foo=2)
check('assertDictContainsSubset', {'a': 1, 'b': 2, 'c': 3}, {'a': 1, 'b': 3})

with tc.assertRaises(KeyError) as cm:
    {}['missing']
print(type(cm.exception).__name__, cm.exception, cm.exception.__traceback__)
try:
    with tc.assertRaises(KeyError, msg='with msg'):
        pass
except AssertionError as e:
    print(e)
try:
    with tc.assertRaises(KeyError):
        raise ValueError('passes through')
except ValueError as e:
    print('ValueError', e)
try:
    with tc.assertRaises(KeyError, bogus=1):
        pass
except TypeError as e:
    print('TypeError', e)
try:
    with tc.assertRaises((KeyError, IndexError)):
        pass
except AssertionError as e:
    print(e)


class Quiet(unittest.TestCase):
    longMessage = False

    def runTest(self):
        pass


q = Quiet()
for args in [(1, 2), (1, 2, 'only mine'), ([1], [2], 'mine')]:
    try:
        q.assertEqual(*args)
    except AssertionError as e:
        print('short:', e)


class Limited(unittest.TestCase):
    maxDiff = 30

    def runTest(self):
        pass


lim = Limited()
for a, b in [([1, 2, 3], [1, 2, 4]), ('a\nb\nc\n' * 5, 'a\nb\nd\n' * 5), ({'x': 1}, {'x': 2})]:
    try:
        lim.assertEqual(a, b)
    except AssertionError as e:
        print(e)
lim.maxDiff = None
try:
    lim.assertEqual('a\nb\nc\n' * 30, 'a\nb\nd\n' * 30)
except AssertionError as e:
    print(len(str(e)), str(e)[:200])
try:
    lim.assertEqual(list(range(200)), list(range(1, 201)))
except AssertionError as e:
    print(len(str(e)), str(e)[-300:])

class Custom(unittest.TestCase):
    failureException = RuntimeError

    def runTest(self):
        pass

try:
    Custom().assertTrue(False)
except RuntimeError as e:
    print('RuntimeError', e)


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x

    def __repr__(self):
        return 'Point(%r)' % self.x


def point_eq(a, b, msg=None):
    if a.x != b.x:
        raise tc.failureException('points differ: %r vs %r' % (a, b))


tc.addTypeEqualityFunc(Point, point_eq)
check('assertEqual', Point(1), Point(2))
check('assertEqual', Point(1), Point(1))
