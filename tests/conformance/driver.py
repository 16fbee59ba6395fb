"""Runs one CPython test module inside the interpreter that runs this file.

    ophis tests/conformance/driver.py test_grammar EVENTS

Each test's outcome goes to EVENTS as one line, the repr of a tuple
(kind, test id, outcome, detail), written with os.write as soon as the test
ends: when the interpreter crashes or is killed, the tests that finished are
still counted.  kind is 'test' or 'module' (the module could not be imported,
or a class or module fixture failed); outcome is 'pass', 'skip' or 'fail';
detail is the failure's traceback or the skip's reason.

Only what the tests need anyway is imported (unittest, test.support), so
that a young interpreter can run it.
"""

import os
import sys


class _Events:
    def __init__(self, path):
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def write(self, kind, test_id, outcome, detail=''):
        line = repr((kind, test_id, outcome, detail)) + '\n'
        os.write(self._fd, line.encode('utf-8', 'backslashreplace'))


def _prepare_like_regrtest(support):
    # What regrtest does before a module runs, without its command line: no
    # optional resources (network, cpu, ...), quiet tests, the real stdout
    # kept for the tests that print around a captured one.  SIGINT gets the
    # handler of an interpreter started in the foreground: started from a
    # background job it is ignored, and test_break's tests would skip.
    import signal
    signal.signal(signal.SIGINT, signal.default_int_handler)
    support.verbose = 0
    support.use_resources = []
    support.record_original_stdout(sys.stdout)


def main(argv):
    module_name, events_path = argv
    events = _Events(events_path)
    import unittest
    from test import support
    _prepare_like_regrtest(support)
    try:
        module = __import__('test.' + module_name, fromlist=['*'])
    except unittest.SkipTest as exc:
        events.write('module', module_name, 'skip', str(exc))
        return 0
    except BaseException:
        import traceback
        events.write('module', module_name, 'fail', traceback.format_exc())
        return 1
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromModule(module)
    for error in loader.errors:
        events.write('module', module_name, 'fail', error)

    class Result(unittest.TestResult):
        # A test with a failing subtest gets no addSuccess: it is reported
        # once, when it stops.
        def startTest(self, test):
            super().startTest(test)
            self._subtest_failure = None
            self._reported = False

        def stopTest(self, test):
            if not self._reported and self._subtest_failure is not None:
                self._report(test, 'fail', self._subtest_failure)
            super().stopTest(test)

        def _report(self, test, outcome, detail=''):
            test_id = test.id()
            # Failures of setUpClass and friends come with a placeholder
            # test whose id names the fixture, not a test.
            kind = 'test' if isinstance(test, unittest.TestCase) else 'module'
            if kind == 'test':
                self._reported = True
            events.write(kind, test_id, outcome, detail)

        def addSuccess(self, test):
            super().addSuccess(test)
            self._report(test, 'pass' if self._subtest_failure is None
                         else 'fail', self._subtest_failure or '')

        def addExpectedFailure(self, test, err):
            super().addExpectedFailure(test, err)
            self._report(test, 'pass')

        def addSkip(self, test, reason):
            super().addSkip(test, reason)
            self._report(test, 'skip', reason)

        def addFailure(self, test, err):
            super().addFailure(test, err)
            self._report(test, 'fail', self.failures[-1][1])

        def addError(self, test, err):
            super().addError(test, err)
            self._report(test, 'fail', self.errors[-1][1])

        def addUnexpectedSuccess(self, test):
            super().addUnexpectedSuccess(test)
            self._report(test, 'fail', 'unexpected success')

        def addSubTest(self, test, subtest, err):
            super().addSubTest(test, subtest, err)
            if err is not None and self._subtest_failure is None:
                self._subtest_failure = '%s\n%s' % (
                    subtest, self._exc_info_to_string(err, test))

    suite.run(Result())
    try:
        support.reap_children()
    except Exception:
        pass
    return 0


if __name__ == '__main__':
    status = main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    # A test may leave a non-daemon thread behind: do not wait for it.
    os._exit(status)
