import io
import unittest

class Arithmetic(unittest.TestCase):
    def setUp(self):
        self.values = [1, 2, 3]

    def test_sum(self):
        self.assertEqual(sum(self.values), 6)

    def test_wrong(self):
        self.assertEqual(sum(self.values), 7, 'sum is off')

    def test_error(self):
        return self.values[10]

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
        with self.assertRaisesRegex(ValueError, 'invalid literal'):
            int('x')

suite = unittest.defaultTestLoader.loadTestsFromTestCase(Arithmetic)
result = unittest.TestResult()
suite.run(result)
print('run', result.testsRun, 'ok', result.wasSuccessful())
for test, text in result.failures + result.errors:
    print('---', test.id())
    print(text)
print('skipped', [(t.id(), r) for t, r in result.skipped])
print('expected failures', len(result.expectedFailures))

stream = io.StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
outcome = runner.run(unittest.defaultTestLoader.loadTestsFromName(
    'Arithmetic.test_sum', __import__('__main__')))
print(stream.getvalue().splitlines()[0], outcome.wasSuccessful())
