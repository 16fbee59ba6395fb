"""Standard modules that show the implementation's internals show Ophis's:
the program's dis module disassembles Ophis code objects, as
ophis.bytecode.dis does on the host (issue 3)."""

import io
import os
import pathlib
import re
import subprocess
import sys

import pytest

import ophis
from ophis.bytecode import dis as ophis_dis

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent

SOURCE = 'def f(x, *, k=2):\n    return [y * k for y in x if y]\n'


_ADDRESS = re.compile(r' at 0x[0-9a-f]+')


def same(text):
    return _ADDRESS.sub(' at 0x...', text)


def ophis_run(args, cwd):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, '-m', 'ophis', '-S'] + args,
                          cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=300)


def expected_listing(path):
    out = io.StringIO()
    ophis_dis.dis(ophis.compile(SOURCE, str(path), 'exec'), file=out)
    return out.getvalue()


def test_m_dis_shows_ophis_bytecode(tmp_path):
    path = tmp_path / 'to_dis.py'
    path.write_text(SOURCE)
    result = ophis_run(['-m', 'dis', str(path)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert same(result.stdout) == same(expected_listing(path))


def test_dis_of_a_function(tmp_path):
    path = tmp_path / 'dis_mod.py'
    path.write_text(SOURCE)
    program = ('import dis, dis_mod, sys; dis.dis(dis_mod.f); '
               'print(sorted(n for n in sys.modules if n.startswith("ophis")))')
    result = ophis_run(['-c', program], tmp_path)
    assert result.returncode == 0, result.stderr
    out = io.StringIO()
    code = ophis.compile(SOURCE, str(path), 'exec')
    function_code = [c for c in code.co_consts if hasattr(c, 'co_code')][0]
    ophis_dis.dis(function_code, file=out)
    assert same(result.stdout) == same(out.getvalue()) + '[]\n'


MODULEFINDER = '''\
import dis, modulefinder, os, sys
source = """import a.b
from . import c
from ..d import (e, f)
from g import *
import h as i, j
x = 1
def k():
    global y
    y = 2
    import inner
class L:
    from m import n
"""
code = compile(source, 'scanned.py', 'exec')
print(list(dis._find_imports(code)), list(dis._find_store_names(code)))
for const in code.co_consts:
    if hasattr(const, 'co_code'):
        print(const.co_name, list(dis._find_imports(const)),
              list(dis._find_store_names(const)))
os.mkdir('pkg')
with open('pkg/__init__.py', 'w') as f:
    f.write('import json\\nfrom . import sub\\n')
with open('pkg/sub.py', 'w') as f:
    f.write('import no_such_module_here\\nfrom os import path\\n')
with open('main.py', 'w') as f:
    f.write('import pkg\\nimport pkg.sub\\n')
finder = modulefinder.ModuleFinder(path=['.'] + sys.path)
finder.run_script('main.py')
print(sorted(name for name in finder.modules if name.startswith('pkg')))
print(sorted(finder.badmodules))
'''


def test_modulefinder_scans_ophis_code(tmp_path):
    """modulefinder reads imports and stores from code objects through
    dis's helpers: the same findings as on CPython."""
    (tmp_path / 'prog.py').write_text(MODULEFINDER)
    env = dict(os.environ)
    env.pop('PYTHONPATH', None)
    expected = subprocess.run([sys.executable, '-S', 'prog.py'], cwd=tmp_path,
                              env=env, capture_output=True, text=True,
                              timeout=300)
    assert expected.returncode == 0, expected.stderr
    for name in ('pkg', 'main.py'):
        path = tmp_path / name
        if path.is_dir():
            for child in path.iterdir():
                child.unlink()
            path.rmdir()
        else:
            path.unlink()
    actual = ophis_run(['prog.py'], tmp_path)
    assert (actual.returncode, actual.stdout, actual.stderr) == (
        0, expected.stdout, expected.stderr)


@pytest.mark.parametrize('args', [['missing_file.py'], ['-h'], ['a', 'b']],
                         ids=['missing', 'help', 'two-files'])
def test_dis_command_line(tmp_path, args):
    """``-m dis``'s command line is CPython's (argparse: usage, help,
    errors)."""
    env = dict(os.environ)
    env.pop('PYTHONPATH', None)
    expected = subprocess.run([sys.executable, '-S', '-m', 'dis'] + args,
                              cwd=tmp_path, env=env, capture_output=True,
                              text=True, timeout=300)
    actual = ophis_run(['-m', 'dis'] + args, tmp_path)
    assert (actual.returncode, actual.stdout, actual.stderr) == (
        expected.returncode, expected.stdout, expected.stderr)
