import unittest


class NotFound(unittest.TestCase):
    def test_never(self):
        pass
