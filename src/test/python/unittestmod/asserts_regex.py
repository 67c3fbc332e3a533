# The assert methods that use re: assertRaisesRegex, assertRegex, assertNotRegex.
import re
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


check('assertRaisesRegex', ValueError, 'invalid literal', int, 'x')
check('assertRaisesRegex', ValueError, r'^base \d+', int, 'x')
check('assertRaisesRegex', ValueError, re.compile('LITERAL', re.I), int, 'x')
check('assertRaisesRegex', ValueError, 'x', int, '1')
check('assertRaisesRegex', KeyError, 'x', int, 'x')
check('assertRegex', 'hello world', r'wor')
check('assertRegex', 'hello world', r'^wor')
check('assertRegex', 'hello world', re.compile(r'W', re.I))
check('assertRegex', 'hello', '')
check('assertNotRegex', 'hello world', r'xyz')
check('assertNotRegex', 'hello world', r'o\s+w')
check('assertNotRegex', 'hello world', r'o w', 'with msg')
with tc.assertRaisesRegex(ZeroDivisionError, 'division') as cm:
    1 / 0
print(type(cm.exception).__name__, cm.expected_regex)
try:
    with tc.assertRaisesRegex(KeyError, 'k+'):
        raise KeyError('abc')
except AssertionError as e:
    print(e)
try:
    with tc.assertRaisesRegex(KeyError, 'k+', msg='mine'):
        pass
except AssertionError as e:
    print(e)
