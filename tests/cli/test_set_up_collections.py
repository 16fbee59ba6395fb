"""The collector while the command sets Ophis up: young collections wait
(ophis.runtime.startup.hold_collections) until the program's import system
is in place, and the program finds the threshold as CPython leaves it."""

import gc
import subprocess
import sys

import pytest

from tests.cli.harness import HERE, assert_same, clean_env

ROOT = str(HERE.parent.parent)

# Runs the command in process under ``python3 -S``, noting for each
# collection that starts before the program's first line (which calls the
# callback with 'mark': gc.callbacks is the C module's list, the
# program's and the host's alike) whether the program's import system is
# in place yet (Ophis's finder first on sys.meta_path: set-up is over).
_COUNT = f'''
import gc, sys
sys.path.insert(0, {ROOT!r})
import ophis.cli
events = []
def note(phase, info):
    if phase == 'mark':
        events.append('mark')
    elif phase == 'start' and 'mark' not in events:
        first = sys.meta_path[0] if sys.meta_path else None
        events.append(getattr(first, '__name__', '') == 'OphisFinder')
gc.callbacks.append(note)
status = ophis.cli.main(ARGS, program='ophis')
gc.callbacks.remove(note)
print(status, events.count(False), gc.get_threshold())
'''


@pytest.mark.parametrize('site', [[], ['-S']])
def test_set_up_makes_no_young_collections(site):
    # Before the hold, importing and installing Ophis set off 22 young
    # collections that freed nothing (14 under -S).
    args = site + ['-c', 'import gc; gc.callbacks[-1]("mark", None)']
    command = [sys.executable, '-S', '-c', _COUNT.replace('ARGS', repr(args))]
    # With warm caches, as start-up is measured: in a fresh checkout the
    # first run compiles Ophis's own modules, whose code objects' tuples
    # alone set off young collections (8 of them, whatever the threshold
    # during set-up).
    subprocess.run(command, env=clean_env(), capture_output=True,
                   timeout=300)
    result = subprocess.run(command, env=clean_env(), capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    status, during_set_up, threshold = result.stdout.split(' ', 2)
    assert status == '0'
    assert during_set_up == '0', result.stdout
    assert threshold == f'{gc.get_threshold()}\n'


@pytest.mark.parametrize('site', [[], ['-S']])
def test_program_sees_the_threshold(site):
    assert_same(site + ['-c', 'import gc; print(gc.get_threshold())'])


def test_usage_error_gives_the_threshold_back(capsys):
    import ophis.cli
    before = gc.get_threshold()
    assert ophis.cli.main(['-Z'], program='ophis') == 2
    assert gc.get_threshold() == before
    assert 'Unknown option' in capsys.readouterr().err
