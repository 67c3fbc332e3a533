# unittest.main() -v with subtests, an unexpected success and a failing helper: exit 1.
import time
import unittest

time.perf_counter = lambda: 0.0


def helper(tc, value):
    tc.assertGreater(value, 10, 'value too small')


class Sub(unittest.TestCase):
    def test_params(self):
        """Subtests with parameters."""
        for n in (5, 20, 7):
            with self.subTest(n=n):
                helper(self, n)

    def test_nested(self):
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                with self.subTest(a=3):
                    self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_xfail_subtest(self):
        with self.subTest(k=1):
            self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_all_pass(self):
        for i in range(3):
            with self.subTest(i=i):
                pass


unittest.main(verbosity=2)
