"""Runs a CPython test module under Ophis and reads back each test's outcome.

Shared by the CI test (test_cpython_suite.py) and the command that records
which tests pass (regen.py).  The modules come from the host CPython's
Lib/test, which every machine running this suite has.
"""

import ast
import json
import os
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).parent
ROOT = HERE.parent.parent
DRIVER = HERE / 'driver.py'
EXPECTED = HERE / 'expected.json'
# A module the CI job runs takes a few seconds; this only stops a hang.
TIMEOUT = 600


class ModuleRun:
    """The outcome of every test of one module, and what the process said."""

    def __init__(self, module, outcomes, details, module_errors, returncode,
                 stderr):
        self.module = module
        self.outcomes = outcomes          # test id -> 'pass' | 'skip' | 'fail'
        self.details = details            # test id -> traceback or reason
        self.module_errors = module_errors  # [(id, traceback)]: import, fixtures
        self.returncode = returncode
        self.stderr = stderr

    def ids(self, outcome):
        return sorted(t for t, o in self.outcomes.items() if o == outcome)


def ophis_command():
    return [sys.executable, '-m', 'ophis']


def run_module(module, timeout=TIMEOUT):
    """Run test.<module> under Ophis in a fresh directory, as regrtest would
    (no PYTHON* variables from the caller, stdin closed)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith('PYTHON')}
    # Ophis finds itself through the checkout, installed or not.
    env['PYTHONPATH'] = str(ROOT)
    env['PYTHONIOENCODING'] = 'utf-8'
    with tempfile.TemporaryDirectory(prefix='ophis-conf-') as work:
        env['TMPDIR'] = work
        events = os.path.join(work, 'events')
        try:
            proc = subprocess.run(
                ophis_command() + [str(DRIVER), module, events], cwd=work,
                env=env, stdin=subprocess.DEVNULL, capture_output=True,
                timeout=timeout)
            returncode = proc.returncode
            stderr = proc.stderr.decode('utf-8', 'replace')
        except subprocess.TimeoutExpired as exc:
            returncode = None
            stderr = ((exc.stderr or b'').decode('utf-8', 'replace')
                      + '\n[timed out after %s s]' % timeout)
        lines = []
        if os.path.exists(events):
            with open(events, encoding='utf-8') as f:
                lines = f.read().splitlines()
    outcomes, details, module_errors = {}, {}, []
    for line in lines:
        kind, test_id, outcome, detail = ast.literal_eval(line)
        if kind == 'test':
            outcomes[test_id] = outcome
            if detail:
                details[test_id] = detail
        elif outcome == 'fail':
            module_errors.append((test_id, detail))
    return ModuleRun(module, outcomes, details, module_errors, returncode,
                     stderr)


def load_expected():
    with open(EXPECTED, encoding='utf-8') as f:
        return json.load(f)['modules']
