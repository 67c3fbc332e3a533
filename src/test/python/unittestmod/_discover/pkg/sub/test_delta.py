import unittest


class Delta(unittest.TestCase):
    @unittest.skip('delta skipped')
    def test_delta(self):
        pass
