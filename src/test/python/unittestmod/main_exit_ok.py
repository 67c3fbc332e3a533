# unittest.main() whose tests all pass (one skipped): "OK (skipped=1)" and exit status 0.
import time
import unittest

time.perf_counter = lambda: 0.0


class Good(unittest.TestCase):
    def test_one(self):
        self.assertIn('a', 'abc')

    def test_two(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)

    @unittest.skip('later')
    def test_three(self):
        pass


unittest.main()
