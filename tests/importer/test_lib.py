"""Standard modules that show the implementation's internals show Ophis's:
the program's dis module disassembles Ophis code objects, as
ophis.bytecode.dis does on the host (issue 3)."""

import io
import os
import pathlib
import re
import subprocess
import sys

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
