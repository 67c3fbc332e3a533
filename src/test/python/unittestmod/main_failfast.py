# unittest.main(failfast=True) stops at the first failing subtest; module fixtures fail.
import time
import unittest

time.perf_counter = lambda: 0.0


def setUpModule():
    print('setUpModule')


def tearDownModule():
    raise RuntimeError('tearDownModule broke')


class F(unittest.TestCase):
    def test_1(self):
        for i in range(5):
            with self.subTest(i=i):
                self.assertNotEqual(i, 2)
                print('ran', i)

    def test_2(self):
        print('test_2 not reached')


unittest.main(failfast=True)
