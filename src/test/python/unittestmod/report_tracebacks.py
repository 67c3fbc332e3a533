# Failure reports with traceback module details: caret lines, chained exceptions, user
# helper frames kept and unittest's own frames dropped, and tb_locals (--locals).
import io
import os
import time
import unittest

time.perf_counter = lambda: 0.0


def compute(d):
    return d['missing'] + 1


class Report(unittest.TestCase):
    def test_carets(self):
        values = {'a': 1}
        total = values['a'] + compute(values)

    def test_division(self):
        ratio = 10 / (len('') * 2)

    def test_context(self):
        try:
            [][3]
        except IndexError:
            raise RuntimeError('while handling')

    def test_assert_in_helper(self):
        self.check_positive(-5)

    def check_positive(self, n):
        self.assertGreater(n, 0)

    def test_raises_wrong(self):
        with self.assertRaises(KeyError):
            int('nope') + 1


def run(**kwargs):
    stream = io.StringIO()
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(Report)
    unittest.TextTestRunner(stream=stream, **kwargs).run(suite)
    print(stream.getvalue().replace(os.getcwd() + os.sep, ''))


run()
run(tb_locals=True, verbosity=0)
