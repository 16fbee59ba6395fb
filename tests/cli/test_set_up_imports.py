"""What the command's set-up imports of the host's own modules: builtin
and extension modules only, besides ``re`` (which ophis.importer.setup
loads on purpose, and the launcher pip writes imports anyway).  A
pure-Python module the host loads for Ophis costs start-up time and is
never the program's (DESIGN decision 3)."""

import importlib.util
import subprocess
import sys

import pytest

from tests.cli.harness import HERE, clean_env

ROOT = str(HERE.parent.parent)

# Runs the command in process under ``python3 -S``, noting every module
# the host's import system looks for until the program's replaces it.
_WATCH = f'''
import re, sys
sys.path.insert(0, {ROOT!r})
import ophis.cli
seen = []
class Watch:
    @classmethod
    def find_spec(cls, name, path=None, target=None):
        seen.append(name)
sys.meta_path.insert(0, Watch)
status = ophis.cli.main(ARGS, program='ophis')
print(status, *sorted(set(n for n in seen if not n.startswith('ophis'))))
'''


def _pure_python(name):
    if name in sys.builtin_module_names:
        return False
    spec = importlib.util.find_spec(name)
    return spec is not None and spec.origin is not None and \
        spec.origin.endswith('.py')


@pytest.mark.parametrize('args', [['-S', '-c', 'pass'], ['-c', 'pass']])
def test_set_up_imports_no_pure_python_module(args):
    # Before: importlib (and warnings with it), only for
    # importlib.import_module in ophis.vm.hostrefs.late.
    result = subprocess.run(
        [sys.executable, '-S', '-c', _WATCH.replace('ARGS', repr(args))],
        env=clean_env(), capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    status, *names = result.stdout.split()
    assert status == '0'
    assert names, 'the watch saw nothing: the test is broken'
    assert [name for name in names if _pure_python(name)] == []
