# -h prints the help of unittest.main() and exits with status 0.
import unittest


class T(unittest.TestCase):
    def test_x(self):
        pass


unittest.main(argv=['main_help.py', '-h'])
