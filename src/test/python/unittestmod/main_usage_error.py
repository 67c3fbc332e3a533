# An unknown option: argparse's usage message on stderr and exit status 2.
import unittest


class T(unittest.TestCase):
    def test_x(self):
        pass


unittest.main(argv=['main_usage_error.py', '-v', '--bogus', 'x'])
