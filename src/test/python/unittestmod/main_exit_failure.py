# An uncaught unittest.main(): report on stderr, exit status 1. The time is pinned.
import time
import unittest

time.perf_counter = lambda: 0.0


class Arith(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_sub(self):
        self.assertEqual(3 - 1, 1, 'subtraction is broken')

    def test_list(self):
        self.assertListEqual([1, 2, 3], [1, 2])

    def test_error(self):
        int('not a number')


if __name__ == '__main__':
    unittest.main()
    print('not reached')
