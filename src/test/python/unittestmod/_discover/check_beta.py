import unittest


class Beta(unittest.TestCase):
    def test_beta(self):
        pass
