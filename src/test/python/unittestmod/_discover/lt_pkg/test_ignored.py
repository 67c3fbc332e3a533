import unittest


class Ignored(unittest.TestCase):
    def test_ignored(self):
        pass
