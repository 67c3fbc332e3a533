import unittest


class NotCollected(unittest.TestCase):
    def test_helper(self):
        pass
