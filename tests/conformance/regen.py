"""Records which tests of CPython's suite pass under Ophis (expected.json).

    python3 tests/conformance/regen.py                # every recorded module
    python3 tests/conformance/regen.py test_x test_y  # these (added if new)

Runs each module under Ophis (two at a time), prints the tests that pass
now and were not recorded (newly passing) and the recorded ones that do
not pass now (regressions, which the CI test would report), then writes
expected.json with the tests that pass now.  Run it after a fix, check the
list it prints, and commit expected.json with the fix.
"""

import concurrent.futures
import json
import pathlib
import sys
import time

if __package__ in (None, ''):
    # Run as a script: make `tests.conformance` importable.
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))

from tests.conformance import suite


def main(argv):
    recorded = suite.load_expected() if suite.EXPECTED.exists() else {}
    modules = argv or sorted(recorded)
    if not modules:
        sys.exit('no modules recorded: name the modules to run')
    start = time.time()
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        runs = list(pool.map(suite.run_module, modules))
    updated = dict(recorded)
    for run in runs:
        before = set(recorded.get(run.module, ()))
        now = set(run.ids('pass'))
        print('%-28s %4d passed, %3d failed, %3d skipped' % (
            run.module, len(now), len(run.ids('fail')), len(run.ids('skip'))))
        if run.module not in recorded:
            print('  (new module: %d passing tests recorded)' % len(now))
        else:
            for test_id in sorted(now - before):
                print('  newly passing: %s' % test_id)
        for test_id in sorted(before - now):
            print('  REGRESSION:    %s (%s)' % (
                test_id, run.outcomes.get(test_id, 'not run')))
        for fixture, _ in run.module_errors:
            print('  module error:  %s' % fixture)
        updated[run.module] = sorted(now)
    document = {
        'generated_by': 'python3 tests/conformance/regen.py',
        'input': "the host CPython's Lib/test, run under Ophis",
        'modules': {m: updated[m] for m in sorted(updated)},
    }
    with open(suite.EXPECTED, 'w', encoding='utf-8') as f:
        json.dump(document, f, indent=1)
        f.write('\n')
    print('wrote %s (%.0f s)' % (suite.EXPECTED, time.time() - start))


if __name__ == '__main__':
    main(sys.argv[1:])
