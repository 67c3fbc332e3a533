# TextTestRunner's report at verbosity 0, 1 and 2: dots and letters, status lines,
# failure blocks, the summary. The run's time is pinned by replacing time.perf_counter.
import io
import os
import time
import unittest

time.perf_counter = lambda: 0.0


class Mixed(unittest.TestCase):
    def test_a_pass(self):
        """Passes, with a docstring.

        More docstring lines."""
        self.assertTrue(True)

    def test_b_fail(self):
        self.assertEqual('spam', 'eggs')

    def test_c_error(self):
        int('key')

    @unittest.skip('not today')
    def test_d_skip(self):
        pass

    def test_e_skiptest(self):
        self.skipTest('runtime skip')

    @unittest.expectedFailure
    def test_f_xfail(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_g_xpass(self):
        pass

    def test_h_subtests(self):
        for i in range(4):
            with self.subTest(i=i, label='n%d' % i):
                if i == 1:
                    self.fail('odd one')
                if i == 3:
                    raise KeyError(i)

    def test_i_subtest_msg(self):
        with self.subTest('message only'):
            self.assertIn(5, [1, 2])
        with self.subTest():
            self.assertEqual(1, 2)
        with self.subTest('outer', a=1):
            with self.subTest(b=2):
                self.assertTrue(None)

    @unittest.skipIf(True, 'condition true')
    def test_j_skipif(self):
        pass

    @unittest.skipUnless(False, 'condition false')
    def test_k_skipunless(self):
        pass

    @unittest.skipIf(False, 'never')
    def test_l_runs(self):
        pass

    def test_m_chained(self):
        try:
            raise KeyError('x')
        except KeyError as e:
            raise ValueError('during handling') from e


@unittest.skip('whole class')
class Skipped(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


def run(verbosity, descriptions=True, failfast=False):
    stream = io.StringIO()
    loader = unittest.TestLoader()
    suite = unittest.TestSuite([loader.loadTestsFromTestCase(Mixed),
                                loader.loadTestsFromTestCase(Skipped)])
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity,
                                     descriptions=descriptions, failfast=failfast)
    result = runner.run(suite)
    print(stream.getvalue().replace(os.getcwd() + os.sep, ''))
    print(result, result.wasSuccessful(), result.testsRun)
    print([str(t) for t, _ in result.skipped], [r for _, r in result.skipped])
    print([str(t) for t, _ in result.expectedFailures], [str(t) for t in result.unexpectedSuccesses])
    print('=' * 40)


run(0)
run(1)
run(2)
run(2, descriptions=False)
run(1, failfast=True)
run(2, failfast=True)
