"""A fast part of CPython's own test suite, run under Ophis (issue 5).

Each module listed in expected.json runs under Ophis in its own process;
the job fails when a test recorded there as passing does not pass now,
naming the test and showing its failure.  A test that passes now and is not
recorded does not fail the job: `python3 tests/conformance/regen.py` reports
it and records it (see docs/conformance.md).
"""

import pytest

from tests.conformance import suite

EXPECTED = suite.load_expected()


def _describe(run, test_id):
    outcome = run.outcomes.get(test_id)
    if outcome is None:
        return '%s: never reported (not run, or the process died first)' % (
            test_id)
    return '%s: %s\n%s' % (test_id, outcome, run.details.get(test_id, ''))


@pytest.mark.parametrize('module', sorted(EXPECTED))
def test_module(module):
    run = suite.run_module(module)
    lost = [t for t in EXPECTED[module] if run.outcomes.get(t) != 'pass']
    if not lost:
        return
    report = ['%d of the %d tests of %s that passed before do not pass now:'
              % (len(lost), len(EXPECTED[module]), module)]
    report += [_describe(run, t) for t in lost]
    if any(t not in run.outcomes for t in lost):
        # Tests that never ran: say why (import error, fixture, crash).
        for fixture, detail in run.module_errors:
            report.append('%s failed:\n%s' % (fixture, detail))
        report.append('exit status %s; stderr (last 3000 characters):\n%s'
                      % (run.returncode, run.stderr[-3000:]))
    pytest.fail('\n\n'.join(report), pytrace=False)


def test_expected_lists_are_not_empty():
    # An empty list would make its module's job pass whatever happens.
    assert EXPECTED
    for module, passing in EXPECTED.items():
        assert passing, module
