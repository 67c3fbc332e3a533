import unittest


class FromLoadTests(unittest.TestCase):
    def test_from_load_tests(self):
        pass


def load_tests(loader, tests, pattern):
    suite = unittest.TestSuite()
    suite.addTest(FromLoadTests('test_from_load_tests'))
    return suite
