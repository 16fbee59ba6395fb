"""The module universe (DESIGN decision 3, issue 5): after the ``ophis``
command starts and a program imports a good part of the standard library,
every pure-Python module in sys.modules outside ``python3 -S``'s start-up
set was run by Ophis, and none of Ophis's own modules is there."""

import json
import os
import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent

IMPORTS = ('json, re, collections, functools, enum, typing, dataclasses, '
           'asyncio, unittest, argparse')

# Run by Ophis: describes every module of sys.modules.  A module was run by
# Ophis when its functions are Ophis functions (their type is the one of a
# function this program defines) or when its loader's code is Ophis code.
PROBE = f'''
import {IMPORTS}
import sys, json as _json

def _probe():
    pass

def ran_by_ophis(module):
    for value in list(vars(module).values()):
        if type(value) is type(_probe) and \\
                getattr(value, '__module__', None) == module.__name__:
            return True
    # Else its loader's code: a module's loader gives Ophis code only
    # when it is one of Ophis's, which run that code in the eval loop.
    spec = getattr(module, '__spec__', None)
    loader = getattr(spec, 'loader', None)
    get_code = getattr(loader, 'get_code', None)
    if get_code is None:
        return False
    try:
        code = get_code(module.__name__)
    except ImportError:
        return False
    return type(code) is type(_probe.__code__)

report = {{}}
for name, module in list(sys.modules.items()):
    filename = getattr(module, '__file__', None) or ''
    spec = getattr(module, '__spec__', None)
    pure = filename.endswith('.py') or getattr(spec, 'origin', None) == 'frozen'
    report[name] = {{'pure': pure, 'ophis': ran_by_ophis(module),
                    'id': id(module)}}
print(_json.dumps(report))
'''


def _start_up():
    """sys.modules of ``python3 -S``: name -> whether it is pure Python."""
    out = subprocess.run(
        [sys.executable, '-S', '-c',
         'import sys, json; print(json.dumps(sorted(sys.modules)))'],
        capture_output=True, text=True, check=True).stdout
    return set(json.loads(out))


def _run_probe():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, '-m', 'ophis', '-c', PROBE],
                            capture_output=True, text=True, env=env,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_module_universe():
    start_up = _start_up()
    report = _run_probe()
    assert not [name for name in report
                if name == 'ophis' or name.startswith('ophis.')]
    start_up_ids = {report[name]['id'] for name in start_up if name in report}
    host_run = sorted(
        name for name, entry in report.items()
        if entry['pure'] and not entry['ophis'] and name not in start_up
        and entry['id'] not in start_up_ids      # importlib._bootstrap
        and name != '__main__')
    assert host_run == []
    # The probe reaches far: it is a real check.
    ran = [name for name, entry in report.items() if entry['ophis']]
    for name in IMPORTS.split(', '):
        assert name in ran
    assert len(ran) > 80


# What a program finds in sys.modules when it starts: python3's set, plus
# faulthandler and atexit (which python3 has unless -S), whose functions
# Ophis changes for the program (docs/importer.md).
OPHIS_START_UP_EXTRA = {'faulthandler', 'atexit'}


def _modules_at_start(command, options, cwd):
    env = {key: value for key, value in os.environ.items()
           if not key.startswith('PYTHON')}
    result = subprocess.run(
        command + options + ['-c', 'import sys; print(sorted(sys.modules))'],
        capture_output=True, text=True, env=env, cwd=cwd, timeout=600)
    assert result.returncode == 0, result.stderr
    return set(result.stdout.strip()[2:-2].split("', '"))


@pytest.mark.parametrize('options', [[], ['-S'], ['-I'], ['-S', '-E']])
def test_start_up_set(options, tmp_path):
    expected = _modules_at_start([sys.executable], options, tmp_path)
    actual = _modules_at_start(
        [sys.executable, str(ROOT / 'tests' / 'cli' / 'launch.py')],
        options, tmp_path)
    assert sorted(actual - expected - OPHIS_START_UP_EXTRA) == []
    assert 'faulthandler' in actual - expected
    assert sorted(expected - actual) == []
