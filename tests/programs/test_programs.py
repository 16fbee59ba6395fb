"""Every guest program behaves under Ophis exactly as under CPython."""

import os
import pathlib
import re
import subprocess
import sys

import pytest

HERE = pathlib.Path(__file__).parent
ROOT = HERE.parent.parent
PROGRAMS = sorted(HERE.glob('*.py'))
PROGRAMS = [p for p in PROGRAMS if not p.name.startswith('test_')]
TIMEOUT = 120


def _frontend():
    choice = os.environ.get('OPHIS_TEST_FRONTEND')
    if choice in ('host', 'ophis'):
        return choice
    try:
        import ophis
        ophis.compile
    except (ImportError, AttributeError):
        return 'host'
    return 'ophis'


def ophis_command():
    if _frontend() == 'host':
        return [sys.executable, str(ROOT / 'tests' / 'support' /
                                    'run_ophis.py')]
    return [sys.executable, '-m', 'ophis']


def _args(path):
    first = path.read_text(encoding='utf-8').split('\n', 1)[0]
    if first.startswith('# args:'):
        return first[len('# args:'):].split()
    return []


def run(command, path, ophis=False):
    env = dict(os.environ, PYTHONHASHSEED='0', PYTHONIOENCODING='utf-8')
    env.pop('PYTHONPATH', None)
    # Ophis runs the standard library a program imports: without its .pyc
    # cache (an environment with PYTHONDONTWRITEBYTECODE set) every program
    # would compile it afresh.  Both interpreters run without the variable.
    env.pop('PYTHONDONTWRITEBYTECODE', None)
    if ophis:
        env['PYTHONPATH'] = str(ROOT)
    result = subprocess.run(command + [path.name] + _args(path),
                            cwd=path.parent, env=env, capture_output=True,
                            timeout=TIMEOUT)
    return (result.returncode,
            _normalize(result.stdout.decode('utf-8', 'replace')),
            _normalize(result.stderr.decode('utf-8', 'replace')))


# Object addresses differ from run to run, under CPython too.
_ADDRESS = re.compile(r'\bat 0x[0-9a-f]+')


def _normalize(text):
    return _ADDRESS.sub('at 0x...', text)


def test_corpus_size():
    # Issue 4 asks for at least 400 guest programs.
    assert len(PROGRAMS) >= 400


@pytest.mark.parametrize('path', PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program(path):
    expected = run([sys.executable], path)
    actual = run(ophis_command(), path, ophis=True)
    assert actual[1] == expected[1], 'stdout differs'
    assert actual[2] == expected[2], 'stderr differs'
    assert actual[0] == expected[0], 'exit status differs'
