import unittest


class Gamma(unittest.TestCase):
    def test_gamma(self):
        self.assertTrue(__name__.startswith('pkg.'))
