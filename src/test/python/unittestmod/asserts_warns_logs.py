# assertWarns (callable and context manager forms) and assertLogs/assertNoLogs.
import logging
import unittest
import warnings

tc = unittest.TestCase()


def warn_user(msg='careful'):
    warnings.warn(msg, UserWarning)


def check(name, *args, **kwargs):
    try:
        r = getattr(tc, name)(*args, **kwargs)
    except AssertionError as e:
        print('%s: FAIL\n%s' % (name, e))
    except Exception as e:
        print('%s: %s: %s' % (name, type(e).__name__, e))
    else:
        print('%s: ok %r' % (name, r))


check('assertWarns', UserWarning, warn_user)
check('assertWarns', DeprecationWarning, warn_user)
check('assertWarns', (DeprecationWarning, UserWarning), warn_user, 'tuple')
check('assertWarns', UserWarning, lambda: None)
check('assertWarns', ValueError, warn_user)
with tc.assertWarns(UserWarning) as cm:
    warn_user('in a with block')
print(type(cm.warning).__name__, cm.warning, cm.filename.endswith('asserts_warns_logs.py'), cm.lineno)
try:
    with tc.assertWarns(RuntimeWarning, msg='nothing warned'):
        pass
except AssertionError as e:
    print(e)

log = logging.getLogger('app')
with tc.assertLogs('app', level='INFO') as cm:
    log.info('first %s', 'message')
    logging.getLogger('app.sub').error('from a child')
    log.debug('too low')
print(cm.output)
print([r.getMessage() for r in cm.records])
with tc.assertLogs() as cm:
    logging.warning('root warning')
print(cm.output)
with tc.assertLogs(log, logging.DEBUG) as cm:
    log.debug('debug now')
print(cm.output)
try:
    with tc.assertLogs('app', 'ERROR'):
        log.warning('only a warning')
except AssertionError as e:
    print(e)
try:
    with tc.assertLogs():
        pass
except AssertionError as e:
    print(e)
with tc.assertNoLogs('app', 'ERROR'):
    log.warning('fine')
try:
    with tc.assertNoLogs('app'):
        log.info('unexpected')
except AssertionError as e:
    print(e)
print(log.handlers, log.propagate, log.level)


class Deprecated(unittest.TestCase):
    def runTest(self):
        pass


d = Deprecated()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    d.assertEquals(1, 1)
    d.failUnless(True)
    d.assertNotEquals(1, 2)
print([str(x.message) for x in w], [x.category.__name__ for x in w])
